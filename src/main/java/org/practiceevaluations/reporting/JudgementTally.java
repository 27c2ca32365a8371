package org.practiceevaluations.reporting;

import java.time.ZoneId;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.practiceevaluations.catalogue.Judgement;
import org.practiceevaluations.filing.ReportPeriod;

/**
 * The final section judgements, and the statements of what good looks like offered and found met, of the evaluations
 * completed in a period, counted per team: what the report's section and statement figures are made of ({@link
 * Collation}). Plain data. {@link ReportData} counts them as the rows stream from the database ({@link
 * JudgementCounter}: a quarter of 100,000 evaluations holds millions of section and statement rows, ADR 0035);
 * {@link #of} counts them from evaluation facts that carry their judgements, with the same rules, for a small data
 * set or a test.
 */
public final class JudgementTally {

  /** What one team, or a scope's teams together, counted in one period. */
  public static final class Counts {

    private final Map<String, Map<Judgement, Integer>> sections = new HashMap<>();
    /** Each statement ("section/statement"): how many evaluations offered it, how many found it met. */
    private final Map<String, int[]> statements = new HashMap<>();

    /** How many evaluations gave the section (by its key) this judgement. */
    public int section(String key, Judgement judgement) {
      return sections.getOrDefault(key, Map.of()).getOrDefault(judgement, 0);
    }

    /** How many evaluations offered the statement (in a section they judged relevant). */
    public int offered(String statement) {
      int[] counted = statements.get(statement);
      return counted == null ? 0 : counted[0];
    }

    /** How many evaluations found the statement met. */
    public int met(String statement) {
      int[] counted = statements.get(statement);
      return counted == null ? 0 : counted[1];
    }

    void addSection(String key, Judgement judgement, int evaluations) {
      sections.computeIfAbsent(key, k -> new EnumMap<>(Judgement.class)).merge(judgement, evaluations, Integer::sum);
    }

    void addStatement(String statement, int offered, int met) {
      int[] counted = statements.computeIfAbsent(statement, k -> new int[2]);
      counted[0] += offered;
      counted[1] += met;
    }

    void addAll(Counts other) {
      other.sections.forEach((key, judgements) -> judgements.forEach((j, n) -> addSection(key, j, n)));
      other.statements.forEach((statement, counted) -> addStatement(statement, counted[0], counted[1]));
    }
  }

  private record Key(String teamCode, ReportPeriod period) {}

  private final Map<Key, Counts> counts = new HashMap<>();

  /** {@code evaluations} of the team, completed in the period, gave the section this final judgement. */
  public void addSection(String teamCode, ReportPeriod period, String section, Judgement judgement, int evaluations) {
    counts(teamCode, period).addSection(section, judgement, evaluations);
  }

  /** Of the team's evaluations completed in the period, {@code offered} offered the statement, {@code met} met it. */
  public void addStatement(String teamCode, ReportPeriod period, String statement, int offered, int met) {
    counts(teamCode, period).addStatement(statement, offered, met);
  }

  /** The counts of the period's evaluations of every team {@code teams} accepts, together. */
  public Counts of(ReportPeriod period, Predicate<String> teams) {
    Counts together = new Counts();
    counts.forEach((key, c) -> {
      if (key.period().equals(period) && teams.test(key.teamCode())) {
        together.addAll(c);
      }
    });
    return together;
  }

  /**
   * Counts the judgements the facts carry ({@link EvaluationFacts#sections()}, {@link
   * EvaluationFacts#statementsOffered()}, {@link EvaluationFacts#statementsMet()}) of the evaluations completed in
   * each period: not cancelled, final grade settled in it.
   */
  public static JudgementTally of(List<EvaluationFacts> evaluations, ZoneId zone, ReportPeriod... periods) {
    JudgementTally tally = new JudgementTally();
    for (ReportPeriod period : periods) {
      for (EvaluationFacts e : evaluations) {
        if (e.cancelled() || !period.contains(e.finalisedAt(), zone)) {
          continue;
        }
        Counts c = tally.counts(e.teamCode(), period);
        e.sections().forEach((section, judgement) -> c.addSection(section, judgement, 1));
        e.statementsOffered().forEach(statement -> c.addStatement(statement, 1, 0));
        e.statementsMet().forEach(statement -> c.addStatement(statement, 0, 1));
      }
    }
    return tally;
  }

  private Counts counts(String teamCode, ReportPeriod period) {
    return counts.computeIfAbsent(new Key(teamCode, period), k -> new Counts());
  }
}
