package org.practiceevaluations.support.node;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small SMTP server on 127.0.0.1 whose behaviour a fault test scripts, for an application in another JVM:
 * <ul>
 *   <li>{@link #acceptAll()}: every mail is accepted (250) and kept;</li>
 *   <li>{@link #stallAfter(int)}: after that many more accepted mails, the next one is read to its end but never
 *       answered, as a mail server that hangs mid-conversation: the sender waits, with its mail neither accepted nor
 *       refused. {@link #awaitStalled(Duration)} returns once that happens;</li>
 *   <li>{@link #goDownAfter(int)} / {@link #goDown()}: the server stops listening (connections are refused), as a
 *       mail server that is down; {@link #comeBack()} listens again on the same port.</li>
 * </ul>
 * Only mails answered with 250 count as delivered ({@link #accepted()}); a stalled one is counted apart
 * ({@link #unanswered()}), since under SMTP the sender cannot know whether it went.
 */
public final class ScriptedSmtp implements AutoCloseable {

  /** One mail the server accepted: the envelope recipient and the headers a test looks at. */
  public record Mail(String to, String subject, String messageId) {}

  private static final Pattern HEADER = Pattern.compile("^([A-Za-z-]+):\\s*(.*)$");

  private final int port;
  private final List<Mail> accepted = new CopyOnWriteArrayList<>();
  private final List<Mail> unanswered = new CopyOnWriteArrayList<>();
  private final List<Socket> open = new CopyOnWriteArrayList<>();
  private volatile ServerSocket server;
  private volatile int acceptBeforeFault = -1;
  private volatile boolean stallIsTheFault;
  private volatile CountDownLatch stalled = new CountDownLatch(1);

  private ScriptedSmtp(int port) {
    this.port = port;
  }

  /** A server accepting every mail, on a free port. */
  public static ScriptedSmtp start() {
    ScriptedSmtp smtp = new ScriptedSmtp(AppNode.freePort());
    smtp.comeBack();
    return smtp;
  }

  public int port() {
    return port;
  }

  public synchronized void acceptAll() {
    acceptBeforeFault = -1;
  }

  /** After {@code mails} more accepted mails, the next one hangs unanswered. */
  public synchronized void stallAfter(int mails) {
    stalled = new CountDownLatch(1);
    stallIsTheFault = true;
    acceptBeforeFault = mails;
  }

  /** After {@code mails} more accepted mails, the server goes down (connections refused). */
  public synchronized void goDownAfter(int mails) {
    stallIsTheFault = false;
    acceptBeforeFault = mails;
    if (mails == 0) {
      goDown();
    }
  }

  /** Waits until a mail is hanging unanswered ({@link #stallAfter(int)}); false when none did in time. */
  public boolean awaitStalled(Duration timeout) {
    try {
      return stalled.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** The server stops listening and drops every open conversation: senders get "connection refused". */
  public synchronized void goDown() {
    ServerSocket current = server;
    server = null;
    if (current != null) {
      try {
        current.close();
      } catch (IOException ignored) {
        // closing anyway
      }
    }
    for (Socket socket : open) {
      closeQuietly(socket);
    }
  }

  /** Listens again (on the same port), accepting every mail. */
  public synchronized void comeBack() {
    acceptAll();
    if (server != null) {
      return;
    }
    try {
      ServerSocket socket = new ServerSocket();
      socket.setReuseAddress(true);
      socket.bind(new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), port));
      server = socket;
      Thread listener = new Thread(() -> listen(socket), "scripted-smtp-" + port);
      listener.setDaemon(true);
      listener.start();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot listen on " + port, e);
    }
  }

  /** Every mail accepted with 250, in order. */
  public List<Mail> accepted() {
    return List.copyOf(accepted);
  }

  /** Mails read to their end but never answered (the sender could not know whether they went). */
  public List<Mail> unanswered() {
    return List.copyOf(unanswered);
  }

  @Override
  public void close() {
    goDown();
  }

  private void listen(ServerSocket socket) {
    while (!socket.isClosed()) {
      try {
        Socket client = socket.accept();
        open.add(client);
        Thread conversation = new Thread(() -> converse(client), "scripted-smtp-conversation");
        conversation.setDaemon(true);
        conversation.start();
      } catch (IOException e) {
        return; // closed: the server is down
      }
    }
  }

  private void converse(Socket client) {
    try (client;
        BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(),
            StandardCharsets.UTF_8));
        OutputStream out = client.getOutputStream()) {
      reply(out, "220 scripted-smtp ready");
      String to = null;
      String line;
      while ((line = in.readLine()) != null) {
        String command = line.toUpperCase(Locale.ROOT);
        if (command.startsWith("EHLO") || command.startsWith("HELO")) {
          reply(out, "250 scripted-smtp");
        } else if (command.startsWith("MAIL FROM")) {
          to = null;
          reply(out, "250 OK");
        } else if (command.startsWith("RCPT TO")) {
          to = line.substring(line.indexOf(':') + 1).trim().replaceAll("[<>]", "");
          reply(out, "250 OK");
        } else if (command.equals("DATA")) {
          reply(out, "354 End data with <CR><LF>.<CR><LF>");
          Mail mail = readMessage(in, to);
          if (!deliver(mail)) {
            // Hang: hold the conversation open, unanswered, until the sender goes away.
            while (in.readLine() != null) {
              // the sender gave up or died
            }
            return;
          }
          reply(out, "250 OK queued");
        } else if (command.startsWith("QUIT")) {
          reply(out, "221 bye");
          return;
        } else {
          reply(out, "250 OK"); // RSET, NOOP
        }
      }
    } catch (SocketException e) {
      // the sender died or the server went down
    } catch (IOException e) {
      // the same, seen from the reader
    } finally {
      open.remove(client);
    }
  }

  /** Decides, under the script, whether this mail is accepted; false means it hangs unanswered. */
  private synchronized boolean deliver(Mail mail) {
    if (acceptBeforeFault == 0 && stallIsTheFault) {
      acceptBeforeFault = -1;
      unanswered.add(mail);
      stalled.countDown();
      return false;
    }
    accepted.add(mail);
    if (acceptBeforeFault > 0) {
      acceptBeforeFault--;
      if (acceptBeforeFault == 0 && !stallIsTheFault) {
        acceptBeforeFault = -1;
        // Down after answering this one: the listening socket closes, this conversation ends normally.
        ServerSocket current = server;
        server = null;
        try {
          if (current != null) {
            current.close();
          }
        } catch (IOException ignored) {
          // closing anyway
        }
      }
    }
    return true;
  }

  private static Mail readMessage(BufferedReader in, String to) throws IOException {
    List<String> headers = new ArrayList<>();
    boolean inHeaders = true;
    String line;
    while ((line = in.readLine()) != null && !line.equals(".")) {
      if (inHeaders) {
        if (line.isEmpty()) {
          inHeaders = false;
        } else if ((line.startsWith(" ") || line.startsWith("\t")) && !headers.isEmpty()) {
          headers.set(headers.size() - 1, headers.get(headers.size() - 1) + " " + line.trim());
        } else {
          headers.add(line);
        }
      }
    }
    String subject = null;
    String messageId = null;
    for (String header : headers) {
      Matcher m = HEADER.matcher(header);
      if (m.matches()) {
        if (m.group(1).equalsIgnoreCase("Subject")) {
          subject = decode(m.group(2));
        } else if (m.group(1).equalsIgnoreCase("Message-ID")) {
          messageId = m.group(2).trim();
        }
      }
    }
    return new Mail(to, subject, messageId);
  }

  private static String decode(String subject) {
    try {
      return jakarta.mail.internet.MimeUtility.decodeText(subject);
    } catch (java.io.UnsupportedEncodingException e) {
      return subject;
    }
  }

  private static void reply(OutputStream out, String line) throws IOException {
    out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
    out.flush();
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException ignored) {
      // closing anyway
    }
  }
}
