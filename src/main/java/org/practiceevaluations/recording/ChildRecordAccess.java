package org.practiceevaluations.recording;

import org.practiceevaluations.caseregister.CaseRegister;
import org.practiceevaluations.caseregister.ChildCase;
import org.practiceevaluations.common.NotFoundException;
import org.practiceevaluations.evaluation.EvaluationRepository;
import org.practiceevaluations.identity.CurrentUser;
import org.practiceevaluations.identity.StaffGroup;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may read what the audit team recorded on a child's file (case notes, documents): the audit team, and the
 * case's team as the case register has it now: its team manager, its practice manager and the allocated social
 * worker. Anyone else gets the same 404 as for a child or evaluation that does not exist, as in the case register's
 * own API: nobody learns which children are on the register, or which evaluations exist, by asking.
 */
@Component
@Transactional(readOnly = true)
public class ChildRecordAccess {

  private final CurrentUser currentUser;
  private final CaseRegister register;
  private final EvaluationRepository evaluations;

  public ChildRecordAccess(CurrentUser currentUser, CaseRegister register, EvaluationRepository evaluations) {
    this.currentUser = currentUser;
    this.register = register;
    this.evaluations = evaluations;
  }

  /** Returns quietly when the current user may read the child's record; otherwise 404. */
  public void requireReadable(String childReference) {
    if (currentUser.isIn(StaffGroup.AUDIT_TEAM)) {
      return;
    }
    String me = currentUser.userId();
    ChildCase childCase = register.find(childReference).orElseThrow(() -> noChild(childReference));
    boolean casesTeam = me.equals(childCase.getTeam().getTeamManager())
        || me.equals(childCase.getTeam().getPracticeManager())
        || me.equals(childCase.getAllocatedWorker());
    if (!casesTeam) {
      throw noChild(childReference);
    }
  }

  /** The child of an evaluation the current user may read; otherwise 404. */
  public String requireReadableEvaluation(String reference) {
    String childReference = evaluations.findByReference(reference)
        .map(e -> e.getChildReference())
        .orElseThrow(() -> noEvaluation(reference));
    try {
      requireReadable(childReference);
    } catch (NotFoundException e) {
      throw noEvaluation(reference);
    }
    return childReference;
  }

  static NotFoundException noChild(String childReference) {
    return new NotFoundException("No case with child reference " + childReference + ".");
  }

  static NotFoundException noEvaluation(String reference) {
    return new NotFoundException("No evaluation " + reference + ".");
  }
}
