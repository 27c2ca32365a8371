package org.practiceevaluations.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/** Sends through the council's mail server (Spring Mail, {@code spring.mail.*}): HTML with a plain-text part. */
public class SmtpChannel implements MailChannel {

  private static final Logger LOG = LoggerFactory.getLogger(SmtpChannel.class);

  private final JavaMailSender sender;
  private final String from;
  private final String fromName;

  public SmtpChannel(JavaMailSender sender, String from, String fromName) {
    this.sender = sender;
    this.from = from;
    this.fromName = fromName;
  }

  @Override
  public String name() {
    return "SMTP";
  }

  @Override
  public boolean transactional() {
    return false;
  }

  @Override
  public boolean needsAddress() {
    return true;
  }

  @Override
  public void deliver(OutgoingMail mail, long notificationId) {
    MimeMessage message = sender.createMimeMessage();
    try {
      MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
      helper.setFrom(from, fromName);
      helper.setTo(mail.recipientEmail());
      helper.setSubject(mail.subject());
      helper.setText(mail.text(), mail.html());
      message.saveChanges();
      // The same Message-ID on every try (after saveChanges, which would assign a random one).
      message.setHeader("Message-ID", mail.messageId());
    } catch (MessagingException | UnsupportedEncodingException e) {
      throw new MailPreparationException("The mail could not be put together", e);
    }
    sender.send(message);
    LOG.info("mail: {} to {}", mail.template(), mail.recipient());
  }
}
