package org.practiceevaluations.notification;

import java.util.List;
import org.practiceevaluations.common.BadRequestException;
import org.practiceevaluations.identity.CurrentUser;
import org.practiceevaluations.identity.StaffGroup;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * For the audit team only: the outbox (the mails themselves, when no mail server is configured) and the
 * notification ledger (who was sent what, and what is still failing), newest first.
 */
@RestController
@RequestMapping("/api")
public class NotificationController {

  static final int MAX_LIMIT = 500;

  private final Outbox outbox;
  private final NotificationLedger ledger;
  private final CurrentUser currentUser;

  public NotificationController(Outbox outbox, NotificationLedger ledger, CurrentUser currentUser) {
    this.outbox = outbox;
    this.ledger = ledger;
    this.currentUser = currentUser;
  }

  @GetMapping("/outbox")
  public List<Outbox.Message> outbox(@RequestParam(required = false) String recipient,
      @RequestParam(required = false) String template,
      @RequestParam(required = false) String evaluationReference,
      @RequestParam(required = false) String processInstanceId,
      @RequestParam(defaultValue = "100") int limit) {
    currentUser.requireAny(StaffGroup.AUDIT_TEAM);
    return outbox.messages(recipient, template, evaluationReference, processInstanceId, checked(limit));
  }

  @GetMapping("/notifications")
  public List<NotificationLedger.Entry> notifications(@RequestParam(required = false) String processInstanceId,
      @RequestParam(required = false) String evaluationReference,
      @RequestParam(defaultValue = "100") int limit) {
    currentUser.requireAny(StaffGroup.AUDIT_TEAM);
    return ledger.entries(blankToNull(processInstanceId), blankToNull(evaluationReference), checked(limit));
  }

  private static int checked(int limit) {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new BadRequestException("limit must be between 1 and " + MAX_LIMIT + ".");
    }
    return limit;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
