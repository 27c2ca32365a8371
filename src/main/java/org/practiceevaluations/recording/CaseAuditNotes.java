package org.practiceevaluations.recording;

import java.util.List;
import java.util.StringJoiner;
import org.practiceevaluations.catalogue.Grade;
import org.practiceevaluations.common.StepFailure;
import org.practiceevaluations.evaluation.EvaluationView;

/**
 * Writes the words of the "case audit" case notes: plain text a social worker reads on the child's record, not a
 * copy of the evaluation (that is the PDF in the child's file). Every action is listed in full, with its owner and
 * due date; the longer commentaries are shortened.
 */
public class CaseAuditNotes {

  /** Longest note the built-in case record keeps (pe_case_note.body). */
  static final int MAX_TEXT = 100_000;
  private static final int EXCERPT = 1_500;

  /** Subject and text of a note. */
  public record Composed(String subject, String text) {}

  private final Wording f;

  public CaseAuditNotes(Wording wording) {
    this.f = wording;
  }

  /** docs/guide.md, "Recording": the summarising note, with the final grade and every action. */
  public Composed evaluationSummary(EvaluationView e) {
    StringBuilder t = new StringBuilder();
    t.append("Practice evaluation ").append(e.reference()).append(" (").append(typeOf(e)).append(")");
    t.append(", completed by ").append(f.person(e.completedBy() != null ? e.completedBy() : e.people().auditor()));
    if (e.moderated()) {
      t.append(" and moderated by ").append(f.person(e.people().moderator()));
    }
    t.append(".\n");
    t.append("Submitted ").append(f.date(e.dates().submittedAt()));
    if (e.moderated()) {
      t.append("; moderated ").append(f.date(e.dates().moderatedAt()));
    }
    t.append(".\n\n");

    t.append("Final grade: ").append(f.grade(e.grades().finalGrade()));
    if (e.grades().finalGrade() != null) {
      t.append(" (").append(f.finalGradeSource(e.grades().finalGradeSource())).append(")");
    }
    t.append(".\n");
    if (e.moderated()) {
      t.append("First auditor's grade: ").append(f.grade(e.grades().firstGrade())).append(". Moderator's grade: ")
          .append(f.grade(e.grades().moderatedGrade())).append(".");
      if (Boolean.TRUE.equals(e.grades().discrepancy())) {
        t.append(" The grades differ: recorded as a discrepancy; the moderator's grade is final.");
      }
      t.append("\n");
    }
    if (Boolean.FALSE.equals(e.teamAgreesWithGrade())) {
      t.append("The team did not agree with the grade: in its view it is ").append(f.grade(e.teamViewOfGrade()))
          .append(".\n");
    }

    t.append("\nJudgements by section:\n");
    for (EvaluationView.SectionRow s : e.sections()) {
      if (!s.judged()) {
        continue;
      }
      t.append(s.number()).append(". ").append(s.title()).append(": ");
      if (e.moderated() && s.moderatorJudgement() != null) {
        t.append(f.judgement(s.moderatorJudgement()));
        if (s.firstJudgement() != s.moderatorJudgement()) {
          t.append(" (first auditor: ").append(f.judgement(s.firstJudgement())).append(")");
        }
      } else {
        t.append(f.judgement(s.firstJudgement()));
      }
      t.append("\n");
    }

    excerpt(t, "Good practice to share", e.section("good-practice").orElse(null), e.moderated());
    excerpt(t, "Areas for improvement", e.section("improvements").orElse(null), e.moderated());

    t.append("\nActions");
    if (e.actions().isEmpty()) {
      t.append(": none were set.\n");
    } else {
      t.append(" (").append(e.actions().size()).append("):\n");
      actions(t, e.actions());
    }

    excerpt(t, "Learning and development needs", e.section("learning-needs").orElse(null), e.moderated());
    if (e.moderated() && !f.blank(e.moderation().learningForTeam())) {
      t.append("\nLearning for the team from the moderation:\n")
          .append(f.shortened(e.moderation().learningForTeam(), EXCERPT))
          .append("\n");
    }

    t.append("\nThe full evaluation is saved in the child's file under \"")
        .append(DocumentStore.QUALITY_ASSURANCE_FOLDER).append("\". The team discusses it at the next ")
        .append("case-management supervision, and the team manager adds a \"case audit\" case note on the ")
        .append("progress of the actions within one month.\n");

    return new Composed("Case audit: practice evaluation " + e.reference() + ", final grade "
        + f.grade(e.grades().finalGrade()),
        limit(t));
  }

  /** docs/guide.md, "The team's follow-up": the team manager's case note on the progress of the actions, with the actions' state. */
  public Composed teamProgress(EvaluationView e, String teamNote) {
    if (f.blank(teamNote)) {
      throw new IllegalStateException(StepFailure.STEP_STOPPED.say(
          "Evaluation " + e.reference() + ": the team's case note is empty."));
    }
    StringBuilder t = new StringBuilder();
    t.append("Progress on the actions of practice evaluation ").append(e.reference())
        .append(" after case-management supervision");
    if (e.followUp().supervisionOn() != null) {
      t.append(" on ").append(f.date(e.followUp().supervisionOn()));
    }
    t.append(".\n\n").append(f.text(teamNote)).append("\n");
    if (!e.actions().isEmpty()) {
      t.append("\nThe actions (").append(e.actions().size()).append("):\n");
      actions(t, e.actions());
    }
    return new Composed("Case audit: progress on the actions of practice evaluation " + e.reference(), limit(t));
  }

  /**
   * docs/guide.md, "A disputed grade": the reflective discussion of a disputed grade. The team's view quoted is the
   * one the dispute is about: from the moderation discussion (15a) when moderated, else the reflective discussion.
   */
  public Composed gradingDiscussion(EvaluationView e) {
    if (f.blank(e.dispute().disputeDiscussion())) {
      throw new IllegalStateException(StepFailure.STEP_STOPPED.say("Evaluation " + e.reference()
          + " has no grading discussion recorded: the grading-discussion case note needs the discussion first."));
    }
    Grade disputed = e.moderated() && e.grades().moderatedGrade() != null ? e.grades().moderatedGrade()
        : e.grades().firstGrade();
    StringBuilder t = new StringBuilder();
    t.append("The team did not agree with the grade ").append(f.grade(disputed)).append(" given in practice ")
        .append("evaluation ").append(e.reference()).append(" (")
        .append(e.moderated() ? "the moderator's grade" : "the first auditor's grade").append(").\n");
    if (e.teamViewOfGrade() != null) {
      t.append("The team's view of the grade: ").append(f.grade(e.teamViewOfGrade())).append(".\n");
    }
    if (!f.blank(e.teamViewReason())) {
      t.append("The team's reasons:\n").append(f.text(e.teamViewReason())).append("\n");
    }
    t.append("\nReflective discussion between the auditor and the team:\n")
        .append(f.text(e.dispute().disputeDiscussion()))
        .append("\n\n");
    EvaluationView.GradeDiscussion discussion = e.dispute().gradeDiscussion();
    EvaluationView.GradeDecision decision = e.dispute().auditManagersDecision();
    if (discussion != null && Boolean.TRUE.equals(discussion.agreed())) {
      t.append("Outcome: resolved. The grade agreed after the discussion is ")
          .append(f.grade(discussion.agreedGrade() != null ? discussion.agreedGrade() : e.grades().finalGrade()))
          .append(".\n");
    } else if (decision != null) {
      t.append("Outcome: not resolved by the discussion. The audit manager, ").append(f.person(decision.decidedBy()))
          .append(", reviewed the evaluation and decided the final grade: ")
          .append(f.grade(decision.grade() != null ? decision.grade() : e.grades().finalGrade())).append(".\n");
      if (!f.blank(decision.reasons())) {
        t.append("Reasons: ").append(f.text(decision.reasons())).append("\n");
      }
    } else {
      t.append("Outcome: not resolved by the discussion. The audit manager will review the evaluation and decide ")
          .append("the final grade.\n");
    }
    return new Composed("Case audit: grading discussion on practice evaluation " + e.reference(), limit(t));
  }

  /**
   * docs/guide.md, "Cases of concern": the outcome of the re-audit of an inadequate evaluation.
   *
   * @param original the inadequate evaluation
   * @param reAudit the re-audit, when known
   * @param outcome improved and sustained, or still inadequate
   */
  public Composed reAuditOutcome(EvaluationView original, EvaluationView reAudit, ReAudit.Outcome outcome,
      String notes) {
    StringBuilder t = new StringBuilder();
    t.append("Re-audit of practice evaluation ").append(original.reference()).append(" (graded ")
        .append(f.grade(original.grades().finalGrade())).append(" on ")
        .append(f.date(original.dates().finalisedAt())).append(")");
    if (reAudit != null) {
      t.append(": re-audit ").append(reAudit.reference()).append(", completed by ")
          .append(f.person(reAudit.completedBy() != null ? reAudit.completedBy() : reAudit.people().auditor()))
          .append(", graded ").append(f.grade(reAudit.grades().currentGrade()));
    }
    t.append(".\n\n");
    if (outcome == ReAudit.Outcome.IMPROVED_AND_SUSTAINED) {
      t.append("Outcome: improved and sustained. The practice has improved since the earlier evaluation and the ")
          .append("improvement has been sustained; the case of concern is closed.\n");
    } else {
      t.append("Outcome: still inadequate. The case of concern continues with the re-audit as the new ")
          .append("evaluation: the team, practice manager and audit manager are told, and the remedial actions ")
          .append("are reviewed again.\n");
    }
    if (!f.blank(notes)) {
      t.append("\n").append(f.text(notes)).append("\n");
    }
    List<EvaluationView.Action> open = original.actions().stream()
        .filter(a -> a.status() != org.practiceevaluations.evaluation.EvaluationAction.Status.DONE).toList();
    t.append("\nActions from ").append(original.reference());
    if (open.isEmpty()) {
      t.append(": all complete.\n");
    } else {
      t.append(" still open (").append(open.size()).append("):\n");
      actions(t, open);
    }
    if (reAudit != null && !reAudit.actions().isEmpty()) {
      t.append("\nActions from the re-audit ").append(reAudit.reference()).append(" (").append(reAudit.actions().size())
          .append("):\n");
      actions(t, reAudit.actions());
    }
    return new Composed("Case audit: re-audit outcome for practice evaluation " + original.reference() + ", "
        + outcome.words(), limit(t));
  }

  private void actions(StringBuilder t, List<EvaluationView.Action> actions) {
    for (EvaluationView.Action a : actions) {
      t.append(a.number()).append(". ").append(f.text(a.description())).append("\n")
          .append("   Owner: ").append(f.person(a.owner())).append(". Due: ").append(f.date(a.dueOn())).append(".");
      if (a.status() == org.practiceevaluations.evaluation.EvaluationAction.Status.DONE) {
        t.append(" ").append(f.status(a)).append(".");
      }
      t.append("\n");
      if (!f.blank(a.suggestedSolution())) {
        t.append("   Suggested solution: ").append(f.text(a.suggestedSolution())).append("\n");
      }
    }
  }

  private void excerpt(StringBuilder t, String heading, EvaluationView.SectionRow row, boolean moderated) {
    if (row == null || (f.blank(row.firstCommentary()) && f.blank(row.moderatorCommentary()))) {
      return;
    }
    t.append("\n").append(heading).append(":\n");
    StringJoiner parts = new StringJoiner("\n");
    if (!f.blank(row.firstCommentary())) {
      parts.add(f.shortened(row.firstCommentary(), EXCERPT));
    }
    if (moderated && !f.blank(row.moderatorCommentary())) {
      parts.add("Moderator: " + f.shortened(row.moderatorCommentary(), EXCERPT));
    }
    t.append(parts).append("\n");
  }

  private static String typeOf(EvaluationView e) {
    return e.type() == null ? "practice evaluation" : e.type().label().toLowerCase(java.util.Locale.UK);
  }

  private static String limit(StringBuilder t) {
    String text = t.toString().strip();
    if (text.length() <= MAX_TEXT) {
      return text;
    }
    String more = "\n… (shortened: the full evaluation is in the child's file)";
    return text.substring(0, MAX_TEXT - more.length()) + more;
  }
}
