package org.practiceevaluations.evaluation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.practiceevaluations.caseregister.CaseRegister;
import org.practiceevaluations.caseregister.ChildCase;
import org.practiceevaluations.directory.CouncilRole;
import org.practiceevaluations.directory.TeamDirectory;
import org.practiceevaluations.identity.StaffDirectory;
import org.practiceevaluations.identity.StaffGroup;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Allocates an evaluation: checks the request against the case register and the directory, and creates the
 * evaluation with its reference and its people. Every problem is reported at once, in plain words; nothing is
 * stored when there is one.
 */
@Service
public class EvaluationAllocation {

  private final CaseRegister register;
  private final TeamDirectory directory;
  private final StaffDirectory staff;
  private final EvaluationRepository evaluations;
  private final ReferenceGenerator references;
  private final Deadlines deadlines;
  private final org.practiceevaluations.evaluation.ThemeRepository themes;
  private final org.practiceevaluations.catalogue.Catalogues catalogues;

  public EvaluationAllocation(CaseRegister register, TeamDirectory directory, StaffDirectory staff,
      EvaluationRepository evaluations, ReferenceGenerator references, Deadlines deadlines,
      org.practiceevaluations.evaluation.ThemeRepository themes, org.practiceevaluations.catalogue.Catalogues catalogues) {
    this.catalogues = catalogues;
    this.register = register;
    this.directory = directory;
    this.staff = staff;
    this.evaluations = evaluations;
    this.references = references;
    this.deadlines = deadlines;
    this.themes = themes;
  }

  /** Thrown when an allocation request cannot be accepted; the message lists every problem. */
  public static class AllocationRefused extends RuntimeException {
    private final List<String> problems;

    public AllocationRefused(List<String> problems) {
      super("The evaluation was not started: " + String.join(" ", problems));
      this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
      return problems;
    }
  }

  /** Checks the request; returns nothing when it is acceptable, otherwise throws {@link AllocationRefused}. */
  @Transactional(readOnly = true)
  public void check(AllocationRequest request) {
    List<String> problems = problems(request);
    if (!problems.isEmpty()) {
      throw new AllocationRefused(problems);
    }
  }

  /** Creates the evaluation; the due date is set later from the deadlines decision (a provisional one now). */
  @Transactional
  public Evaluation allocate(AllocationRequest request) {
    check(request);
    ChildCase childCase = register.get(request.childReference().trim());
    EvaluationType type = EvaluationType.parse(request.evaluationType());
    String moderator = blankToNull(request.moderator());
    Instant now = deadlines.now();
    int year = now.atZone(deadlines.zone()).getYear();
    Evaluation evaluation = new Evaluation(references.next("PE", year), type, moderator != null, childCase,
        request.auditor().trim(), moderator, request.allocatedBy(), now, deadlines.dueAfter(now, "P1M"));
    // the evaluation tool as it is now: a later version applies to later evaluations only
    evaluation.useCatalogue(catalogues.current().version());
    if (blankToNull(request.previousEvaluationReference()) != null) {
      evaluation.followUp(request.previousEvaluationReference().trim());
    }
    if (blankToNull(request.themeReference()) != null) {
      evaluation.belongsToTheme(request.themeReference().trim());
    }
    return evaluations.save(evaluation);
  }

  /** The audit manager named in the directory; the processes cannot run without one. */
  public String auditManager() {
    return directory.holderOf(CouncilRole.AUDIT_MANAGER).orElseThrow(() -> new AllocationRefused(List.of(
        "No audit manager is named in the team directory (PUT /api/directory/roles/audit-manager).")));
  }

  /**
   * What a manager who is not in the audit team is told when the child is not one of their team's: the same words
   * whether the reference exists, is closed or belongs to another team, so a refusal reveals nothing of the child.
   */
  static final String NOT_YOUR_TEAMS_CHILD = "You can start a transfer or closure audit only for a child in a team "
      + "you manage. Check the child's reference.";
  static final String ONLY_THE_AUDIT_TEAM = "Only the audit team allocates evaluations; a manager may start a "
      + "transfer or closure audit of a child in a team they manage, which they complete themselves.";

  List<String> problems(AllocationRequest request) {
    String initiator = blankToNull(request.allocatedBy());
    if (initiator != null && !staff.isMember(initiator, StaffGroup.AUDIT_TEAM)) {
      List<String> refused = managerProblems(request, initiator);
      if (!refused.isEmpty()) {
        return refused;
      }
    }
    List<String> problems = new ArrayList<>();
    String reference = blankToNull(request.childReference());
    ChildCase childCase = null;
    if (reference == null) {
      problems.add("Choose the child's case (the child reference).");
    } else {
      childCase = register.find(reference.trim()).orElse(null);
      if (childCase == null) {
        problems.add("There is no case with the child reference " + reference.trim() + ".");
      }
    }
    EvaluationType type = EvaluationType.parse(request.evaluationType());
    if (type == null) {
      problems.add("Choose the type of evaluation.");
    }
    if (childCase != null && !childCase.isOpen() && type != EvaluationType.CLOSURE) {
      problems.add("The case " + childCase.getChildReference() + " is closed; only a closure audit can be started.");
    }
    String auditor = blankToNull(request.auditor());
    String moderator = blankToNull(request.moderator());
    if (auditor == null) {
      problems.add("Choose the auditor.");
    } else if (!staff.exists(auditor.trim())) {
      problems.add("There is no user " + auditor.trim() + " to be the auditor.");
    } else {
      auditor = auditor.trim();
      boolean peer = type == EvaluationType.PEER;
      if (!peer && !staff.isMember(auditor, StaffGroup.AUDITORS)) {
        problems.add(auditor + " is not in the auditors group.");
      }
      if (peer && !staff.isMember(auditor, StaffGroup.SOCIAL_WORKERS)) {
        problems.add("A peer audit is done by a social worker; " + auditor + " is not in the social workers group.");
      }
      if (childCase != null && auditor.equals(childCase.getAllocatedWorker())) {
        problems.add(auditor + " is the allocated social worker of this case and cannot audit it.");
      }
      boolean managerAudit = type == EvaluationType.TRANSFER || type == EvaluationType.CLOSURE;
      if (childCase != null && !managerAudit && auditor.equals(childCase.getTeam().getTeamManager())) {
        problems.add(auditor + " is the team manager of this case and cannot audit it (except at transfer or closure).");
      }
    }
    if (type == EvaluationType.MODERATED && moderator == null) {
      problems.add("A moderated evaluation needs a moderator.");
    }
    if (moderator != null) {
      moderator = moderator.trim();
      if (!staff.exists(moderator)) {
        problems.add("There is no user " + moderator + " to be the moderator.");
      } else if (!staff.isMember(moderator, StaffGroup.MODERATORS)) {
        problems.add(moderator + " is not in the moderators group.");
      } else if (moderator.equals(auditor)) {
        problems.add("The moderator must be someone other than the auditor.");
      }
    }
    String theme = blankToNull(request.themeReference());
    boolean thematic = type == EvaluationType.THEMATIC || type == EvaluationType.MULTI_AGENCY_THEMATIC;
    if (thematic && theme == null) {
      problems.add("A thematic audit belongs to a theme: start it from \"Thematic audit\", or give the theme's "
          + "reference.");
    }
    if (theme != null && themes.findByReference(theme.trim()).isEmpty()) {
      problems.add("There is no theme " + theme.trim() + ".");
    }
    String previous = blankToNull(request.previousEvaluationReference());
    if (type == EvaluationType.RE_AUDIT && previous == null) {
      problems.add("A re-audit needs the reference of the evaluation it follows up.");
    }
    if (previous != null && evaluations.findByReference(previous.trim()).isEmpty()) {
      problems.add("There is no evaluation " + previous.trim() + " to follow up.");
    }
    if (directory.holderOf(CouncilRole.AUDIT_MANAGER).isEmpty()) {
      problems.add("No audit manager is named in the team directory.");
    }
    return problems;
  }

  /**
   * A start by someone outside the audit team: only a transfer or closure audit of a child in a team they manage
   * (its team manager or practice manager), which they complete themselves. Checked against the person logged in
   * (the process's initiator), before anything else, so nothing else said can reveal the child.
   */
  private List<String> managerProblems(AllocationRequest request, String initiator) {
    EvaluationType type = EvaluationType.parse(request.evaluationType());
    if (type != EvaluationType.TRANSFER && type != EvaluationType.CLOSURE) {
      return List.of(ONLY_THE_AUDIT_TEAM);
    }
    String reference = blankToNull(request.childReference());
    ChildCase childCase = reference == null ? null : register.find(reference.trim()).orElse(null);
    boolean manages = childCase != null && (initiator.equals(childCase.getTeam().getTeamManager())
        || initiator.equals(childCase.getTeam().getPracticeManager()));
    if (!manages) {
      return List.of(NOT_YOUR_TEAMS_CHILD);
    }
    String auditor = blankToNull(request.auditor());
    if (auditor == null || !initiator.equals(auditor.trim())) {
      return List.of("You complete a transfer or closure audit yourself: choose yourself as the auditor.");
    }
    return List.of();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
