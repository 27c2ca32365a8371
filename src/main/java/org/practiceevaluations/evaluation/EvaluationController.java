package org.practiceevaluations.evaluation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.practiceevaluations.common.BadRequestException;
import org.practiceevaluations.common.NotFoundException;
import org.practiceevaluations.identity.CurrentUser;
import org.practiceevaluations.identity.StaffGroup;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Evaluations over REST. The audit team sees every evaluation; anyone else only the evaluations they have a part
 * in (auditor, moderator, the case's social worker, team manager, practice manager, head of service, IRO). For
 * anyone else an evaluation does not exist (404), so nobody learns which children are being audited.
 */
@RestController
@RequestMapping("/api/evaluations")
public class EvaluationController {

  private final EvaluationRepository evaluations;
  private final EvaluationViews views;
  private final SafetyEscalations escalations;
  private final CurrentUser currentUser;
  private final Clock clock;

  public EvaluationController(EvaluationRepository evaluations, EvaluationViews views, SafetyEscalations escalations,
      CurrentUser currentUser, Clock clock) {
    this.clock = clock;
    this.evaluations = evaluations;
    this.views = views;
    this.escalations = escalations;
    this.currentUser = currentUser;
  }

  /** One line per evaluation, for lists. */
  public record Summary(String reference, String type, boolean moderated, String stage, String childReference,
      String teamName, String auditor, String moderator, Instant allocatedAt, Instant dueAt, Instant submittedAt,
      String finalGrade) {
    static Summary of(Evaluation e) {
      return new Summary(e.getReference(), e.getType().code(), e.isModerated(), e.getStage().name(),
          e.getChildReference(), e.getTeam().getName(), e.people().auditor(), e.people().moderator(),
          e.dates().allocatedAt(), e.dates().dueAt(), e.dates().submittedAt(),
          e.grades().finalGrade() == null ? null : e.grades().finalGrade().code());
    }
  }

  public record EscalationRequest(String concern) {}

  /** The audit team's list of evaluations whose first auditor's work is past due. */
  @GetMapping("/overdue")
  public List<Summary> overdue() {
    currentUser.requireAny(StaffGroup.AUDIT_TEAM);
    return evaluations.findOverdue(clock.instant()).stream().map(Summary::of).toList();
  }

  /** Read in one transaction: the view reads the evaluation's sections, actions and feedback as it goes. */
  @GetMapping("/{reference}")
  @Transactional(readOnly = true)
  public EvaluationView get(@PathVariable String reference) {
    return views.of(visible(reference));
  }

  /**
   * Raises a safety escalation (docs/guide.md, "Safety escalations"): the evaluation's auditor or moderator, or the
   * audit team on their behalf. The head of service, team manager and audit manager are told at once.
   */
  @PostMapping("/{reference}/safety-escalations")
  @ResponseStatus(HttpStatus.ACCEPTED)
  public void raiseSafetyEscalation(@PathVariable String reference, @RequestBody EscalationRequest request,
      @org.springframework.web.bind.annotation.RequestHeader(name = "Idempotency-Key", required = false)
      String idempotencyKey) {
    String me = currentUser.userId();
    if (request == null) {
      throw new BadRequestException("Describe the concern for the child's safety.");
    }
    Evaluation evaluation = visible(reference);
    escalations.raise(evaluation.getReference(), me, request.concern(), currentUser.isIn(StaffGroup.AUDIT_TEAM),
        idempotencyKey);
  }

  private Evaluation visible(String reference) {
    Evaluation evaluation = evaluations.findByReference(reference).orElse(null);
    String me = currentUser.userId();
    if (evaluation == null || !(currentUser.isIn(StaffGroup.AUDIT_TEAM) || evaluation.people().involves(me))) {
      throw new NotFoundException("No evaluation " + reference + ".");
    }
    return evaluation;
  }
}
