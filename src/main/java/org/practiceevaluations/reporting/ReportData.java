package org.practiceevaluations.reporting;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import javax.sql.DataSource;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.practiceevaluations.catalogue.Catalogues;
import org.practiceevaluations.catalogue.Grade;
import org.practiceevaluations.catalogue.Judgement;
import org.practiceevaluations.concern.CaseOfConcern;
import org.practiceevaluations.directory.TeamDirectory;
import org.practiceevaluations.evaluation.EvaluationAction;
import org.practiceevaluations.evaluation.EvaluationStage;
import org.practiceevaluations.evaluation.EvaluationType;
import org.practiceevaluations.evaluation.FamilyFeedback;
import org.practiceevaluations.evaluation.SectionJudgement;
import org.practiceevaluations.filing.ReportPeriod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
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
  /** Reads the periods' sections a few thousand rows at a time (the transaction's connection). */
  private final JdbcTemplate streaming;
  private final Clock clock;
  private final Catalogues catalogues;

  public ReportData(TeamDirectory directory, DataSource dataSource, Clock clock, Catalogues catalogues) {
    this.directory = directory;
    this.streaming = new JdbcTemplate(dataSource);
    this.streaming.setFetchSize(FETCH);
    this.clock = clock;
    this.catalogues = catalogues;
  }

  /** The words of every version of the evaluation tool, newest first (sections, statements). */
  public ToolWords toolWords() {
    return ToolWords.of(catalogues.all());
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
    return Collation.collate(period, asOf, zone(), teams(), evaluations(both), concerns(both), toolWords(),
        judgements(period, period.previous()));
  }

  /** Every team of the directory with its service area. */
  public List<TeamInfo> teams() {
    return directory.teams().stream()
        .map(t -> new TeamInfo(t.getCode(), t.getName(), t.getServiceArea().getCode(), t.getServiceArea().getName()))
        .toList();
  }

  /** Which evaluations a period holds: final grade settled in it, or due in it (JPQL, on {@code e}). */
  private static final String IN_PERIOD = "((e.grades.finalisedAt >= :from and e.grades.finalisedAt < :to) "
      + "or (e.dates.dueAt >= :from and e.dates.dueAt < :to))";
  /** Rows the database hands over at a time while a child table's rows of the period are read. */
  private static final int FETCH = 5_000;

  /**
   * Evaluations whose final grade was settled, or which were due, in the period, without their section judgements
   * and statements (counted per team as they stream: {@link #judgements}). Read as plain columns, never their texts and never
   * as entities (nothing joins the caller's persistence context): a period of 100,000 evaluations fits in a small heap
   * (loading them as entities, with every commentary, ran the benchmark's 2 GB heap out of memory). The feedback and
   * the actions are each one query joined to the period, streamed.
   */
  public List<EvaluationFacts> evaluations(ReportPeriod period) {
    Instant from = period.startAt(zone());
    Instant to = period.endAt(zone());
    List<Object[]> rows = entityManager.createQuery(
            "select e.id, e.reference, e.type, t.code, e.dates.dueAt, e.dates.submittedAt, e.grades.finalisedAt, "
                + "e.stage, e.moderated, e.grades.firstGrade, e.moderation.moderatedGrade, e.grades.finalGrade "
                + "from Evaluation e join e.team t where " + IN_PERIOD + " order by e.reference", Object[].class)
        .setParameter("from", from).setParameter("to", to).getResultList();
    Map<Long, int[]> feedback = new HashMap<>();
    forEachRow("select f.evaluation.id, f.respondent from FamilyFeedback f join f.evaluation e where " + IN_PERIOD,
        from, to, r -> feedback.computeIfAbsent((Long) r[0], id -> new int[2])
            [r[1] == FamilyFeedback.Respondent.CHILD ? 0 : 1]++);
    Map<Long, List<EvaluationFacts.ActionFacts>> actions = new HashMap<>();
    forEachRow("select a.evaluation.id, a.dueOn, a.status from EvaluationAction a join a.evaluation e where "
        + IN_PERIOD + " order by a.evaluation.id, a.number", from, to,
        r -> actions.computeIfAbsent((Long) r[0], id -> new ArrayList<>())
            .add(new EvaluationFacts.ActionFacts((LocalDate) r[1], r[2] != EvaluationAction.Status.OPEN)));
    List<EvaluationFacts> facts = new ArrayList<>(rows.size());
    for (Object[] r : rows) {
      Long id = (Long) r[0];
      int[] said = feedback.getOrDefault(id, new int[2]);
      facts.add(new EvaluationFacts((String) r[1], (EvaluationType) r[2], (String) r[3], (Instant) r[4],
          (Instant) r[5], (Instant) r[6], r[7] == EvaluationStage.CANCELLED, (Boolean) r[8], (Grade) r[9],
          (Grade) r[10], (Grade) r[11], null, said[0], said[1], actions.getOrDefault(id, List.of()), null, null));
    }
    return facts;
  }

  /** The evaluations completed (not cancelled, final grade settled) in either of two periods (SQL, on {@code e}). */
  private static final String COMPLETED_IN_EITHER = "e.stage <> 'CANCELLED' and ((e.finalised_at >= ? and "
      + "e.finalised_at < ?) or (e.finalised_at >= ? and e.finalised_at < ?))";

  /**
   * The section judgements and statements met of the evaluations completed in each of the two periods, counted per
   * team and period ({@link JudgementCounter}): their sections with each statement met, streamed a few thousand rows
   * at a time in plain JDBC (2.7 million rows for 100,000 evaluations, which the database reads in one pass), then
   * each evaluation's team, period, catalogue version and moderation.
   */
  public JudgementTally judgements(ReportPeriod period, ReportPeriod other) {
    Object[] periods = {utc(period.startAt(zone())), utc(period.endAt(zone())), utc(other.startAt(zone())),
        utc(other.endAt(zone()))};
    JudgementCounter counter = new JudgementCounter(catalogues::version);
    streaming.query("select s.evaluation_id, s.stage, s.section_key, s.judgement, m.statement_key "
        + "from pe_evaluation_section s join pe_evaluation e on e.id = s.evaluation_id "
        + "left join pe_evaluation_statement m on m.section_id = s.id where " + COMPLETED_IN_EITHER,
        (RowCallbackHandler) rs -> counter.section(rs.getLong(1), SectionJudgement.Stage.valueOf(rs.getString(2)), rs.getString(3),
            rs.getString(4), rs.getString(5)), periods);
    Instant otherFrom = other.startAt(zone());
    Instant otherTo = other.endAt(zone());
    streaming.query("select e.id, t.code, e.finalised_at, e.catalogue_version, e.moderated from pe_evaluation e "
        + "join pe_team t on t.id = e.team_id where " + COMPLETED_IN_EITHER,
        (RowCallbackHandler) rs -> {
          Instant finalised = rs.getObject(3, java.time.OffsetDateTime.class).toInstant();
          Integer version = rs.getObject(4, Integer.class);
          counter.completed(rs.getLong(1), rs.getString(2),
              !finalised.isBefore(otherFrom) && finalised.isBefore(otherTo) ? other : period, version,
              rs.getBoolean(5));
        }, periods);
    return counter.tally();
  }

  /** An instant as JDBC binds it to a column with a time zone, on PostgreSQL and H2 alike. */
  private static java.time.OffsetDateTime utc(Instant instant) {
    return instant.atOffset(java.time.ZoneOffset.UTC);
  }

  /** Each row of a query over the period's evaluations, streamed from the database a few thousand at a time. */
  private void forEachRow(String jpql, Instant from, Instant to, java.util.function.Consumer<Object[]> row) {
    try (java.util.stream.Stream<Object[]> rows = entityManager.createQuery(jpql, Object[].class)
        .setParameter("from", from).setParameter("to", to).setHint("org.hibernate.fetchSize", FETCH)
        .getResultStream()) {
      rows.forEach(row);
    }
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
