package org.practiceevaluations.recording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.practiceevaluations.catalogue.Grade;
import org.practiceevaluations.evaluation.EvaluationView;

/** The words of the "case audit" case notes, from views built in memory. */
class CaseAuditNotesTest {

  final CaseAuditNotes notes = new CaseAuditNotes(new Wording(ZoneId.of("Europe/London"), new com.fasterxml.jackson.databind.ObjectMapper()));

  @Test
  void theSummaryGivesTheFinalGradeAndEveryActionWithItsOwnerAndDueDate() {
    EvaluationView view = SampleViews.moderated();

    CaseAuditNotes.Composed note = notes.evaluationSummary(view);

    assertThat(note.subject())
        .isEqualTo("Case audit: practice evaluation PE-2026-0042, final grade Requires improvement");
    assertThat(note.text()).contains(
        "Practice evaluation PE-2026-0042 (moderated practice evaluation), completed by Paul Murphy and moderated by "
            + "Simon Clarke.",
        "Final grade: Requires improvement (decided by the audit manager).",
        "First auditor's grade: Good. Moderator's grade: Requires improvement. The grades differ: recorded as a "
            + "discrepancy",
        "The team did not agree with the grade: in its view it is Good.",
        "3. Assessment of need and risk: Requires improvement (first auditor: Good)",
        "8. Identity, diversity and culture: Not relevant\n",
        "Actions (3):",
        "1. Update the chronology to cover the last six months.\n   Owner: Emma Jones. Due: 30 November 2026.\n"
            + "   Suggested solution: Use the chronology template in the case system.",
        "2. Hold a supervision focused on the child's plan & contingency.\n   Owner: Paul Murphy. Due: 14 November "
            + "2026. Done 10 November 2026.",
        "3. Record the direct work sessions within 48 hours.\n   Owner: Emma Jones. Due: 15 December 2026.",
        "Good practice to share:", "Areas for improvement:", "Learning for the team from the moderation:",
        "saved in the child's file under \"Quality Assurances & Audit\"");
  }

  @Test
  void aSummaryWithoutActionsSaysSo() {
    EvaluationView view = SampleViews.unmoderated(Grade.OUTSTANDING);
    EvaluationView.Dates d = view.dates();
    EvaluationView none = new EvaluationView(view.reference(), view.type(), view.moderated(), view.stage(),
        view.processInstanceId(), view.child(), view.people(), new EvaluationView.Dates(d.allocatedAt(), d.dueAt(),
            d.submittedAt(), null, null, d.finalisedAt(), d.sharedAt(), null, null),
        new EvaluationView.Contact(null, null, true, null, view.contact().feedback()), view.sections(),
        new EvaluationView.Grades(Grade.OUTSTANDING, null, Grade.OUTSTANDING, view.grades().finalGradeSource(), null),
        new EvaluationView.TeamDiscussion(null, null, null, true, null, null), null, null, null,
        java.util.List.of(), java.util.List.of(), view.completedBy(), null, EvaluationView.Tool.STANDARD, false, null);

    String text = notes.evaluationSummary(none).text();

    assertThat(text).contains("Final grade: Outstanding (the first auditor's grade).", "Actions: none were set.")
        .doesNotContain("Moderator");
  }

  @Test
  void theGradingDiscussionNoteRecordsTheDisputeAndTheAuditManagersDecision() {
    CaseAuditNotes.Composed note = notes.gradingDiscussion(SampleViews.moderated());

    assertThat(note.subject()).isEqualTo("Case audit: grading discussion on practice evaluation PE-2026-0042");
    assertThat(note.text()).contains(
        "The team did not agree with the grade Requires improvement given in practice evaluation PE-2026-0042 (the "
            + "moderator's grade).",
        "The team's view of the grade: Good.",
        "The team feels the moderator did not weigh the recent progress.",
        "The auditor and the team met; the team still sees the practice as good.",
        "The audit manager, Karen Morgan, reviewed the evaluation and decided the final grade: Requires improvement.",
        "Reasons: The moderator's reading of impact stands");
  }

  @Test
  void aGradingDiscussionNoteNeedsADiscussion() {
    assertThatThrownBy(() -> notes.gradingDiscussion(SampleViews.unmoderated(Grade.GOOD)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("PE-2026-0043 has no grading discussion recorded");
  }

  @Test
  void theReAuditOutcomeNoteSaysWhetherTheConcernClosesAndListsWhatIsStillOpen() {
    EvaluationView inadequate = SampleViews.unmoderated(Grade.INADEQUATE);
    EvaluationView reAudit = SampleViews.moderated();

    String improved = notes.reAuditOutcome(inadequate, reAudit, ReAudit.Outcome.IMPROVED_AND_SUSTAINED,
        "Reviewed at the practice manager's monthly meeting.").text();
    String still = notes.reAuditOutcome(inadequate, null, ReAudit.Outcome.STILL_INADEQUATE, null).text();

    assertThat(improved).contains("Re-audit of practice evaluation PE-2026-0043 (graded Inadequate",
        "re-audit PE-2026-0042, completed by Paul Murphy, graded Requires improvement",
        "Outcome: improved and sustained.", "the case of concern is closed",
        "Reviewed at the practice manager's monthly meeting.",
        "Actions from PE-2026-0043 still open (2):", "Actions from the re-audit PE-2026-0042 (3):");
    assertThat(still).contains("Outcome: still inadequate.", "The case of concern continues");
    assertThat(notes.reAuditOutcome(inadequate, null, ReAudit.Outcome.STILL_INADEQUATE, null).subject())
        .isEqualTo("Case audit: re-audit outcome for practice evaluation PE-2026-0043, still inadequate");
  }

  @Test
  void unknownKindsAndOutcomesAreRefusedWithTheKnownOnes() {
    assertThatThrownBy(() -> NoteKind.parse("summary"))
        .hasMessage("[note-kind-unknown] Unknown case note kind 'summary': the step's input parameter 'noteKind' must "
            + "be one of "
            + "evaluation-summary, grading-discussion, re-audit-outcome, team-progress.");
    assertThatThrownBy(() -> NoteKind.parse(null)).hasMessageContaining("Unknown case note kind 'null'");
    assertThatThrownBy(() -> ReAudit.Outcome.parse("better"))
        .hasMessageContaining("must be one of improved-and-sustained, still-inadequate");
    assertThat(ReAudit.Outcome.parse(null)).isNull();
  }
}
