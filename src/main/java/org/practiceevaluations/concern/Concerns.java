package org.practiceevaluations.concern;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.practiceevaluations.common.NotFoundException;
import org.practiceevaluations.common.StepFailure;
import org.practiceevaluations.evaluation.Deadlines;
import org.practiceevaluations.evaluation.Evaluation;
import org.practiceevaluations.evaluation.EvaluationLifecycle;
import org.practiceevaluations.evaluation.ReferenceGenerator;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cases of concern (docs/guide.md, "Cases of concern"): what the process's steps and forms do to the concern's record.
 */
@Service
@Transactional
public class Concerns {

  public static final String RESPONSE_WITHIN = "practiceManagerResponseWithin";
  public static final String RESPONSE_REMINDER_BEFORE = "practiceManagerReminderBefore";
  public static final String MEETING_WITHIN = "reviewMeetingWithin";
  public static final String MEETING_REMINDER_BEFORE = "reviewMeetingReminderBefore";
  public static final String PROGRESS_EVERY = "progressReviewEvery";
  public static final String RE_AUDIT_AFTER = "reAuditAfter";
  public static final String RE_AUDIT_ALLOCATED_BEFORE = "reAuditAllocatedBefore";
  public static final String PROGRESS_DUE_WITHIN = "progressReviewDueWithin";
  public static final String PROGRESS_CHASE_EVERY = "progressReviewChaseEvery";

  private final CaseOfConcernRepository concerns;
  private final EvaluationLifecycle evaluations;
  private final ReferenceGenerator references;
  private final Deadlines deadlines;
  private final Clock clock;

  public Concerns(CaseOfConcernRepository concerns, EvaluationLifecycle evaluations, ReferenceGenerator references,
      Deadlines deadlines, Clock clock) {
    this.concerns = concerns;
    this.evaluations = evaluations;
    this.references = references;
    this.deadlines = deadlines;
    this.clock = clock;
  }

  /**
   * Opens the case of concern of an evaluation graded inadequate: one per evaluation (a unique constraint backs
   * this up), so a second opening fails plainly instead of tracking the same child twice.
   */
  public CaseOfConcern open(String evaluationReference, String processInstanceId) {
    concerns.findByFirstEvaluationReference(evaluationReference).ifPresent(earlier -> {
      throw new IllegalStateException(StepFailure.STEP_STOPPED.say("Evaluation " + evaluationReference
          + " already has case of concern " + earlier.getReference() + "."));
    });
    Evaluation e = evaluations.get(evaluationReference);
    Instant now = clock.instant();
    int year = now.atZone(clock.getZone()).getYear();
    return concerns.save(new CaseOfConcern(references.next("CC", year), e.getChildReference(), e.getReference(),
        e.people().practiceManager(), now, processInstanceId));
  }

  public CaseOfConcern get(String reference) {
    return concerns.findByReference(reference)
        .orElseThrow(() -> new NotFoundException("No case of concern " + reference + "."));
  }

  /**
   * The round's dates, from the concern-deadlines decision: the re-audit is due three months after the grade (never
   * before the review meeting), and is allocated a month before that, so that it is due in time (docs/guide.md, "Cases
   * of concern").
   */
  public ConcernDates deadlines(String reference, Map<String, Object> durations) {
    CaseOfConcern concern = get(reference);
    Instant start = clock.instant();
    Instant responseDue = deadlines.dueAfter(start, text(durations, RESPONSE_WITHIN));
    Instant meetingDue = deadlines.dueAfter(start, text(durations, MEETING_WITHIN));
    Instant audit = auditDate(concern);
    Instant reAuditDue = deadlines.dueAfter(audit, text(durations, RE_AUDIT_AFTER));
    if (reAuditDue.isBefore(meetingDue)) {
      reAuditDue = meetingDue;
    }
    concern.reAuditDue(reAuditDue.atZone(clock.getZone()).toLocalDate());
    return new ConcernDates(responseDue, deadlines.reminderBefore(responseDue, text(durations, RESPONSE_REMINDER_BEFORE)),
        meetingDue, deadlines.reminderBefore(meetingDue, text(durations, MEETING_REMINDER_BEFORE)),
        text(durations, PROGRESS_EVERY), reAuditDue,
        deadlines.reminderBefore(reAuditDue, text(durations, RE_AUDIT_ALLOCATED_BEFORE)));
  }

  public record ConcernDates(Instant responseDue, Instant responseReminder, Instant meetingDue,
      Instant meetingReminder, String progressReviewEvery, Instant reAuditDue, Instant reAuditAllocation) {}

  /** This month's review: due a week after it is asked for, then chased every week while it is late. */
  public ReviewDates progressReview(Map<String, Object> durations) {
    Instant due = deadlines.dueAfter(clock.instant(), text(durations, PROGRESS_DUE_WITHIN));
    return new ReviewDates(due, deadlines.cycleFrom(due, text(durations, PROGRESS_CHASE_EVERY)));
  }

  public record ReviewDates(Instant due, String overdueCycle) {}

  public void recordResponse(String reference, String actions, String response) {
    get(reference).recordResponse(actions, response, clock.instant());
  }

  public void recordReviewMeeting(String reference, LocalDate on, String attendees, String outcome) {
    get(reference).recordReviewMeeting(on, attendees, outcome);
  }

  public void addProgressReview(String reference, LocalDate on, String by, String progress, boolean onTrack,
      boolean improvementSustained) {
    get(reference).addProgressReview(on, by, progress, onTrack, improvementSustained);
  }

  public void close(String reference, String reAuditReference) {
    get(reference).close(reAuditReference, clock.instant());
  }

  public void closeAsRevised(String reference) {
    get(reference).closeAsRevised(clock.instant());
  }

  /**
   * What a grade revised after the team's dispute means for cases of concern (docs/guide.md, "A disputed grade"): now
   * inadequate and without a concern, one opens; no longer inadequate, the open concern it started closes.
   */
  public Revision afterGradeRevised(String evaluationReference) {
    Evaluation e = evaluations.get(evaluationReference);
    if (e.grades().finalGrade() == org.practiceevaluations.catalogue.Grade.INADEQUATE) {
      return concerns.findByFirstEvaluationReference(evaluationReference).isEmpty()
          ? new Revision(Revision.Kind.OPEN, e.getChildReference(), null) : Revision.NOTHING;
    }
    return concerns.findByCurrentEvaluationReferenceAndStatus(evaluationReference, CaseOfConcern.Status.OPEN)
        .map(c -> new Revision(Revision.Kind.CLOSE, e.getChildReference(), c.getProcessInstanceId()))
        .orElse(Revision.NOTHING);
  }

  /** {@code concernProcessInstanceId}: for CLOSE, the concern's process. */
  public record Revision(Kind kind, String childReference, String concernProcessInstanceId) {
    public enum Kind { OPEN, CLOSE, NOTHING }

    static final Revision NOTHING = new Revision(Kind.NOTHING, null, null);
  }

  public void carryOn(String reference, String newEvaluationReference) {
    get(reference).carryOnWith(newEvaluationReference);
  }

  /** When the audit was: the final grade's date of the concern's current evaluation. */
  private Instant auditDate(CaseOfConcern concern) {
    Evaluation e = evaluations.get(concern.getCurrentEvaluationReference());
    return e.grades().finalisedAt() != null ? e.grades().finalisedAt() : clock.instant();
  }

  private static String text(Map<String, Object> durations, String key) {
    return Deadlines.duration(durations, "concern-deadlines", key);
  }
}
