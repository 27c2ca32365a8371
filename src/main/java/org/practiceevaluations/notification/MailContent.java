package org.practiceevaluations.notification;

import java.util.Locale;

/** How much a mail says ({@code practice-evaluations.mail.content}); see {@link MailRenderer}. */
public enum MailContent {
  /** References, the task, the due date and a link: nothing about the child. The default. */
  MINIMAL,
  /** The fuller summary (the case, the people, what was written), for mail inside a secure boundary. */
  FULL;

  public static MailContent parse(String value) {
    String text = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
    return switch (text) {
      case "", "minimal" -> MINIMAL;
      case "full" -> FULL;
      default -> throw new IllegalStateException("practice-evaluations.mail.content is '" + value
          + "': use minimal or full.");
    };
  }
}
