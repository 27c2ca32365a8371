package org.practiceevaluations.support.node;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A TCP proxy on 127.0.0.1 between the application and its database, that a test cuts and restores: the network
 * to the database failing, without touching the database itself.
 * <ul>
 *   <li>{@link #cut()}: every open connection is dropped and new ones are closed at once, as when the database
 *       server or the network to it goes away;</li>
 *   <li>{@link #cutWhenSent(String)}: the cut happens the moment the application sends these bytes (a statement
 *       of the PostgreSQL protocol, say), so it lands in the middle of a transaction, before they reach the
 *       database;</li>
 *   <li>{@link #restore()}: connections go through again.</li>
 * </ul>
 */
public final class TcpProxy implements AutoCloseable {

  private final int targetPort;
  private final ServerSocket server;
  private final List<Socket> sockets = new CopyOnWriteArrayList<>();
  private final AtomicReference<byte[]> trigger = new AtomicReference<>();
  private final AtomicInteger cuts = new AtomicInteger();
  private final java.util.Map<String, AtomicInteger> watched = new java.util.concurrent.ConcurrentHashMap<>();
  private volatile boolean cut;

  private TcpProxy(int targetPort, ServerSocket server) {
    this.targetPort = targetPort;
    this.server = server;
  }

  /** A proxy on a free local port to {@code 127.0.0.1:targetPort}. */
  public static TcpProxy to(int targetPort) {
    try {
      ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
      TcpProxy proxy = new TcpProxy(targetPort, server);
      Thread listener = new Thread(proxy::listen, "tcp-proxy-" + server.getLocalPort());
      listener.setDaemon(true);
      listener.start();
      return proxy;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public int port() {
    return server.getLocalPort();
  }

  /** Drops every connection and refuses new ones until {@link #restore()}. */
  public void cut() {
    cut = true;
    cuts.incrementAndGet();
    for (Socket socket : sockets) {
      closeQuietly(socket);
    }
    sockets.clear();
  }

  /** Cuts the moment the application sends {@code text} (before it reaches the other side). */
  public void cutWhenSent(String text) {
    trigger.set(text.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Counts from now on how often the application sends {@code text} through the proxy (and on to the other side):
   * how many statements of a kind reached the database.
   */
  public AtomicInteger watch(String text) {
    AtomicInteger count = new AtomicInteger();
    watched.put(text, count);
    return count;
  }

  public void restore() {
    trigger.set(null);
    cut = false;
  }

  public boolean isCut() {
    return cut;
  }

  /** How many times the connection was cut (by a test or by a trigger). */
  public int cuts() {
    return cuts.get();
  }

  @Override
  public void close() {
    cut();
    closeQuietly(server);
  }

  private void listen() {
    while (!server.isClosed()) {
      try {
        Socket client = server.accept();
        if (cut) {
          closeQuietly(client);
          continue;
        }
        Socket upstream = new Socket();
        upstream.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), targetPort), 5000);
        sockets.add(client);
        sockets.add(upstream);
        pump(client, upstream, true);
        pump(upstream, client, false);
      } catch (IOException e) {
        if (server.isClosed()) {
          return;
        }
      }
    }
  }

  private void pump(Socket from, Socket to, boolean fromApplication) {
    Thread thread = new Thread(() -> {
      byte[] buffer = new byte[16384];
      byte[] tail = new byte[0];
      java.util.Map<String, byte[]> watchTails = new java.util.HashMap<>();
      try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
        int read;
        while ((read = in.read(buffer)) >= 0) {
          byte[] pattern = fromApplication ? trigger.get() : null;
          if (pattern != null) {
            byte[] window = concat(tail, buffer, read);
            if (indexOf(window, pattern) >= 0 && trigger.compareAndSet(pattern, null)) {
              cut();
              return;
            }
            tail = lastBytes(window, pattern.length - 1);
          }
          if (fromApplication) {
            count(watchTails, buffer, read);
          }
          out.write(buffer, 0, read);
          out.flush();
        }
      } catch (IOException e) {
        // one side went away: drop the other
      } finally {
        closeQuietly(from);
        closeQuietly(to);
        sockets.remove(from);
        sockets.remove(to);
      }
    }, "tcp-proxy-pump");
    thread.setDaemon(true);
    thread.start();
  }

  /** Counts the watched texts in what is about to be sent (with the end of the previous read, for split texts). */
  private void count(java.util.Map<String, byte[]> tails, byte[] buffer, int read) {
    watched.forEach((text, counter) -> {
      byte[] pattern = text.getBytes(StandardCharsets.UTF_8);
      byte[] window = concat(tails.getOrDefault(text, new byte[0]), buffer, read);
      for (int from = indexOf(window, pattern, 0); from >= 0; from = indexOf(window, pattern, from + 1)) {
        counter.incrementAndGet();
      }
      tails.put(text, lastBytes(window, pattern.length - 1));
    });
  }

  private static byte[] concat(byte[] head, byte[] buffer, int length) {
    byte[] all = new byte[head.length + length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(buffer, 0, all, head.length, length);
    return all;
  }

  private static byte[] lastBytes(byte[] bytes, int count) {
    int n = Math.max(0, Math.min(count, bytes.length));
    byte[] last = new byte[n];
    System.arraycopy(bytes, bytes.length - n, last, 0, n);
    return last;
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    return indexOf(haystack, needle, 0);
  }

  private static int indexOf(byte[] haystack, byte[] needle, int start) {
    outer:
    for (int i = start; i <= haystack.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  private static void closeQuietly(java.io.Closeable closeable) {
    try {
      closeable.close();
    } catch (IOException ignored) {
      // closing anyway
    }
  }
}
