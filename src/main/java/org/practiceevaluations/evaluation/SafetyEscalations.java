package org.practiceevaluations.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.MessageCorrelationResult;
import org.practiceevaluations.common.BadRequestException;
import org.practiceevaluations.common.ForbiddenException;
import org.practiceevaluations.common.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A child judged at risk of significant harm during an evaluation (docs/guide.md, "Safety escalations"). Raising it,
 * from a form, from Tasklist or over REST, starts the evaluation's safety escalation at once; the evaluation goes on.
 */
@Service
@Transactional
public class SafetyEscalations {

  public static final int MAX_CONCERN = 20_000;

  private final EvaluationRepository evaluations;
  private final SafetyEscalationRepository escalations;
  private final RuntimeService runtimeService;
  private final Deadlines deadlines;
  private final org.practiceevaluations.common.AsApplication asApplication;

  public SafetyEscalations(EvaluationRepository evaluations, SafetyEscalationRepository escalations,
      RuntimeService runtimeService, Deadlines deadlines, org.practiceevaluations.common.AsApplication asApplication) {
    this.evaluations = evaluations;
    this.escalations = escalations;
    this.runtimeService = runtimeService;
    this.deadlines = deadlines;
    this.asApplication = asApplication;
  }

  /** Problems with a concern as typed, in plain words (empty when acceptable). */
  public static List<String> problems(String concern) {
    List<String> problems = new ArrayList<>();
    if (concern == null || concern.isBlank()) {
      problems.add("Describe the concern for the child's safety.");
    } else if (concern.length() > MAX_CONCERN) {
      problems.add("The description of the concern is longer than " + MAX_CONCERN + " characters.");
    }
    return problems;
  }

  /**
   * What someone who is not the evaluation's auditor or moderator is told: the same words whether the reference
   * exists or not, so a refusal reveals nothing of other people's evaluations.
   */
  public static final String NOT_YOUR_EVALUATION = "You can raise a safety escalation only on an evaluation you are "
      + "auditing or moderating: check the reference on your task. If a child is at risk now, contact the head of "
      + "service directly.";

  /**
   * Raises an escalation on the evaluation's process: recorded at once (the head of service's confirmation is then
   * due), and the evaluation told its id, never its text. Only the evaluation's auditor or moderator (or the audit
   * team, when {@code onBehalf} is true) may raise one. The same escalation sent twice (the same
   * {@code idempotencyKey}, or without one the same concern by the same person on the same day) is recorded once;
   * returns the id of the escalation, new or earlier.
   */
  public long raise(String reference, String raisedBy, String concern, boolean onBehalf, String idempotencyKey) {
    List<String> problems = problems(concern);
    if (!problems.isEmpty()) {
      throw new BadRequestException(String.join(" ", problems));
    }
    Evaluation evaluation = evaluations.findByReference(reference == null ? "" : reference.trim()).orElse(null);
    boolean ownWork = evaluation != null && raisedBy != null
        && (raisedBy.equals(evaluation.people().auditor()) || raisedBy.equals(evaluation.people().moderator()));
    if (evaluation == null || (!ownWork && !onBehalf)) {
      throw new ForbiddenException(NOT_YOUR_EVALUATION);
    }
    if (evaluation.getProcessInstanceId() == null) {
      throw new BadRequestException("Evaluation " + evaluation.getReference() + " is not running.");
    }
    String key = idempotencyKey != null && !idempotencyKey.isBlank() ? idempotencyKey.trim()
        : SafetyEscalation.keyOf(evaluation.getReference(), raisedBy, concern.trim(),
            deadlines.now().atZone(deadlines.zone()).toLocalDate());
    Optional<SafetyEscalation> earlier = escalations.findByIdempotencyKey(key);
    if (earlier.isPresent()) {
      return earlier.get().getId();
    }
    SafetyEscalation escalation = escalations.saveAndFlush(
        evaluation.raiseSafetyEscalation(raisedBy, concern.trim(), deadlines.now(), key));
    MessageCorrelationResult result;
    try {
      // the person's right was checked above; the application hands the escalation to the evaluation
      result = asApplication.call(() -> runtimeService
          .createMessageCorrelation(PracticeEvaluationProcess.Messages.SAFETY_ESCALATION_RAISED)
          .processInstanceId(evaluation.getProcessInstanceId())
          .setVariableToTriggeredScope(PracticeEvaluationProcess.Vars.RAISED_BY.name(), raisedBy)
          .setVariableToTriggeredScope(PracticeEvaluationProcess.Vars.ESCALATION_ID.name(), escalation.getId())
          .correlateWithResult());
    } catch (org.camunda.bpm.engine.MismatchingMessageCorrelationException e) {
      throw new BadRequestException("Evaluation " + evaluation.getReference() + " has finished, so it cannot "
          + "escalate. Contact the head of service directly.");
    }
    if (result == null) {
      throw new BadRequestException("Evaluation " + evaluation.getReference() + " could not take the escalation.");
    }
    return escalation.getId();
  }

  /** The escalation as recorded, for the steps and forms that show it. */
  @Transactional(readOnly = true)
  public SafetyEscalation get(long escalationId) {
    return escalations.findById(escalationId)
        .orElseThrow(() -> new NotFoundException("There is no safety escalation " + escalationId + "."));
  }

  /** The head of service's confirmation of what was done. */
  public void confirm(long escalationId, String confirmedBy, String actionTaken) {
    SafetyEscalation escalation = escalations.findById(escalationId)
        .orElseThrow(() -> new NotFoundException("There is no safety escalation " + escalationId + "."));
    escalation.confirm(confirmedBy, actionTaken, deadlines.now());
  }
}
