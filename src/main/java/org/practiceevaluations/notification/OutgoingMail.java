package org.practiceevaluations.notification;

/**
 * One rendered mail to one person. Holds personal data (name, address, body): never log it, only
 * {@link #template()} and {@link #recipient()}.
 */
public record OutgoingMail(
    String template,
    String recipient,
    String recipientName,
    String recipientEmail,
    String subject,
    String text,
    String html,
    String messageId,
    String evaluationReference,
    String processInstanceId,
    String link) {

  @Override
  public String toString() {
    return "OutgoingMail[" + template + " to " + recipient + "]";
  }
}
