package org.practiceevaluations.notification;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.practiceevaluations.support.TestSmtp;

/** The parts of a received mail that the tests look at. */
record MailParts(String to, String subject, String text, String html, String messageId) {

  static MailParts of(MimeMessage message) {
    try {
      String[] parts = new String[2];
      collect(message, parts);
      return new MailParts(TestSmtp.to(message), message.getSubject(), parts[0], parts[1], message.getMessageID());
    } catch (Exception e) {
      throw new IllegalStateException("Cannot read a received mail", e);
    }
  }

  private static void collect(Part part, String[] parts) throws Exception {
    if (part.isMimeType("text/plain") && parts[0] == null) {
      parts[0] = part.getContent().toString();
    } else if (part.isMimeType("text/html") && parts[1] == null) {
      parts[1] = part.getContent().toString();
    } else if (part.isMimeType("multipart/*")) {
      Multipart multipart = (Multipart) part.getContent();
      for (int i = 0; i < multipart.getCount(); i++) {
        BodyPart body = multipart.getBodyPart(i);
        collect(body, parts);
      }
    }
  }
}
