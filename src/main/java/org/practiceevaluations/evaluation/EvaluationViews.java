package org.practiceevaluations.evaluation;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.identity.User;
import org.practiceevaluations.caseregister.ChildCase;
import org.practiceevaluations.common.NotFoundException;
import org.practiceevaluations.identity.StaffDirectory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Builds {@link EvaluationView}s from the evaluation tables and the staff directory. */
@Service
@Transactional(readOnly = true)
public class EvaluationViews {

  private final EvaluationRepository evaluations;
  private final StaffDirectory staff;

  public EvaluationViews(EvaluationRepository evaluations, StaffDirectory staff) {
    this.evaluations = evaluations;
    this.staff = staff;
  }

  public EvaluationView view(String reference) {
    Evaluation e = evaluations.findByReference(reference)
        .orElseThrow(() -> new NotFoundException("No evaluation " + reference + "."));
    return of(e);
  }

  public EvaluationView of(Evaluation e) {
    // the same people appear several times (auditor and completed-by, owners of actions): look each up once
    Map<String, EvaluationView.Person> known = new java.util.HashMap<>();
    java.util.function.Function<String, EvaluationView.Person> person =
        userId -> userId == null ? null : known.computeIfAbsent(userId, this::person);
    ChildCase c = e.getChildCase();
    EvaluationView.Child child = new EvaluationView.Child(c.getChildReference(), c.getChildName(),
        c.getDateOfBirth(), c.getLegalStatus().label(), c.getLookedAfterSince(), c.getChildProtectionPlanSince(),
        e.getTeam().getCode(), e.getTeam().getName(), e.getTeam().getServiceArea().getCode(),
        e.getTeam().getServiceArea().getName());
    EvaluationView.People people = new EvaluationView.People(person.apply(e.getAuditor()),
        person.apply(e.getModerator()), person.apply(e.getSocialWorker()), person.apply(e.getTeamManager()),
        person.apply(e.getPracticeManager()), person.apply(e.getHeadOfService()), person.apply(e.getIro()));

    Map<Integer, SectionJudgement> first = bySection(e.sections(SectionJudgement.Stage.FIRST));
    Map<Integer, SectionJudgement> moderation = bySection(e.sections(SectionJudgement.Stage.MODERATION));
    List<EvaluationView.SectionRow> sections = Section.judged().stream().map(s -> {
      SectionJudgement f = first.get(s.number());
      SectionJudgement m = moderation.get(s.number());
      return new EvaluationView.SectionRow(s.number(), s.title(),
          f == null ? null : f.getJudgement(), f == null ? null : f.getCommentary(),
          m == null ? null : m.getJudgement(), m == null ? null : m.getCommentary());
    }).toList();

    List<EvaluationView.Action> actions = e.getActions().stream()
        .map(a -> new EvaluationView.Action(a.getNumber(), a.getDescription(), person.apply(a.getOwner()),
            a.getDueOn(), a.getSuggestedSolution(), a.getStatus(), a.getProgressNote(), a.getCompletedOn()))
        .toList();
    List<EvaluationView.Feedback> feedback = e.getFeedback().stream()
        .map(f -> new EvaluationView.Feedback(f.getRespondent(), f.getRelationship(), f.getContactMethod(),
            f.getAnswers(), f.getComments()))
        .toList();
    List<EvaluationView.Escalation> escalations = e.getSafetyEscalations().stream()
        .map(s -> new EvaluationView.Escalation(person.apply(s.getRaisedBy()), s.getRaisedAt(), s.getConcern(),
            person.apply(s.getHeadOfService()), person.apply(s.getConfirmedBy()), s.getConfirmedAt(),
            s.getActionTaken()))
        .toList();

    return new EvaluationView(e.getReference(), e.getType(), e.isModerated(), e.getStage(),
        e.getProcessInstanceId(), child, people, e.getAllocatedAt(), e.getDueAt(), e.getSubmittedAt(),
        e.getModerationDueAt(), e.getModeratedAt(), e.getFinalisedAt(), e.getSharedAt(), e.getCaseNoteDueAt(),
        e.getCompletedAt(), e.getSocialWorkerContactedOn(), e.getSocialWorkerContactNotes(),
        e.getFamilyContactSafe(), e.getFamilyNotContactedReason(), feedback, sections, e.getFirstGrade(),
        e.getModeratedGrade(), e.getFinalGrade(), e.getFinalGradeSource(), e.getDiscrepancy(),
        new EvaluationView.TeamDiscussion(e.getReflectiveDiscussionOn(), e.getReflectiveDiscussionAttendees(),
            e.getReflectiveDiscussion(), e.getTeamAgreesWithGrade(), e.getTeamViewOfGrade(), e.getTeamViewReason()),
        e.getInitialFindings(), e.getLearningForAuditor(), e.getLearningForTeam(),
        !e.isModerated() ? null : new EvaluationView.TeamDiscussion(e.getModerationDiscussionOn(), null,
            e.getModerationDiscussion(), e.getModerationTeamAgreesWithGrade(), e.getModerationTeamViewOfGrade(),
            e.getModerationTeamViewReason()),
        e.isGradeDisputed(),
        e.getDisputeDiscussion() == null && e.getDisputeResolved() == null ? null
            : new EvaluationView.GradeDiscussion(e.getDisputeDiscussion(), e.getDisputeResolved(), e.getAgreedGrade(),
                e.getDisputeDiscussedAt()),
        e.getDecidedBy() == null ? null : new EvaluationView.GradeDecision(person.apply(e.getDecidedBy()),
            e.getDecidedGrade(), e.getDecisionReason(), e.getDecidedAt()),
        e.getSupervisionOn(), e.getSupervisionNotes(), actions, escalations, person.apply(e.getCompletedBy()),
        e.getPreviousEvaluationReference());
  }

  private EvaluationView.Person person(String userId) {
    if (userId == null) {
      return null;
    }
    // one look-up per person: name and address come from the same user
    Optional<User> user = staff.find(userId);
    return new EvaluationView.Person(userId, StaffDirectory.displayName(user, userId),
        StaffDirectory.email(user).orElse(""));
  }

  private static Map<Integer, SectionJudgement> bySection(List<SectionJudgement> judgements) {
    return judgements.stream().collect(Collectors.toMap(SectionJudgement::getSectionNumber, Function.identity()));
  }
}
