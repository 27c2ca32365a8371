package org.practiceevaluations.notification;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * GOV.UK Notify as the mail channel ({@code practice-evaluations.mail.channel: notify}). Each notification is sent
 * as a Notify e-mail template: the one named for its key in {@code template-ids}, or {@code default-template-id}.
 * The personalisation fields are {@code subject}, {@code body} (the plain-text mail the application rendered),
 * {@code reference} (the evaluation's or concern's reference) and {@code link} (where to go in Tasklist): a council
 * creates one template "((subject))" / "((body))", or one per notification using the fields it wants.
 */
@ConfigurationProperties("practice-evaluations.mail.notify")
public class NotifySettings {

  /** Notify's API key ({@code name-serviceid-secret}); from the environment, never in a file. */
  private String apiKey = "";
  private String baseUrl = "https://api.notifications.service.gov.uk";
  private String defaultTemplateId = "";
  private Map<String, String> templateIds = new LinkedHashMap<>();
  /** Optional: the reply-to address id set up in Notify. */
  private String emailReplyToId = "";

  public String getApiKey() {
    return apiKey;
  }

  public void setApiKey(String apiKey) {
    this.apiKey = apiKey;
  }

  public String getBaseUrl() {
    return baseUrl;
  }

  public void setBaseUrl(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  public String getDefaultTemplateId() {
    return defaultTemplateId;
  }

  public void setDefaultTemplateId(String defaultTemplateId) {
    this.defaultTemplateId = defaultTemplateId;
  }

  public Map<String, String> getTemplateIds() {
    return templateIds;
  }

  public void setTemplateIds(Map<String, String> templateIds) {
    this.templateIds = templateIds;
  }

  public String getEmailReplyToId() {
    return emailReplyToId;
  }

  public void setEmailReplyToId(String emailReplyToId) {
    this.emailReplyToId = emailReplyToId;
  }

  /** The Notify template of a notification, or null when none is set. */
  public String templateFor(String key) {
    String id = templateIds.get(key);
    if (id == null || id.isBlank()) {
      id = defaultTemplateId;
    }
    return id == null || id.isBlank() ? null : id.trim();
  }
}
