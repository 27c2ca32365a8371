package org.practiceevaluations.evaluation;

import java.util.ArrayList;
import java.util.List;
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
   * Raises an escalation on the evaluation's process. Only the evaluation's auditor or moderator (or the audit
   * team, when {@code onBehalf} is true) may raise one.
   */
  public void raise(String reference, String raisedBy, String concern, boolean onBehalf) {
    List<String> problems = problems(concern);
    if (!problems.isEmpty()) {
      throw new BadRequestException(String.join(" ", problems));
    }
    Evaluation evaluation = evaluations.findByReference(reference == null ? "" : reference.trim())
        .orElseThrow(() -> new NotFoundException("There is no evaluation " + reference + "."));
    boolean ownWork = raisedBy != null
        && (raisedBy.equals(evaluation.getAuditor()) || raisedBy.equals(evaluation.getModerator()));
    if (!ownWork && !onBehalf) {
      throw new ForbiddenException("Only the auditor or moderator of " + evaluation.getReference()
          + " can raise a safety escalation on it. Contact the head of service directly.");
    }
    if (evaluation.getProcessInstanceId() == null) {
      throw new BadRequestException("Evaluation " + evaluation.getReference() + " is not running.");
    }
    MessageCorrelationResult result;
    try {
      // the person's right was checked above; the application hands the concern to the evaluation
      result = asApplication.call(() -> runtimeService
          .createMessageCorrelation(PracticeEvaluationProcess.Messages.SAFETY_ESCALATION_RAISED)
          .processInstanceId(evaluation.getProcessInstanceId())
          .setVariableToTriggeredScope(PracticeEvaluationProcess.Vars.RAISED_BY, raisedBy)
          .setVariableToTriggeredScope(PracticeEvaluationProcess.Vars.ESCALATION_CONCERN, concern.trim())
          .correlateWithResult());
    } catch (org.camunda.bpm.engine.MismatchingMessageCorrelationException e) {
      throw new BadRequestException("Evaluation " + evaluation.getReference() + " has finished, so it cannot "
          + "escalate. Contact the head of service directly.");
    }
    if (result == null) {
      throw new BadRequestException("Evaluation " + evaluation.getReference() + " could not take the escalation.");
    }
  }

  /** Records the escalation in the evaluation's tables; returns its id. */
  public long record(String reference, String raisedBy, String concern) {
    Evaluation evaluation = evaluations.findByReference(reference)
        .orElseThrow(() -> new NotFoundException("There is no evaluation " + reference + "."));
    SafetyEscalation escalation = escalations.saveAndFlush(
        evaluation.raiseSafetyEscalation(raisedBy, concern, deadlines.now()));
    return escalation.getId();
  }

  /** The head of service's confirmation of what was done. */
  public void confirm(long escalationId, String confirmedBy, String actionTaken) {
    SafetyEscalation escalation = escalations.findById(escalationId)
        .orElseThrow(() -> new NotFoundException("There is no safety escalation " + escalationId + "."));
    escalation.confirm(confirmedBy, actionTaken, deadlines.now());
  }
}
