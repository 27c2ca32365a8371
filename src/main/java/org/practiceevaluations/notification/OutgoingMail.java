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

  /**
   * The SHA-256 (hex) of what this mail says: its subject, plain text and HTML, each followed by a NUL. Kept in the
   * ledger when the mail is sent, in place of the mail (docs/adr/0025).
   */
  public String contentSha256() {
    try {
      java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
      for (String part : new String[] {subject, text, html}) {
        digest.update((part == null ? "" : part).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        digest.update((byte) 0);
      }
      return java.util.HexFormat.of().formatHex(digest.digest());
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  @Override
  public String toString() {
    return "OutgoingMail[" + template + " to " + recipient + "]";
  }
}
