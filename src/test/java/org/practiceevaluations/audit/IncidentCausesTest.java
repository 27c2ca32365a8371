package org.practiceevaluations.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.practiceevaluations.recording.DocumentStore;
import org.practiceevaluations.recording.FileSystemDocumentStore;

/** The causes of incidents, in plain English, and nothing of what a failed job's message may quote. */
class IncidentCausesTest {

  @Test
  void aMailServerThatCannotBeReachedIsSaidSoWithoutNamingAnyone() {
    String cause = IncidentCauses.explain("failedJob", "Notification evaluation-shared at Task_ShareEvaluation could "
        + "not be sent to ejones, pmurphy (MailSendException). Everyone else has it; a retry sends only to those "
        + "missing.");

    assertThat(cause).isEqualTo("The mail server could not be reached, so the e-mail \u201cEvaluation shared\u201d "
        + "did not reach 2 people. Everyone else has it. Retry the incident when the mail server is back: only those "
        + "missing are sent it.");
    assertThat(cause).doesNotContain("ejones", "pmurphy", "MailSendException");
  }

  @Test
  void aMailServerThatRefusesTheLogInIsAMatterForTheAdministrator() {
    String cause = IncidentCauses.explain("failedJob", "Notification evaluation-allocated at Task_SendAllocation "
        + "could not be sent to rking (MailAuthenticationException). Everyone else has it; a retry sends only to "
        + "those missing.");

    assertThat(cause).startsWith("The mail server refused the application's log-in, so the e-mail "
        + "\u201cEvaluation allocated\u201d did not reach 1 person.");
  }

  @Test
  void anUnavailableFileStoreIsSaidSoWithoutItsPath(@TempDir Path folder) throws IOException {
    // Where the share should be mounted there is a plain file: nothing can be saved under it.
    Path notAShare = Files.writeString(folder.resolve("file-store-share"), "not mounted");
    Throwable failure = catchThrowable(() -> new FileSystemDocumentStore(notAShare).save(
        new DocumentStore.NewDocument("C104237", DocumentStore.QUALITY_ASSURANCE_FOLDER, "PE-2026-0001.pdf",
            "application/pdf", "%PDF".getBytes(StandardCharsets.US_ASCII), "incident-causes-test")));

    String cause = IncidentCauses.explain("failedJob", failure.getMessage());

    assertThat(failure).isNotNull();
    assertThat(failure.getMessage()).startsWith("The document store could not save the file");
    assertThat(cause).isEqualTo("The file store could not be reached, so the evaluation was not saved in the "
        + "child's file. Retry the incident when the file store is back: it is saved once.");
  }

  @Test
  void aDeadlinesTableWithoutAValueIsForAProcessOwnerToCorrect() {
    assertThat(IncidentCauses.explain("failedJob", "The concern-deadlines decision gave no 'reviewMeetingWithin'."))
        .isEqualTo("The deadlines table (concern-deadlines) gives no \u201creviewMeetingWithin\u201d. A process owner "
            + "needs to add it in Camunda Modeler and deploy the table; then retry the incident.");
    assertThat(IncidentCauses.explain("failedJob", "The deadline 'P1X' in the evaluation-deadlines table is not an "
        + "ISO 8601 duration such as P1M, P21D or PT48H.")).startsWith("A deadline in the evaluation-deadlines table");
  }

  @Test
  void modellingMistakesAreNamedForTheProcessOwner() {
    assertThat(IncidentCauses.explain("failedJob", "Unknown case note kind 'summary': the step's input parameter "
        + "'noteKind' must be one of evaluation-summary, grading-discussion.")).contains("noteKind");
    assertThat(IncidentCauses.explain("failedJob", "The decision table notification-recipients (who receives which "
        + "notification) is not deployed.")).contains("notification-recipients");
    assertThat(IncidentCauses.explain("failedJob", "Unknown notification template 'evaluation-sent' on Task_X. "
        + "Known templates: evaluation-allocated.")).contains("names no e-mail template");
    assertThat(IncidentCauses.explain("failedJob", "The mail template evaluation-shared could not be rendered: "
        + "template line 4")).contains("\u201cEvaluation shared\u201d could not be filled in");
    assertThat(IncidentCauses.explain("failedJob", "Unknown property used in expression: ${reviewer}. Cause: "
        + "Cannot resolve identifier 'reviewer'")).contains("an expression in the model");
  }

  @Test
  void theApplicationsOwnClearMessagesAreShownAsTheyAre() {
    assertThat(IncidentCauses.explain("failedJob", "Evaluation PE-2026-0042 has no completed moderation yet."))
        .isEqualTo("The step stopped: Evaluation PE-2026-0042 has no completed moderation yet.");
    assertThat(IncidentCauses.explain("failedJob", "No audit manager is named in the team directory."))
        .isEqualTo("The step stopped: No audit manager is named in the team directory.");
  }

  @Test
  void anyOtherMessageIsNotShownBecauseItMayQuoteData() {
    String cause = IncidentCauses.explain("failedJob", "could not execute statement [Value too long for column "
        + "\"LAST_NAME CHARACTER VARYING(100)\": \"'Turner-Arthur...' (150)\"]");

    assertThat(cause).isEqualTo(IncidentCauses.UNRECOGNISED);
    assertThat(IncidentCauses.explain("failedJob", "Evaluation PE-2026-0042 failed\nat line 2 of a stack trace"))
        .isEqualTo(IncidentCauses.UNRECOGNISED);
  }

  @Test
  void concurrentChangesAndAnUnreachableDatabaseAreRetried() {
    assertThat(IncidentCauses.explain("failedJob", "ENGINE-03005 Execution of 'UPDATE ExecutionEntity[42]' failed. "
        + "Entity was updated by another transaction concurrently.")).startsWith("Someone changed this process");
    assertThat(IncidentCauses.explain("failedJob", "Could not open JDBC Connection for transaction"))
        .startsWith("The database could not be reached");
  }

  @Test
  void anIncidentWithoutAMessageOrOfAnotherTypeSaysWhereToLook() {
    assertThat(IncidentCauses.explain("failedJob", null)).startsWith("The step failed without saying why.");
    assertThat(IncidentCauses.explain("myIncident<b>", "anything"))
        .isEqualTo("An incident of type \"myIncidentb\" was raised on this step. Open it in Cockpit for the details.");
  }
}
