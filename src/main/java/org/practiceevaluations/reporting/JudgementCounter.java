package org.practiceevaluations.reporting;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.practiceevaluations.catalogue.Catalogue;
import org.practiceevaluations.catalogue.Judgement;
import org.practiceevaluations.evaluation.SectionJudgement;
import org.practiceevaluations.filing.ReportPeriod;

/**
 * Counts the section judgements and statements of a period's evaluations into a {@link JudgementTally} as their
 * rows stream from the database, with the rules of {@link JudgementTally#of}: each evaluation's final stage (the
 * moderator's where it was moderated and the moderator judged any section, otherwise the first auditor's), the
 * statements its catalogue version offers in the sections it judged relevant, and those it found met.
 *
 * <p>A quarter of 100,000 evaluations brings millions of section and statement rows: each evaluation keeps only a
 * judgement per section and a bit per statement met, both by a number given to each section and statement key the
 * first time it is seen, and the counts per team and period are arrays until {@link #tally}. (Maps of keys per
 * evaluation took most of the report's ten seconds, README "Performance".)
 */
final class JudgementCounter {

  private static final Judgement[] JUDGEMENTS = Judgement.values();
  private static final int STAGES = SectionJudgement.Stage.values().length;

  /** Section keys by number, and back. */
  private final Map<String, Integer> sectionNumbers = new HashMap<>();
  private final List<String> sectionKeys = new ArrayList<>();
  /** Statement numbers by section number, then statement key; the "section/statement" keys by number. */
  private final List<Map<String, Integer>> statementNumbers = new ArrayList<>();
  private final List<String> statementKeys = new ArrayList<>();
  /** What each evaluation recorded, by its id. */
  private final Map<Long, Recorded> evaluations = new HashMap<>();
  /** The counts of each team and period, by "team code" and period. */
  private final Map<TeamPeriod, int[][]> sectionCounts = new HashMap<>();
  private final Map<TeamPeriod, int[][]> statementCounts = new HashMap<>();
  /** The statements each catalogue version offers, by its section numbers here. */
  private final Map<Integer, int[][]> offeredByVersion = new HashMap<>();
  private final IntFunction<Catalogue> catalogues;

  private record TeamPeriod(String teamCode, ReportPeriod period) {}

  /** One evaluation's judgement per section and statements met, for each stage. */
  private static final class Recorded {
    /** By stage, then section number: the judgement's ordinal + 1, 0 for none. */
    final byte[][] judgements = new byte[STAGES][];
    final BitSet[] met = new BitSet[STAGES];
    final boolean[] judged = new boolean[STAGES];
  }

  /** @param catalogues the catalogue of a version (which statements it offers in each section) */
  JudgementCounter(IntFunction<Catalogue> catalogues) {
    this.catalogues = catalogues;
  }

  /** One row: a section of an evaluation at a stage, its judgement (or none), and one statement met in it (or none). */
  void section(long evaluationId, SectionJudgement.Stage stage, String sectionKey, String judgement,
      String statementMet) {
    int section = sectionNumber(sectionKey);
    Recorded recorded = evaluations.computeIfAbsent(evaluationId, id -> new Recorded());
    int s = stage.ordinal();
    if (judgement != null) {
      byte[] judgements = recorded.judgements[s];
      if (judgements == null || judgements.length <= section) {
        byte[] grown = new byte[Math.max(section + 1, sectionKeys.size())];
        if (judgements != null) {
          System.arraycopy(judgements, 0, grown, 0, judgements.length);
        }
        recorded.judgements[s] = judgements = grown;
      }
      judgements[section] = (byte) (Judgement.valueOf(judgement).ordinal() + 1);
      recorded.judged[s] = true;
    }
    if (statementMet != null) {
      if (recorded.met[s] == null) {
        recorded.met[s] = new BitSet();
      }
      recorded.met[s].set(statementNumber(section, statementMet));
    }
  }

  /**
   * The evaluation was completed in the period, by this team, with this catalogue version (null: before the
   * catalogue) and was moderated or not: its judgements are counted there.
   */
  void completed(long evaluationId, String teamCode, ReportPeriod period, Integer catalogueVersion,
      boolean moderated) {
    Recorded recorded = evaluations.get(evaluationId);
    if (recorded == null) {
      return;
    }
    int moderation = SectionJudgement.Stage.MODERATION.ordinal();
    int stage = moderated && recorded.judged[moderation] ? moderation : SectionJudgement.Stage.FIRST.ordinal();
    TeamPeriod key = new TeamPeriod(teamCode, period);
    byte[] judgements = recorded.judgements[stage];
    if (judgements != null) {
      int[][] sections = sectionCounts.computeIfAbsent(key, k -> new int[0][]);
      int[][] offered = catalogueVersion == null ? null : offered(catalogueVersion);
      for (int section = 0; section < judgements.length; section++) {
        if (judgements[section] == 0) {
          continue;
        }
        Judgement judgement = JUDGEMENTS[judgements[section] - 1];
        sections = count(sectionCounts, key, sections, section, JUDGEMENTS.length);
        sections[section][judgement.ordinal()]++;
        if (offered != null && judgement.isJudged() && section < offered.length) {
          for (int statement : offered[section]) {
            countStatement(key, statement, 0);
          }
        }
      }
    }
    BitSet met = recorded.met[stage];
    if (met != null) {
      for (int statement = met.nextSetBit(0); statement >= 0; statement = met.nextSetBit(statement + 1)) {
        countStatement(key, statement, 1);
      }
    }
  }

  /** The counts, by team and period. */
  JudgementTally tally() {
    JudgementTally tally = new JudgementTally();
    sectionCounts.forEach((key, sections) -> {
      for (int section = 0; section < sections.length; section++) {
        for (int j = 0; sections[section] != null && j < JUDGEMENTS.length; j++) {
          if (sections[section][j] > 0) {
            tally.addSection(key.teamCode(), key.period(), sectionKeys.get(section), JUDGEMENTS[j],
                sections[section][j]);
          }
        }
      }
    });
    statementCounts.forEach((key, statements) -> {
      for (int statement = 0; statement < statements.length; statement++) {
        if (statements[statement] != null && (statements[statement][0] > 0 || statements[statement][1] > 0)) {
          tally.addStatement(key.teamCode(), key.period(), statementKeys.get(statement), statements[statement][0],
              statements[statement][1]);
        }
      }
    });
    return tally;
  }

  private void countStatement(TeamPeriod key, int statement, int offeredOrMet) {
    int[][] statements = count(statementCounts, key, statementCounts.computeIfAbsent(key, k -> new int[0][]),
        statement, 2);
    statements[statement][offeredOrMet]++;
  }

  /** The team and period's counts with a row for {@code index}, grown when needed. */
  private static int[][] count(Map<TeamPeriod, int[][]> all, TeamPeriod key, int[][] counts, int index, int width) {
    if (index >= counts.length) {
      int[][] grown = new int[index + 1][];
      System.arraycopy(counts, 0, grown, 0, counts.length);
      counts = grown;
      all.put(key, counts);
    }
    if (counts[index] == null) {
      counts[index] = new int[width];
    }
    return counts;
  }

  /** The statement numbers a catalogue version offers, by section number (sections it does not have: none). */
  private int[][] offered(int version) {
    return offeredByVersion.computeIfAbsent(version, v -> {
      Catalogue catalogue = catalogues.apply(v);
      List<int[]> bySection = new ArrayList<>();
      for (Catalogue.CatalogueSection s : catalogue.sections()) {
        int section = sectionNumber(s.key());
        while (bySection.size() <= section) {
          bySection.add(new int[0]);
        }
        bySection.set(section, s.statements().stream().mapToInt(st -> statementNumber(section, st.key())).toArray());
      }
      return bySection.toArray(new int[0][]);
    });
  }

  private int sectionNumber(String key) {
    Integer known = sectionNumbers.get(key);
    if (known != null) {
      return known;
    }
    int number = sectionKeys.size();
    sectionKeys.add(key);
    sectionNumbers.put(key, number);
    statementNumbers.add(new HashMap<>());
    return number;
  }

  private int statementNumber(int section, String statementKey) {
    Map<String, Integer> numbers = statementNumbers.get(section);
    Integer known = numbers.get(statementKey);
    if (known != null) {
      return known;
    }
    int number = statementKeys.size();
    statementKeys.add(ToolWords.key(sectionKeys.get(section), statementKey));
    numbers.put(statementKey, number);
    return number;
  }
}
