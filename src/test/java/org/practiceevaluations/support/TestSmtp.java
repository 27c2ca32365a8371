package org.practiceevaluations.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One GreenMail SMTP server for the whole test JVM, on a free port of 127.0.0.1, that a test can stop (an outage)
 * and start again. Messages received before a stop are kept, so "everyone got exactly one mail" can be checked
 * across an outage.
 */
public final class TestSmtp {

  private static final int PORT = freePort();
  private static GreenMail server;
  private static final List<MimeMessage> receivedBeforeRestart = new ArrayList<>();

  private TestSmtp() {}

  public static synchronized void start() {
    if (server == null) {
      server = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
      server.start();
    }
  }

  /** The mail server goes away: connections are refused until {@link #start()}. */
  public static synchronized void stop() {
    if (server != null) {
      receivedBeforeRestart.addAll(List.of(server.getReceivedMessages()));
      server.stop();
      server = null;
    }
  }

  /** Forgets every message received so far (the server keeps running). */
  public static synchronized void clear() {
    receivedBeforeRestart.clear();
    if (server != null) {
      server.reset();
    }
  }

  public static synchronized List<MimeMessage> received() {
    List<MimeMessage> all = new ArrayList<>(receivedBeforeRestart);
    if (server != null) {
      all.addAll(List.of(server.getReceivedMessages()));
    }
    return all;
  }

  /** The first To address of a message. */
  public static String to(MimeMessage message) {
    try {
      Address[] to = message.getRecipients(MimeMessage.RecipientType.TO);
      return to == null || to.length == 0 ? null : to[0].toString();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  public static int port() {
    return PORT;
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Points {@code spring.mail.*} at the test server, as a council would point it at theirs. */
  public static class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {
    @Override
    public void initialize(ConfigurableApplicationContext context) {
      start();
      TestPropertyValues.of("spring.mail.host=127.0.0.1", "spring.mail.port=" + PORT).applyTo(context.getEnvironment());
    }
  }
}
