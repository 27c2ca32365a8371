package org.practiceevaluations.reporting;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.practiceevaluations.concern.CaseOfConcern;
import org.practiceevaluations.directory.TeamDirectory;
import org.practiceevaluations.evaluation.Evaluation;
import org.practiceevaluations.evaluation.EvaluationStage;
import org.practiceevaluations.evaluation.FamilyFeedback;
import org.practiceevaluations.evaluation.SectionJudgement;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the facts the reports collate from the evaluation tables, the cases of concern and the team directory, and
 * collates them ({@link Collation}). Read-only; runs in the caller's transaction when there is one.
 */
@Service
@Transactional(readOnly = true)
public class ReportData {

  @PersistenceContext
  private EntityManager entityManager;

  private final TeamDirectory directory;
  private final Clock clock;

  public ReportData(TeamDirectory directory, Clock clock) {
    this.directory = directory;
    this.clock = clock;
  }

  public ZoneId zone() {
    return clock.getZone();
  }

  public Instant now() {
    return clock.instant();
  }

  /** The figures of the period and the one before, as of {@code asOf}. */
  public ReportFigures figures(ReportPeriod period, Instant asOf) {
    ReportPeriod both = new ReportPeriod(period.previous().start(), period.end());
    return Collation.collate(period, asOf, zone(), teams(), evaluations(both), concerns(both));
  }

  /** Every team of the directory with its service area. */
  public List<TeamInfo> teams() {
    return directory.teams().stream()
        .map(t -> new TeamInfo(t.getCode(), t.getName(), t.getServiceArea().getCode(), t.getServiceArea().getName()))
        .toList();
  }

  /** Evaluations whose final grade was settled, or which were due, in the period. */
  public List<EvaluationFacts> evaluations(ReportPeriod period) {
    Instant from = period.startAt(zone());
    Instant to = period.endAt(zone());
    List<Evaluation> found = entityManager.createQuery(
            "select e from Evaluation e where (e.finalisedAt >= :from and e.finalisedAt < :to) "
                + "or (e.dueAt >= :from and e.dueAt < :to) order by e.reference", Evaluation.class)
        .setParameter("from", from).setParameter("to", to).getResultList();
    return found.stream().map(ReportData::facts).toList();
  }

  /** Cases of concern opened or closed in the period, by the team of the evaluation that opened them. */
  public List<ConcernFacts> concerns(ReportPeriod period) {
    Instant from = period.startAt(zone());
    Instant to = period.endAt(zone());
    List<CaseOfConcern> found = entityManager.createQuery(
            "select c from CaseOfConcern c where (c.openedAt >= :from and c.openedAt < :to) "
                + "or (c.closedAt >= :from and c.closedAt < :to) order by c.reference", CaseOfConcern.class)
        .setParameter("from", from).setParameter("to", to).getResultList();
    if (found.isEmpty()) {
      return List.of();
    }
    Map<String, String> teamOf = new HashMap<>();
    entityManager.createQuery("select e.reference, e.team.code from Evaluation e where e.reference in :references",
            Object[].class)
        .setParameter("references", found.stream().map(CaseOfConcern::getFirstEvaluationReference).toList())
        .getResultList().forEach(row -> teamOf.put((String) row[0], (String) row[1]));
    return found.stream().map(c -> new ConcernFacts(c.getReference(), teamOf.get(c.getFirstEvaluationReference()),
        c.getOpenedAt(), c.getClosedAt())).toList();
  }

  static EvaluationFacts facts(Evaluation e) {
    List<SectionJudgement> moderation = e.sections(SectionJudgement.Stage.MODERATION);
    List<SectionJudgement> finalSections = e.isModerated() && !moderation.isEmpty() ? moderation
        : e.sections(SectionJudgement.Stage.FIRST);
    Map<Integer, org.practiceevaluations.evaluation.Judgement> sections = new HashMap<>();
    finalSections.forEach(s -> sections.put(s.getSectionNumber(), s.getJudgement()));
    int children = (int) e.getFeedback().stream()
        .filter(f -> f.getRespondent() == FamilyFeedback.Respondent.CHILD).count();
    int parents = e.getFeedback().size() - children;
    return new EvaluationFacts(e.getReference(), e.getType(), e.getTeam().getCode(), e.getDueAt(),
        e.getSubmittedAt(), e.getFinalisedAt(), e.getStage() == EvaluationStage.CANCELLED, e.isModerated(),
        e.getFirstGrade(), e.getModeratedGrade(), e.getFinalGrade(), sections, children, parents,
        e.getActions().stream().map(a -> new EvaluationFacts.ActionFacts(a.getDueOn(), !a.isOpen())).toList());
  }
}
