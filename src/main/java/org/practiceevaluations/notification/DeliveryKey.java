package org.practiceevaluations.notification;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The idempotency key of one mail to one person: process instance, activity, the execution that carries the
 * token into the activity, the round (how many times that token has already passed the activity) and the
 * recipient. A retried job computes the same key, so a person already sent to is skipped; a loop back through
 * the activity, or a timer firing again, gives a new round or a new execution, so the mail goes again.
 * See {@code docs/adr/0005-notifications-exactly-once.md}.
 */
public record DeliveryKey(String processInstanceId, String activityId, String executionId, int round,
    String recipient) {

  /** SHA-256 of the parts, hex: fixed length for the unique index, and a stable Message-ID. */
  public String value() {
    String joined = String.join("\n", processInstanceId, activityId, executionId, Integer.toString(round), recipient);
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(joined.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }

  /**
   * The Message-ID of the mail: the same on every try, so a mail sent again after an interrupted try (see the
   * ADR) can be recognised as the same message by mail systems that de-duplicate.
   */
  public String messageId() {
    return "<" + value() + "@practice-evaluations>";
  }
}
