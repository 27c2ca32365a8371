package org.practiceevaluations.notification;

import org.practiceevaluations.common.StepFailure;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Sends one notification to everyone the decision table names, each person exactly once for this
 * {@link DeliveryPoint}, however often the job runs: intent recorded and committed before sending, success
 * after; people already sent to are skipped on a retry. One person failing does not stop the others; the
 * failures are thrown together at the end so the job retries (and then becomes an incident) for them only.
 */
@Service
public class NotificationService {

  private static final Logger LOG = LoggerFactory.getLogger(NotificationService.class);

  private final RecipientRules rules;
  private final RecipientResolver resolver;
  private final MailLinks links;
  private final MailRenderer renderer;
  private final NotificationLedger ledger;
  private final MailChannel channel;

  public NotificationService(RecipientRules rules, RecipientResolver resolver, MailLinks links,
      MailRenderer renderer, NotificationLedger ledger, MailChannel channel) {
    this.rules = rules;
    this.resolver = resolver;
    this.links = links;
    this.renderer = renderer;
    this.ledger = ledger;
    this.channel = channel;
  }

  /** What happened, per user id, for tests and the log. */
  public enum Outcome { SENT, ALREADY_SENT, NO_ADDRESS, FAILED }

  public Map<String, Outcome> send(NotificationContext notification, DeliveryPoint point) {
    String template = notification.template().key();
    List<Recipient> recipients = resolver.resolve(rules.rolesFor(notification), notification);
    if (recipients.isEmpty()) {
      LOG.info("notification: {} has no recipients at {}", template, notification.activityId());
      return Map.of();
    }
    // Everything is read from the engine and rendered first, in the job's own transaction; the ledger's
    // transactions below touch only the ledger and the outbox.
    Map<Recipient, OutgoingMail> mails = new LinkedHashMap<>();
    List<Task> openTasks = null;
    for (Recipient recipient : recipients) {
      if (channel.needsAddress() && recipient.email() == null) {
        mails.put(recipient, null);
        continue;
      }
      if (openTasks == null) {
        openTasks = links.openTasks(notification.processInstanceId());
      }
      MailLinks.Links link = links.forRecipient(notification.processInstanceId(), openTasks, recipient);
      MailRenderer.Rendered rendered = renderer.render(notification, recipient, link);
      mails.put(recipient, new OutgoingMail(template, recipient.userId(), recipient.name(), recipient.email(),
          rendered.subject(), rendered.text(), rendered.html(), point.keyFor(recipient.userId()).messageId(),
          notification.evaluationReference(), notification.processInstanceId(), link.url()));
    }

    if (channel.transactional()) {
      return deliverAll(mails, notification, point);
    }
    Map<String, Outcome> outcomes = new LinkedHashMap<>();
    List<String> failed = new ArrayList<>();
    List<String> kinds = new ArrayList<>();
    List<String> permanent = new ArrayList<>();
    for (Map.Entry<Recipient, OutgoingMail> entry : mails.entrySet()) {
      String userId = entry.getKey().userId();
      DeliveryKey key = point.keyFor(userId);
      OutgoingMail mail = entry.getValue();
      if (mail == null) {
        ledger.recordNoAddress(key, template, notification.evaluationReference(), channel.name());
        LOG.warn("notification: {} to {} not sent: the directory has no e-mail address", template, userId);
        outcomes.put(userId, Outcome.NO_ADDRESS);
        continue;
      }
      try {
        outcomes.put(userId, deliver(key, mail, notification));
      } catch (RuntimeException e) {
        if (e instanceof PermanentNotificationFailure refusal && !permanent.contains(refusal.getMessage())) {
          permanent.add(refusal.getMessage());
        }
        String kind = e.getClass().getSimpleName();
        LOG.warn("notification: {} to {} failed ({}); the job will retry", template, userId, kind);
        outcomes.put(userId, Outcome.FAILED);
        failed.add(userId);
        if (!kinds.contains(kind)) {
          kinds.add(kind);
        }
      }
    }
    if (!permanent.isEmpty()) {
      // a retry would get the same answer: an incident now, saying what to correct (then retry in Cockpit)
      throw new PermanentNotificationFailure(String.join(" ", permanent) + " Not sent to " + String.join(", ", failed)
          + "; everyone else has it.");
    }
    if (!failed.isEmpty()) {
      throw new NotificationException(StepFailure.MAIL_NOT_SENT.say(java.util.Map.of("template", template,
          "people", failed.size(), "refused", kinds.stream().anyMatch(k -> k.contains("Authentication")) ? "log-in" : "none"),
          "Notification " + template + " at " + notification.activityId() + " could not be sent to "
              + String.join(", ", failed) + " (" + String.join(", ", kinds)
              + "). Everyone else has it; a retry sends only to those missing."));
    }
    return outcomes;
  }

  /**
   * A channel that writes only to this database (the outbox): every mail of the step, with its ledger row, in one
   * transaction, the step's own (ADR 0033). Nothing leaves the application, so nothing can have gone when the step
   * fails: a failure rolls back the step's mails with the rest of its work, and the job's retry writes each once.
   */
  private Map<String, Outcome> deliverAll(Map<Recipient, OutgoingMail> mails, NotificationContext notification,
      DeliveryPoint point) {
    String template = notification.template().key();
    List<NotificationLedger.Delivery> deliveries = new ArrayList<>();
    Map<String, Outcome> outcomes = new LinkedHashMap<>();
    for (Map.Entry<Recipient, OutgoingMail> entry : mails.entrySet()) {
      OutgoingMail mail = entry.getValue();
      if (mail == null) {
        String userId = entry.getKey().userId();
        ledger.recordNoAddress(point.keyFor(userId), template, notification.evaluationReference(), channel.name());
        LOG.warn("notification: {} to {} not sent: the directory has no e-mail address", template, userId);
        outcomes.put(userId, Outcome.NO_ADDRESS);
        continue;
      }
      deliveries.add(new NotificationLedger.Delivery(point.keyFor(mail.recipient()), template,
          notification.evaluationReference(), mail.contentSha256(), id -> channel.deliver(mail, id)));
    }
    Map<DeliveryKey, Boolean> delivered = ledger.deliverAllOnce(channel.name(), deliveries);
    for (OutgoingMail mail : mails.values()) {
      if (mail == null) {
        continue;
      }
      boolean now = Boolean.TRUE.equals(delivered.get(point.keyFor(mail.recipient())));
      if (!now) {
        LOG.info("notification: {} to {} already delivered, skipped", template, mail.recipient());
      }
      outcomes.put(mail.recipient(), now ? Outcome.SENT : Outcome.ALREADY_SENT);
    }
    return outcomes;
  }

  private Outcome deliver(DeliveryKey key, OutgoingMail mail, NotificationContext notification) {
    String template = mail.template();
    NotificationLedger.Begun begun = ledger.begin(key, template, notification.evaluationReference(), channel.name());
    if (begun.alreadySent()) {
      LOG.info("notification: {} to {} already sent, skipped", template, mail.recipient());
      return Outcome.ALREADY_SENT;
    }
    if (begun.interrupted()) {
      LOG.warn("notification: {} to {} sent again: an earlier try stopped while sending it", template,
          mail.recipient());
    }
    try {
      channel.deliver(mail, begun.id());
    } catch (RuntimeException e) {
      ledger.markFailed(begun.id(), e.getClass().getSimpleName());
      throw e;
    }
    ledger.markSent(begun.id(), mail.contentSha256());
    return Outcome.SENT;
  }
}
