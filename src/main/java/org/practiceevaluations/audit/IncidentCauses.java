package org.practiceevaluations.audit;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says in plain English why a step of a process stopped, from the incident's type and the failed job's message,
 * for the audit manager's overview in Cockpit.
 *
 * <p>Only causes this application knows are explained: mail server down, file store unavailable, a decision
 * table or model a process owner must correct, and the clear messages the application's own steps fail with
 * (which name evaluation references, never people or children). Any other message is <em>not</em> shown: it may
 * come from a library and quote data (a mail server's reply quotes addresses, a database error quotes values),
 * so the overview says only that the cause is not recognised and points to the incident in Cockpit.
 */
public final class IncidentCauses {

  static final String UNRECOGNISED = "The step stopped with an error this overview does not recognise. Open the "
      + "incident in Cockpit for the technical details.";

  private static final String FAILED_JOB = "failedJob";
  private static final String FAILED_EXTERNAL_TASK = "failedExternalTask";

  private static final Pattern MAIL_NOT_SENT =
      Pattern.compile("^Notification ([\\w-]+) at [\\w-]+ could not be sent to (.+?) \\(([\\w, ]+)\\)\\.");
  private static final Pattern MAIL_CONCURRENT = Pattern.compile("^Another try of ([\\w-]+) to \\S+ is under way");
  private static final Pattern MAIL_ABOUT_MISSING_EVALUATION =
      Pattern.compile("^Notification ([\\w-]+) at [\\w-]+: No evaluation (PE-\\d{4}-\\d+)\\.");
  private static final Pattern MAIL_WITHOUT_EVALUATION =
      Pattern.compile("^Notification ([\\w-]+) at [\\w-]+ is about an evaluation, but the process has no variable");
  private static final Pattern MAIL_TEMPLATE_BROKEN =
      Pattern.compile("^The mail template ([\\w-]+)(?:\\.html)? (?:could not be rendered|has no <title>)");
  private static final Pattern MAIL_TEMPLATE_UNKNOWN =
      Pattern.compile("^(?:Unknown notification template|The notification task [\\w-]+ has no 'template')");
  private static final Pattern RECIPIENTS_TABLE = Pattern.compile("^The decision table notification-recipients ");
  private static final Pattern FILE_STORE =
      Pattern.compile("^The document store could not (save|open) the file");
  private static final Pattern DEADLINE_MISSING =
      Pattern.compile("^The ((?:evaluation|concern)-deadlines) decision gave no '([\\w-]+)'");
  private static final Pattern DEADLINE_INVALID = Pattern.compile(
      "^(?:The deadline '.*' in the evaluation-deadlines table is not|A deadline in the evaluation-deadlines table is "
          + "empty)");
  private static final Pattern NOTE_KIND_UNKNOWN = Pattern.compile("^Unknown case note kind ");
  /** The application's own steps fail with messages that name a reference and what is missing: shown as they are. */
  private static final Pattern OWN_CLEAR_MESSAGE = Pattern.compile(
      "^(?:(?:Evaluation|No evaluation|The re-audit outcome of) PE-\\d{4}-\\d+\\b|No case of concern CC-\\d{4}-\\d+\\b"
          + "|No audit manager is named in the team directory|The process has no 'evaluationReference' variable)"
          + "[^\\n]{0,300}$");
  private static final Pattern CONCURRENT_UPDATE =
      Pattern.compile("(?:OptimisticLocking|was updated by another transaction concurrently)");
  private static final Pattern DATABASE_DOWN = Pattern.compile(
      "(?i)(?:could not (?:get|open|acquire) (?:a )?JDBC Connection|Unable to acquire JDBC Connection|"
          + "Connection is not available|database (?:is )?unavailable)");
  private static final Pattern UNKNOWN_EXPRESSION =
      Pattern.compile("(?:Unknown property used in expression|Cannot resolve identifier)");

  private IncidentCauses() {}

  /** The cause of an incident in one or two sentences; never the raw message unless it is one of ours. */
  public static String explain(String incidentType, String message) {
    if (!FAILED_JOB.equals(incidentType) && !FAILED_EXTERNAL_TASK.equals(incidentType)) {
      return "An incident of type \"" + safeType(incidentType) + "\" was raised on this step. Open it in Cockpit "
          + "for the details.";
    }
    if (message == null || message.isBlank()) {
      return "The step failed without saying why. Open the incident in Cockpit for the technical details.";
    }
    String text = message.strip();
    Matcher m;
    if ((m = MAIL_NOT_SENT.matcher(text)).find()) {
      int people = m.group(2).split(",\\s*").length;
      String whom = people == 1 ? "1 person" : people + " people";
      String email = "the e-mail \u201c" + templateName(m.group(1)) + "\u201d";
      if (m.group(3).contains("MailAuthenticationException")) {
        return "The mail server refused the application's log-in, so " + email + " did not reach " + whom + ". "
            + "Ask the administrator to check the mail settings, then retry the incident: only those missing are "
            + "sent it.";
      }
      return "The mail server could not be reached, so " + email + " did not reach " + whom + ". Everyone else "
          + "has it. Retry the incident when the mail server is back: only those missing are sent it.";
    }
    if ((m = MAIL_CONCURRENT.matcher(text)).find()) {
      return "Another try of the e-mail \u201c" + templateName(m.group(1)) + "\u201d was under way at the same "
          + "moment. Retry the incident; nobody gets the e-mail twice.";
    }
    if ((m = MAIL_ABOUT_MISSING_EVALUATION.matcher(text)).find()) {
      return "The e-mail \u201c" + templateName(m.group(1)) + "\u201d is about evaluation " + m.group(2)
          + ", which is not in the application's records.";
    }
    if ((m = MAIL_WITHOUT_EVALUATION.matcher(text)).find()) {
      return "The e-mail \u201c" + templateName(m.group(1)) + "\u201d is about an evaluation, but this process "
          + "does not say which one. A process owner needs to correct the model.";
    }
    if ((m = MAIL_TEMPLATE_BROKEN.matcher(text)).find()) {
      return "The e-mail template \u201c" + templateName(m.group(1)) + "\u201d could not be filled in. A "
          + "developer needs to correct the template; then retry the incident.";
    }
    if (MAIL_TEMPLATE_UNKNOWN.matcher(text).find()) {
      return "A notification step in the model names no e-mail template the application knows. A process owner "
          + "needs to correct the step in Camunda Modeler.";
    }
    if (RECIPIENTS_TABLE.matcher(text).find()) {
      return "The table of who receives which e-mail (notification-recipients) is missing or names an unknown "
          + "role. A process owner needs to correct it in Camunda Modeler; then retry the incident.";
    }
    if ((m = FILE_STORE.matcher(text)).find()) {
      return "save".equals(m.group(1))
          ? "The file store could not be reached, so the evaluation was not saved in the child's file. Retry the "
              + "incident when the file store is back: it is saved once."
          : "The file store could not be reached to read a document. Retry the incident when the file store is "
              + "back.";
    }
    if ((m = DEADLINE_MISSING.matcher(text)).find()) {
      return "The deadlines table (" + m.group(1) + ") gives no \u201c" + m.group(2) + "\u201d. A process owner "
          + "needs to add it in Camunda Modeler and deploy the table; then retry the incident.";
    }
    if (DEADLINE_INVALID.matcher(text).find()) {
      return "A deadline in the evaluation-deadlines table is empty or not a duration such as P1M or P21D. A "
          + "process owner needs to correct the table; then retry the incident.";
    }
    if (NOTE_KIND_UNKNOWN.matcher(text).find()) {
      return "A recording step asks for a kind of case note the application does not know. A process owner needs "
          + "to correct the step's noteKind in Camunda Modeler; then retry the incident.";
    }
    if (OWN_CLEAR_MESSAGE.matcher(text).find()) {
      return "The step stopped: " + text;
    }
    if (CONCURRENT_UPDATE.matcher(text).find()) {
      return "Someone changed this process at the same moment. Retry the incident.";
    }
    if (DATABASE_DOWN.matcher(text).find()) {
      return "The database could not be reached while this step ran. Retry the incident.";
    }
    if (UNKNOWN_EXPRESSION.matcher(text).find()) {
      return "The model refers to something the application does not have (an expression in the model). A "
          + "process owner needs to correct the model.";
    }
    return UNRECOGNISED;
  }

  /** "evaluation-allocated" becomes "Evaluation allocated". */
  static String templateName(String key) {
    List<String> words = Arrays.asList(key.split("-"));
    String joined = String.join(" ", words);
    return joined.isEmpty() ? joined : joined.substring(0, 1).toUpperCase(Locale.UK) + joined.substring(1);
  }

  private static String safeType(String type) {
    return type == null ? "unknown" : type.replaceAll("[^\\w-]", "");
  }
}
