package org.practiceevaluations.notification;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.gov.service.notify.NotificationClient;
import uk.gov.service.notify.NotificationClientApi;
import uk.gov.service.notify.NotificationClientException;

/**
 * Sends through GOV.UK Notify with its Java client. Notify's answers are sorted into what a retry can mend and what
 * it cannot:
 * <ul>
 *   <li>429 (rate limit or daily limit), 5xx, or no answer: {@link NotifyUnavailableException}, the job retries
 *       (the engine-wide retry cycle) and sends only to those still missing;</li>
 *   <li>403 (the API key is wrong or revoked) and 400 (a template id or personalisation Notify does not accept, or a
 *       recipient a team-only or trial key may not send to): {@link PermanentNotificationFailure}, an incident at once
 *       saying what to correct.</li>
 * </ul>
 * Nothing Notify says back is logged or kept but its status and error type: its messages can quote what was sent.
 */
public class NotifyChannel implements MailChannel {

  private static final Logger LOG = LoggerFactory.getLogger(NotifyChannel.class);
  private static final Pattern ERROR_TYPE = Pattern.compile("\"error\"\\s*:\\s*\"([A-Za-z]+)\"");

  private final NotificationClientApi client;
  private final NotifySettings settings;

  public NotifyChannel(NotifySettings settings) {
    this(new NotificationClient(settings.getApiKey(), settings.getBaseUrl()), settings);
  }

  NotifyChannel(NotificationClientApi client, NotifySettings settings) {
    this.client = client;
    this.settings = settings;
  }

  @Override
  public String name() {
    return "NOTIFY";
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
    String templateId = settings.templateFor(mail.template());
    if (templateId == null) {
      throw new PermanentNotificationFailure("No GOV.UK Notify template is set for " + mail.template()
          + " (practice-evaluations.mail.notify.default-template-id or template-ids." + mail.template() + ").");
    }
    Map<String, Object> personalisation = new LinkedHashMap<>();
    personalisation.put("subject", mail.subject());
    personalisation.put("body", mail.text());
    personalisation.put("reference", mail.evaluationReference() == null ? "" : mail.evaluationReference());
    personalisation.put("link", mail.link() == null ? "" : mail.link());
    try {
      client.sendEmail(templateId, mail.recipientEmail(), personalisation, reference(mail),
          settings.getEmailReplyToId().isBlank() ? null : settings.getEmailReplyToId());
    } catch (NotificationClientException e) {
      throw translate(e, mail);
    }
    LOG.info("notify: {} to {}", mail.template(), mail.recipient());
  }

  /** Notify's own reference of the mail: the idempotency key, the same on every try. */
  static String reference(OutgoingMail mail) {
    return mail.messageId().replaceAll("[<>]", "").replace("@practice-evaluations", "");
  }

  static RuntimeException translate(NotificationClientException e, OutgoingMail mail) {
    int status = e.getHttpResult();
    String type = errorType(e.getMessage());
    if (status == 429 || status >= 500 || status == 0) {
      return new NotifyUnavailableException("GOV.UK Notify answered " + status + " " + type + " for "
          + mail.template() + " to " + mail.recipient() + "; the job will retry.");
    }
    if (status == 403) {
      return new PermanentNotificationFailure("GOV.UK Notify refused the API key (403 " + type + "): check"
          + " practice-evaluations.mail.notify.api-key (PE_NOTIFY_API_KEY) is a live key of the council's service,"
          + " then retry.");
    }
    return new PermanentNotificationFailure("GOV.UK Notify refused " + mail.template() + " to " + mail.recipient()
        + " (" + status + " " + type + "): check the Notify template id and its fields, and that this person's address"
        + " may be sent to with this key (a team-only or trial key sends only to the team), then retry.");
  }

  static String errorType(String message) {
    if (message == null) {
      return "error";
    }
    Matcher m = ERROR_TYPE.matcher(message);
    return m.find() ? m.group(1) : "error";
  }

  /** Notify could not take the mail just now (rate limit, outage): a retry can send it. */
  public static class NotifyUnavailableException extends RuntimeException {
    public NotifyUnavailableException(String message) {
      super(message);
    }
  }
}
