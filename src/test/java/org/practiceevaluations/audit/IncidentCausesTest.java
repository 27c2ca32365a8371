package org.practiceevaluations.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import org.practiceevaluations.common.StepFailure;
import org.practiceevaluations.engine.EngineClock;
import org.practiceevaluations.evaluation.Deadlines;
import org.practiceevaluations.evaluation.Evaluation;
import org.practiceevaluations.evaluation.EvaluationGrades;
import org.practiceevaluations.evaluation.EvaluationLifecycle;
import org.practiceevaluations.evaluation.EvaluationRepository;
import org.practiceevaluations.evaluation.ModerationRecord;
import org.practiceevaluations.notification.MailRenderer;
import org.practiceevaluations.notification.NotificationTemplate;
import org.practiceevaluations.recording.NoteKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.practiceevaluations.recording.DocumentStore;
import org.practiceevaluations.recording.FileSystemDocumentStore;

/**
 * The causes of incidents, in plain English, and nothing of what a failed job's message may quote. Each cause is
 * read from a failure the application's own code said ({@code StepFailure}): the tests make that code fail and hand
 * its message over, as the engine does, so a change of wording cannot break the explanation unseen. (The mail
 * server's outage is made real in {@code notification.MailOutageTest}.)
 */
class IncidentCausesTest {

  private static String causeOf(Runnable failing) {
    Throwable failure = catchThrowable(failing::run);
    assertThat(failure).as("the code fails").isNotNull();
    return IncidentCauses.explain("failedJob", failure.getMessage());
  }

  @Test
  void mailsNotSentAreCountedNeverNamed() {
    String unreachable = IncidentCauses.explain("failedJob", StepFailure.MAIL_NOT_SENT.say(
        Map.of("template", "evaluation-shared", "people", 2, "refused", "none"), "to ejones, pmurphy"));
    String refused = IncidentCauses.explain("failedJob", StepFailure.MAIL_NOT_SENT.say(
        Map.of("template", "evaluation-allocated", "people", 1, "refused", "log-in"), "to rking"));

    assertThat(unreachable).isEqualTo("The mail server could not be reached, so the e-mail \u201cEvaluation "
        + "shared\u201d did not reach 2 people. Everyone else has it. Retry the incident when the mail server is back: "
        + "only those missing are sent it.").doesNotContain("ejones", "pmurphy");
    assertThat(refused).startsWith("The mail server refused the application's log-in, so the e-mail "
        + "\u201cEvaluation allocated\u201d did not reach 1 person.").doesNotContain("rking");
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
    assertThat(failure.getMessage()).contains("The document store could not save the file");
    assertThat(cause).isEqualTo("The file store could not be reached, so the evaluation was not saved in the "
        + "child's file. Retry the incident when the file store is back: it is saved once.");
  }

  @Test
  void aDeadlinesTableWithoutAValueOrWithABadOneIsForAProcessOwnerToCorrect() {
    assertThat(causeOf(() -> Deadlines.duration(Map.of(), "concern-deadlines", "reviewMeetingWithin")))
        .isEqualTo("The deadlines table (concern-deadlines) gives no \u201creviewMeetingWithin\u201d. A process owner "
            + "needs to add it in Camunda Modeler and deploy the table; then retry the incident.");
    assertThat(causeOf(() -> Deadlines.validate("P1X"))).startsWith("A deadline in the evaluation-deadlines table is "
        + "empty or not a duration");
    assertThat(causeOf(() -> Deadlines.validate(" "))).startsWith("A deadline in the evaluation-deadlines table is "
        + "empty or not a duration");
  }

  @Test
  void modellingMistakesAreNamedForTheProcessOwner() {
    assertThat(causeOf(() -> NoteKind.parse("summary"))).startsWith("A recording step asks for a kind of case note");
    assertThat(causeOf(() -> NotificationTemplate.require("evaluation-sent", "Task_X")))
        .startsWith("A notification step in the model names no e-mail template");
    assertThat(causeOf(() -> NotificationTemplate.require(null, "Task_X")))
        .startsWith("A notification step in the model names no e-mail template");
    assertThat(causeOf(() -> MailRenderer.subject("<html><body>no title</body></html>", "evaluation-shared")))
        .isEqualTo("The e-mail template \u201cEvaluation shared\u201d could not be filled in. A developer needs to "
            + "correct the template; then retry the incident.");
    assertThat(IncidentCauses.explain("failedJob", "Unknown property used in expression: ${reviewer}. Cause: "
        + "Cannot resolve identifier 'reviewer'")).startsWith("The model refers to something the application does not");
  }

  @Test
  void theApplicationsOwnStepsSayWhatStoppedThemInWordsThatNameReferences() {
    EvaluationRepository evaluations = mock(EvaluationRepository.class);
    when(evaluations.findByReference(anyString())).thenReturn(Optional.empty());
    Evaluation notModeratedYet = mock(Evaluation.class);
    when(notModeratedYet.moderation()).thenReturn(mock(ModerationRecord.class));
    when(notModeratedYet.grades()).thenReturn(mock(EvaluationGrades.class));
    when(evaluations.findByReference("PE-2026-0042")).thenReturn(Optional.of(notModeratedYet));
    EvaluationLifecycle lifecycle = new EvaluationLifecycle(evaluations,
        new Deadlines(new EngineClock(ZoneId.of("Europe/London"))));

    // the moderated grade recorded before the moderation is complete; a step about an evaluation that is not there
    assertThat(causeOf(() -> lifecycle.recordModeratedGrade("PE-2026-0042")))
        .isEqualTo("The step stopped: Evaluation PE-2026-0042 has no completed moderation yet.");
    assertThat(causeOf(() -> lifecycle.recordFinalGrade("PE-2026-0042", Map.of())))
        .isEqualTo("The step stopped: Evaluation PE-2026-0042 has no final grade yet.");
    assertThat(causeOf(() -> lifecycle.get("PE-2026-0043"))).isEqualTo("The step stopped: No evaluation PE-2026-0043.");
  }

  @Test
  void everyFailureTheCodeCanSayIsExplained() {
    for (StepFailure failure : StepFailure.values()) {
      String said = failure.say(Map.of("template", "evaluation-shared", "people", 1, "action", "open", "table",
          "evaluation-deadlines", "deadline", "auditWithin", "evaluation", "PE-2026-0001"), "words");
      assertThat(IncidentCauses.explain("failedJob", said)).as(failure.code())
          .isNotEqualTo(IncidentCauses.UNRECOGNISED).doesNotContain("[" + failure.code());
    }
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
