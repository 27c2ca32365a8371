package org.practiceevaluations.evaluation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import org.practiceevaluations.catalogue.Grade;
import org.practiceevaluations.common.NotFoundException;
import org.practiceevaluations.common.StepFailure;
import org.practiceevaluations.common.TransactionMemo;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of an evaluation that the process's service tasks take: deadlines, submission, moderation outcome,
 * sharing, closing. Each reads and writes the evaluation tables in the caller's transaction (the engine's).
 */
@Service
@Transactional
public class EvaluationLifecycle {

  /** Keys of the evaluation-deadlines decision's outputs. */
  public static final String AUDIT_DURATION = "auditDuration";
  public static final String AUDIT_REMINDER_BEFORE = "auditReminderBefore";
  public static final String OVERDUE_REPEAT = "overdueRepeat";
  public static final String MODERATION_DURATION = "moderationDuration";
  public static final String DISPUTE_DURATION = "disputeDuration";
  public static final String CASE_NOTE_DURATION = "caseNoteDuration";
  public static final String CASE_NOTE_REMINDER_BEFORE = "caseNoteReminderBefore";
  public static final String ACTIONS_REMINDER_EVERY = "actionsReminderEvery";
  public static final String SAFETY_CONFIRMATION_WITHIN = "safetyConfirmationWithin";
  public static final String SPEAK_TO_TEAM_WITHIN = "speakToTeamWithin";
  public static final String SAFETY_CONFIRMATION_CHASE_EVERY = "safetyConfirmationChaseEvery";
  public static final String DISPUTE_WINDOW = "disputeWindow";

  private final EvaluationRepository evaluations;
  private final Deadlines deadlines;
  private final TransactionMemo<String, Long> byReference = new TransactionMemo<>();

  public EvaluationLifecycle(EvaluationRepository evaluations, Deadlines deadlines) {
    this.evaluations = evaluations;
    this.deadlines = deadlines;
  }

  /**
   * The evaluation with this reference. The steps of one transaction ask for it many times: read once per transaction
   * ({@link TransactionMemo#entity}; a reference never changes).
   */
  public Evaluation get(String reference) {
    return byReference.entity(reference, evaluations::findByReference, Evaluation::getId, evaluations::findById)
        .orElseThrow(() -> new NotFoundException("No evaluation " + reference + "."));
  }

  /** Works out the first auditor's dates from the decision's durations and stores the due date. */
  public DeadlineDates setDeadlines(String reference, Map<String, Object> durations) {
    return setDeadlines(reference, durations, null);
  }

  /**
   * As {@link #setDeadlines(String, Map)}, but due no later than {@code dueBy} when it is given: a re-audit is due
   * within three months of the grade it follows up (docs/guide.md, "Cases of concern").
   */
  public DeadlineDates setDeadlines(String reference, Map<String, Object> durations, Instant dueBy) {
    Evaluation evaluation = get(reference);
    Instant due = deadlines.dueAfter(evaluation.dates().allocatedAt(), duration(durations, AUDIT_DURATION));
    if (dueBy != null && dueBy.isBefore(due)) {
      due = dueBy;
    }
    evaluation.dates().reschedule(due);
    Instant reminder = deadlines.reminderBefore(due, duration(durations, AUDIT_REMINDER_BEFORE));
    String overdueCycle = deadlines.cycleFrom(due, duration(durations, OVERDUE_REPEAT));
    Instant disputeDue = deadlines.dueAfter(due, duration(durations, DISPUTE_DURATION));
    return new DeadlineDates(due, reminder, overdueCycle, disputeDue,
        deadlines.every(duration(durations, ACTIONS_REMINDER_EVERY)));
  }

  /** The first evaluation is in; for a moderated one, the moderator's week starts now. */
  public Submission recordSubmission(String reference, Map<String, Object> durations) {
    Evaluation evaluation = get(reference);
    Instant now = deadlines.now();
    Instant moderationDue = null;
    String moderationCycle = null;
    if (evaluation.isModerated()) {
      moderationDue = deadlines.dueAfter(now, duration(durations, MODERATION_DURATION));
      moderationCycle = deadlines.cycleFrom(moderationDue, duration(durations, OVERDUE_REPEAT));
    }
    evaluation.markSubmitted(now, moderationDue);
    Instant disputeDue = deadlines.dueAfter(now, duration(durations, DISPUTE_DURATION));
    return new Submission(moderationDue, moderationCycle, disputeDue, evaluation.grades().finalGrade(),
        Boolean.FALSE.equals(evaluation.reflectiveDiscussion().teamAgrees()));
  }

  /** What the process needs to know after submission. {@code finalGrade} is null while moderation is pending. */
  public record Submission(Instant moderationDue, String moderationOverdueCycle, Instant disputeDue,
      Grade finalGrade, boolean gradeDisputed) {}

  /** The moderator's grade becomes final; returns whether it differs from the first auditor's. */
  public boolean recordModeratedGrade(String reference) {
    Evaluation evaluation = get(reference);
    if (evaluation.moderation().moderatedGrade() == null || evaluation.moderation().moderatedAt() == null) {
      throw new IllegalStateException(StepFailure.STEP_STOPPED.say(
          "Evaluation " + reference + " has no completed moderation yet."));
    }
    return Boolean.TRUE.equals(evaluation.moderation().discrepancy());
  }

  /**
   * The grade is settled (docs/guide.md, "The practice evaluation"): the final grade as the tables hold it, and, when it
   * is inadequate, when the auditor must have spoken to the team, before the written evaluation is sent to them ("no
   * surprises"), with the overdue notices from then on.
   */
  public FinalGrade recordFinalGrade(String reference, Map<String, Object> durations) {
    Evaluation evaluation = get(reference);
    Grade grade = evaluation.grades().finalGrade();
    if (grade == null) {
      throw new IllegalStateException(StepFailure.STEP_STOPPED.say(
          "Evaluation " + reference + " has no final grade yet."));
    }
    if (grade != Grade.INADEQUATE) {
      return new FinalGrade(grade, null, null);
    }
    Instant due = deadlines.dueAfter(deadlines.now(), duration(durations, SPEAK_TO_TEAM_WITHIN));
    return new FinalGrade(grade, due, deadlines.cycleFrom(due, duration(durations, OVERDUE_REPEAT)));
  }

  /** The settled grade; the conversation's due date and overdue cycle only when it is inadequate. */
  public record FinalGrade(Grade grade, Instant speakToTeamDue, String speakToTeamOverdueCycle) {}

  /** The evaluation has gone to the team: the case note is due within the configured time. */
  public Sharing markShared(String reference, Map<String, Object> durations) {
    Evaluation evaluation = get(reference);
    Instant now = deadlines.now();
    Instant caseNoteDue = deadlines.dueAfter(now, duration(durations, CASE_NOTE_DURATION));
    Instant caseNoteReminder = deadlines.reminderBefore(caseNoteDue, duration(durations, CASE_NOTE_REMINDER_BEFORE));
    evaluation.markShared(now, caseNoteDue);
    return new Sharing(caseNoteDue, caseNoteReminder, evaluation.openActions().size(), nextActionDue(evaluation),
        deadlines.dueAfter(now, duration(durations, DISPUTE_WINDOW)));
  }

  /** {@code disputeWindowEnd}: until when the team may dispute the grade it received. */
  public record Sharing(Instant caseNoteDue, Instant caseNoteReminder, int openActions, Instant nextActionDue,
      Instant disputeWindowEnd) {}

  /** The team disputes the grade it received: the dispute is to be settled within the decision's time for it. */
  public Instant disputeAfterSharingDue(Map<String, Object> durations) {
    return deadlines.dueAfter(deadlines.now(), duration(durations, DISPUTE_DURATION));
  }

  /** The team's case note is in. */
  public ActionsState recordTeamCaseNote(String reference) {
    Evaluation evaluation = get(reference);
    evaluation.markCaseNoteAdded(deadlines.now());
    return actionsState(evaluation);
  }

  public ActionsState actionsState(String reference) {
    return actionsState(get(reference));
  }

  private ActionsState actionsState(Evaluation evaluation) {
    return new ActionsState(evaluation.openActions().size(), nextActionDue(evaluation));
  }

  public record ActionsState(int openActions, Instant nextActionDue) {}

  public void close(String reference) {
    get(reference).markComplete(deadlines.now());
  }

  /** When a safety escalation's confirmation is due. */
  public Instant safetyConfirmationDue(Map<String, Object> durations) {
    return deadlines.dueAfter(deadlines.now(), duration(durations, SAFETY_CONFIRMATION_WITHIN));
  }

  /** The head of service is chased from the due date on, every day by default (docs/guide.md, "Safety escalations"). */
  public String safetyConfirmationChase(Instant due, Map<String, Object> durations) {
    return deadlines.cycleFrom(due, duration(durations, SAFETY_CONFIRMATION_CHASE_EVERY));
  }

  private Instant nextActionDue(Evaluation evaluation) {
    Optional<LocalDate> next = evaluation.openActions().stream().map(EvaluationAction::getDueOn)
        .min(Comparator.naturalOrder());
    return next.map(d -> d.atTime(Deadlines.DUE_TIME).atZone(deadlines.zone()).toInstant()).orElse(null);
  }

  private static String duration(Map<String, Object> durations, String key) {
    return Deadlines.duration(durations, "evaluation-deadlines", key);
  }
}
