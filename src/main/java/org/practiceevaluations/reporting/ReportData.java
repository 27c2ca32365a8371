package org.practiceevaluations.reporting;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.practiceevaluations.concern.CaseOfConcern;
import org.practiceevaluations.directory.TeamDirectory;
import org.practiceevaluations.evaluation.EvaluationAction;
import org.practiceevaluations.evaluation.EvaluationStage;
import org.practiceevaluations.evaluation.EvaluationType;
import org.practiceevaluations.evaluation.FamilyFeedback;
import org.practiceevaluations.evaluation.Grade;
import org.practiceevaluations.evaluation.Judgement;
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

  /** Evaluations whose sections, feedback and actions are read together. */
  private static final int BATCH = 1_000;

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

  /**
   * Evaluations whose final grade was settled, or which were due, in the period. Read as plain columns, the
   * sections, feedback and actions in batches of ids, never their texts and never as entities (nothing joins the
   * caller's persistence context): a period of 100,000 evaluations fits in a small heap (loading them as entities,
   * with every commentary, ran the benchmark's 2 GB heap out of memory).
   */
  public List<EvaluationFacts> evaluations(ReportPeriod period) {
    Instant from = period.startAt(zone());
    Instant to = period.endAt(zone());
    List<Object[]> rows = entityManager.createQuery(
            "select e.id, e.reference, e.type, t.code, e.dueAt, e.submittedAt, e.finalisedAt, e.stage, e.moderated, "
                + "e.firstGrade, e.moderatedGrade, e.finalGrade from Evaluation e join e.team t "
                + "where (e.finalisedAt >= :from and e.finalisedAt < :to) or (e.dueAt >= :from and e.dueAt < :to) "
                + "order by e.reference", Object[].class)
        .setParameter("from", from).setParameter("to", to).getResultList();
    List<EvaluationFacts> facts = new ArrayList<>(rows.size());
    for (int start = 0; start < rows.size(); start += BATCH) {
      List<Object[]> batch = rows.subList(start, Math.min(rows.size(), start + BATCH));
      List<Long> ids = batch.stream().map(row -> (Long) row[0]).toList();
      Map<Long, Map<SectionJudgement.Stage, Map<Integer, Judgement>>> sections = new HashMap<>();
      entityManager.createQuery("select s.evaluation.id, s.stage, s.sectionNumber, s.judgement "
              + "from SectionJudgement s where s.evaluation.id in :ids", Object[].class)
          .setParameter("ids", ids).getResultList()
          .forEach(r -> sections.computeIfAbsent((Long) r[0], id -> new EnumMap<>(SectionJudgement.Stage.class))
              .computeIfAbsent((SectionJudgement.Stage) r[1], stage -> new HashMap<>())
              .put((Integer) r[2], (Judgement) r[3]));
      Map<Long, int[]> feedback = new HashMap<>();
      entityManager.createQuery("select f.evaluation.id, f.respondent from FamilyFeedback f "
              + "where f.evaluation.id in :ids", Object[].class)
          .setParameter("ids", ids).getResultList()
          .forEach(r -> feedback.computeIfAbsent((Long) r[0], id -> new int[2])
              [r[1] == FamilyFeedback.Respondent.CHILD ? 0 : 1]++);
      Map<Long, List<EvaluationFacts.ActionFacts>> actions = new HashMap<>();
      entityManager.createQuery("select a.evaluation.id, a.dueOn, a.status from EvaluationAction a "
              + "where a.evaluation.id in :ids order by a.evaluation.id, a.number", Object[].class)
          .setParameter("ids", ids).getResultList()
          .forEach(r -> actions.computeIfAbsent((Long) r[0], id -> new ArrayList<>())
              .add(new EvaluationFacts.ActionFacts((LocalDate) r[1], r[2] != EvaluationAction.Status.OPEN)));
      for (Object[] r : batch) {
        Long id = (Long) r[0];
        boolean moderated = (Boolean) r[8];
        Map<SectionJudgement.Stage, Map<Integer, Judgement>> byStage = sections.getOrDefault(id, Map.of());
        Map<Integer, Judgement> moderation = byStage.getOrDefault(SectionJudgement.Stage.MODERATION, Map.of());
        Map<Integer, Judgement> finalSections = moderated && !moderation.isEmpty() ? moderation
            : byStage.getOrDefault(SectionJudgement.Stage.FIRST, Map.of());
        int[] said = feedback.getOrDefault(id, new int[2]);
        facts.add(new EvaluationFacts((String) r[1], (EvaluationType) r[2], (String) r[3], (Instant) r[4],
            (Instant) r[5], (Instant) r[6], r[7] == EvaluationStage.CANCELLED, moderated, (Grade) r[9],
            (Grade) r[10], (Grade) r[11], new HashMap<>(finalSections), said[0], said[1],
            actions.getOrDefault(id, List.of())));
      }
    }
    return facts;
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

}
