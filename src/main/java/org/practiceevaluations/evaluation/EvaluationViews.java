package org.practiceevaluations.evaluation;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.identity.User;
import org.practiceevaluations.caseregister.ChildCase;
import org.practiceevaluations.catalogue.Catalogue;
import org.practiceevaluations.catalogue.Catalogues;
import org.practiceevaluations.catalogue.Grade;
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
  private final Catalogues catalogues;
  private final org.practiceevaluations.evaluation.ThemeRepository themes;

  public EvaluationViews(EvaluationRepository evaluations, StaffDirectory staff, Catalogues catalogues,
      org.practiceevaluations.evaluation.ThemeRepository themes) {
    this.themes = themes;
    this.evaluations = evaluations;
    this.staff = staff;
    this.catalogues = catalogues;
  }

  public EvaluationView view(String reference) {
    Evaluation e = evaluations.findByReference(reference)
        .orElseThrow(() -> new NotFoundException("No evaluation " + reference + "."));
    return of(e);
  }

  public EvaluationView of(Evaluation e) {
    return build(e, false);
  }

  /**
   * The view a mail is rendered from, in the step's own transaction (the one that read {@code e}): its lists (the
   * sections with their statements, the actions, the family feedback, the safety escalations) are read the first
   * time the template uses them, so a reminder that shows the child, the people and the due date reads no section,
   * action, feedback or escalation row, and builds no section rows (README "Performance"). Never hand it out of the
   * transaction: {@link #of} is the view for everything else.
   */
  public EvaluationView forMail(Evaluation e) {
    return build(e, true);
  }

  private EvaluationView build(Evaluation e, boolean onDemand) {
    // the same people appear several times (auditor and completed-by, owners of actions): look each up once
    Map<String, EvaluationView.Person> known = new java.util.HashMap<>();
    java.util.function.Function<String, EvaluationView.Person> person =
        userId -> userId == null ? null : known.computeIfAbsent(userId, this::person);
    ChildCase c = e.getChildCase();
    EvaluationView.Child child = new EvaluationView.Child(c.getChildReference(), c.getChildName(),
        c.getDateOfBirth(), c.getLegalStatus().label(), c.getLookedAfterSince(), c.getChildProtectionPlanSince(),
        e.getTeam().getCode(), e.getTeam().getName(), e.getTeam().getServiceArea().getCode(),
        e.getTeam().getServiceArea().getName());
    EvaluationPeople p = e.people();
    // everyone the view names, read from the directory in one query (each is then found in the transaction's memo)
    List<String> named = new java.util.ArrayList<>(p.userIds());
    named.add(e.grades().completedBy());
    if (!onDemand) {
      e.getActions().forEach(a -> named.add(a.getOwner()));
    }
    staff.findAll(named);
    EvaluationView.People people = new EvaluationView.People(person.apply(p.auditor()), person.apply(p.moderator()),
        person.apply(p.socialWorker()), person.apply(p.teamManager()), person.apply(p.practiceManager()),
        person.apply(p.headOfService()), person.apply(p.iro()));

    Catalogue catalogue = catalogues.of(e.getCatalogueVersion());
    List<EvaluationView.SectionRow> sections = list(onDemand, () -> sections(catalogue, e));

    List<EvaluationView.Action> actions = list(onDemand, () -> e.getActions().stream()
        .map(a -> new EvaluationView.Action(a.getNumber(), a.getDescription(), person.apply(a.getOwner()),
            a.getDueOn(), a.getSuggestedSolution(), a.getStatus(), a.getProgressNote(), a.getCompletedOn()))
        .toList());
    List<EvaluationView.Feedback> feedback = list(onDemand, () -> e.getFeedback().stream()
        .map(f -> new EvaluationView.Feedback(f.getRespondent(), f.getRelationship(), f.getContactMethod(),
            f.getAnswers(), f.getComments()))
        .toList());
    List<EvaluationView.Escalation> escalations = list(onDemand, () -> e.getSafetyEscalations().stream()
        .map(s -> new EvaluationView.Escalation(person.apply(s.getRaisedBy()), s.getRaisedAt(), s.getConcern(),
            person.apply(s.getHeadOfService()), person.apply(s.getConfirmedBy()), s.getConfirmedAt(),
            s.getActionTaken()))
        .toList());

    return new EvaluationView(e.getReference(), e.getType(), e.isModerated(), e.getStage(),
        e.getProcessInstanceId(), child, people, dates(e), contact(e, feedback), sections, grades(e),
        new EvaluationView.TeamDiscussion(e.reflectiveDiscussion().heldOn(), e.reflectiveDiscussion().attendees(),
            e.reflectiveDiscussion().discussion(), e.reflectiveDiscussion().teamAgrees(),
            e.reflectiveDiscussion().teamView(), e.reflectiveDiscussion().teamViewReason()),
        moderation(e), dispute(e, person), followUp(e), actions, escalations, person.apply(e.grades().completedBy()),
        e.getPreviousEvaluationReference(), tool(catalogue), e.isGoodPracticeToShare(), theme(e));
  }

  /** The list now, or (for a mail) when it is first used. */
  private static <T> List<T> list(boolean onDemand, java.util.function.Supplier<List<T>> read) {
    return onDemand ? org.practiceevaluations.common.OnDemandList.of(read) : read.get();
  }

  private static EvaluationView.Dates dates(Evaluation e) {
    return new EvaluationView.Dates(e.dates().allocatedAt(), e.dates().dueAt(), e.dates().submittedAt(),
        e.moderation().dueAt(), e.moderation().moderatedAt(), e.grades().finalisedAt(), e.dates().sharedAt(),
        e.dates().caseNoteDueAt(), e.dates().completedAt());
  }

  private static EvaluationView.Contact contact(Evaluation e, List<EvaluationView.Feedback> feedback) {
    return new EvaluationView.Contact(e.contact().socialWorkerContactedOn(), e.contact().socialWorkerContactNotes(),
        e.contact().familyContactSafe(), e.contact().familyNotContactedReason(), feedback);
  }

  private static EvaluationView.Grades grades(Evaluation e) {
    return new EvaluationView.Grades(e.grades().firstGrade(), e.moderation().moderatedGrade(), e.grades().finalGrade(),
        e.grades().finalGradeSource(), e.moderation().discrepancy());
  }

  private static EvaluationView.Moderation moderation(Evaluation e) {
    ModerationRecord m = e.moderation();
    return new EvaluationView.Moderation(m.initialFindings(), m.learningForAuditor(), m.learningForTeam(),
        !e.isModerated() ? null : new EvaluationView.TeamDiscussion(m.discussionOn(), null, m.discussion(),
            m.teamAgrees(), m.teamView(), m.teamViewReason()));
  }

  private static EvaluationView.Dispute dispute(Evaluation e, Function<String, EvaluationView.Person> person) {
    DisputeRecord d = e.dispute();
    return new EvaluationView.Dispute(d.gradeDisputed(),
        d.discussion() == null && d.resolved() == null ? null
            : new EvaluationView.GradeDiscussion(d.discussion(), d.resolved(), d.agreedGrade(), d.discussedAt()),
        d.decidedBy() == null ? null : new EvaluationView.GradeDecision(person.apply(d.decidedBy()),
            d.decidedGrade(), d.decisionReason(), d.decidedAt()));
  }

  private static EvaluationView.FollowUp followUp(Evaluation e) {
    return new EvaluationView.FollowUp(e.teamFollowUp().supervisionOn(), e.teamFollowUp().supervisionNotes());
  }

  /** The sections of the evaluation's catalogue version, in its order, with both stages' answers. */
  /** The evaluation's sections as judged, with its tool's version and grade words (the Cockpit tab shows them). */
  public Judged judged(Evaluation e) {
    Catalogue catalogue = catalogues.of(e.getCatalogueVersion());
    return new Judged(tool(catalogue), sections(catalogue, e));
  }

  /** The evaluation tool of an evaluation and its sections as judged. */
  public record Judged(EvaluationView.Tool tool, List<EvaluationView.SectionRow> sections) {}

  static List<EvaluationView.SectionRow> sections(Catalogue catalogue, Evaluation e) {
    Map<String, SectionJudgement> first = bySection(e.sections(SectionJudgement.Stage.FIRST));
    Map<String, SectionJudgement> moderation = bySection(e.sections(SectionJudgement.Stage.MODERATION));
    return catalogue.sections().stream().map(s -> {
      SectionJudgement f = first.get(s.key());
      SectionJudgement m = moderation.get(s.key());
      List<EvaluationView.StatementRow> statements = s.statements().stream()
          .map(st -> new EvaluationView.StatementRow(st.key(), st.text(),
              f != null && f.getStatementsMet().contains(st.key()),
              m != null && m.getStatementsMet().contains(st.key())))
          .toList();
      return new EvaluationView.SectionRow(s.number(), s.key(), s.area(), s.title(), s.judged(),
          s.purpose() == null ? null : s.purpose().code(),
          f == null ? null : f.getJudgement(), f == null ? null : f.getCommentary(),
          m == null ? null : m.getJudgement(), m == null ? null : m.getCommentary(), statements);
    }).toList();
  }

  private EvaluationView.ThemeAnswers theme(Evaluation e) {
    if (e.getThemeReference() == null) {
      return null;
    }
    org.practiceevaluations.evaluation.Theme theme = themes.findByReference(e.getThemeReference()).orElse(null);
    return new EvaluationView.ThemeAnswers(e.getThemeReference(), theme == null ? e.getThemeReference()
        : theme.getName(), theme != null && theme.isMultiAgency(),
        e.getEnquiryAnswers().stream().map(a -> new EvaluationView.Enquiry(a.getLineOfEnquiry(), a.getAnswer()))
            .toList(),
        e.getPartnerAgencies().stream().map(a -> new EvaluationView.Agency(a.getAgency(), a.getFindings())).toList());
  }

  static EvaluationView.Tool tool(Catalogue catalogue) {
    Map<Grade, String> labels = new java.util.EnumMap<>(Grade.class);
    catalogue.grades().forEach(g -> labels.put(g.grade(), g.label()));
    return new EvaluationView.Tool(catalogue.version(), catalogue.name(), labels, catalogue.notRelevantLabel());
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

  private static Map<String, SectionJudgement> bySection(List<SectionJudgement> judgements) {
    return judgements.stream().filter(j -> j.getSectionKey() != null)
        .collect(Collectors.toMap(SectionJudgement::getSectionKey, Function.identity(), (a, b) -> a));
  }
}
