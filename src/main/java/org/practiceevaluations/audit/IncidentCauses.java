package org.practiceevaluations.audit;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.practiceevaluations.common.StepFailure;

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

  /** Evaluations not found when a step looked them up (the lookup also answers the REST API, so it is not tagged). */
  private static final Pattern NO_EVALUATION = Pattern.compile("^No evaluation PE-\\d{4}-\\d+\\.$");
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
    Optional<StepFailure.Told> told = StepFailure.read(text);
    if (told.isPresent()) {
      return explain(told.get());
    }
    if (NO_EVALUATION.matcher(text).find()) {
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

  /** A failure the application's own code said ({@link StepFailure}), from its tag and facts, never its words. */
  static String explain(StepFailure.Told told) {
    String email = "the e-mail \u201c" + templateName(told.fact("template")) + "\u201d";
    return switch (told.failure()) {
      case MAIL_NOT_SENT -> {
        String whom = "1".equals(told.fact("people")) ? "1 person" : told.fact("people") + " people";
        yield "log-in".equals(told.fact("refused"))
            ? "The mail server refused the application's log-in, so " + email + " did not reach " + whom + ". Ask "
                + "the administrator to check the mail settings, then retry the incident: only those missing are sent "
                + "it."
            : "The mail server could not be reached, so " + email + " did not reach " + whom + ". Everyone else "
                + "has it. Retry the incident when the mail server is back: only those missing are sent it.";
      }
      case MAIL_UNDER_WAY -> "Another try of " + email + " was under way at the same moment. Retry the incident; "
          + "nobody gets the e-mail twice.";
      case MAIL_EVALUATION_UNKNOWN -> "The e-mail \u201c" + templateName(told.fact("template")) + "\u201d is about "
          + "evaluation " + told.fact("evaluation") + ", which is not in the application's records.";
      case MAIL_EVALUATION_NOT_NAMED -> "The e-mail \u201c" + templateName(told.fact("template")) + "\u201d is "
          + "about an evaluation, but this process does not say which one. A process owner needs to correct the "
          + "model.";
      case MAIL_TEMPLATE_BROKEN -> "The e-mail template \u201c" + templateName(told.fact("template")) + "\u201d "
          + "could not be filled in. A developer needs to correct the template; then retry the incident.";
      case MAIL_TEMPLATE_UNKNOWN -> "A notification step in the model names no e-mail template the application "
          + "knows. A process owner needs to correct the step in Camunda Modeler.";
      case RECIPIENTS_TABLE -> "The table of who receives which e-mail (notification-recipients) is missing or names "
          + "an unknown role. A process owner needs to correct it in Camunda Modeler; then retry the incident.";
      case FILE_STORE -> "save".equals(told.fact("action"))
          ? "The file store could not be reached, so the evaluation was not saved in the child's file. Retry the "
              + "incident when the file store is back: it is saved once."
          : "The file store could not be reached to " + ("delete".equals(told.fact("action")) ? "remove" : "read")
              + " a document. Retry the incident when the file store is back.";
      case DEADLINE_MISSING -> "The deadlines table (" + told.fact("table") + ") gives no \u201c"
          + told.fact("deadline") + "\u201d. A process owner needs to add it in Camunda Modeler and deploy the "
          + "table; then retry the incident.";
      case DEADLINE_INVALID -> "A deadline in the evaluation-deadlines table is empty or not a duration such as P1M "
          + "or P21D. A process owner needs to correct the table; then retry the incident.";
      case NOTE_KIND_UNKNOWN -> "A recording step asks for a kind of case note the application does not know. A "
          + "process owner needs to correct the step's noteKind in Camunda Modeler; then retry the incident.";
      case STEP_STOPPED -> "The step stopped: " + told.words();
    };
  }

  /** "evaluation-allocated" becomes "Evaluation allocated". */
  static String templateName(String key) {
    if (key == null || key.isEmpty()) {
      return "";
    }
    List<String> words = Arrays.asList(key.split("-"));
    String joined = String.join(" ", words);
    return joined.isEmpty() ? joined : joined.substring(0, 1).toUpperCase(Locale.UK) + joined.substring(1);
  }

  private static String safeType(String type) {
    return type == null ? "unknown" : type.replaceAll("[^\\w-]", "");
  }
}
