package org.practiceevaluations.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.practiceevaluations.catalogue.Grade;
import org.practiceevaluations.catalogue.Judgement;
import org.practiceevaluations.filing.ReportPeriod;

/**
 * Collates the figures of a period from plain facts: no database, no clock (the caller says "as of when"). How each
 * figure is counted, for a scope (the service, a service area, a team) and a period:
 *
 * <ul>
 *   <li><b>Evaluations completed</b>: not cancelled, final grade settled ({@code finalisedAt}) in the period. Every
 *       other figure but "due", "overdue" and the cases of concern is about these evaluations.</li>
 *   <li><b>Final grades</b>: their counts; <b>good or better</b>: outstanding or good, of those completed.</li>
 *   <li><b>Moderation agreement</b>: of the completed evaluations that were moderated (first auditor's and
 *       moderator's grade both known), those where the two grades are the same. <b>Cohen's kappa</b> over the same
 *       pairs, the four grades as categories: (p<sub>o</sub> − p<sub>e</sub>) / (1 − p<sub>e</sub>), with
 *       p<sub>o</sub> the share agreeing and p<sub>e</sub> = Σ (first auditors' share of a grade × moderators'
 *       share of it); not defined with no pairs or when p<sub>e</sub> = 1.</li>
 *   <li><b>Overdue rate</b>: of the evaluations (not cancelled) due in the period, up to "as of", those submitted
 *       after their due date or not submitted by "as of".</li>
 *   <li><b>Sections</b>: each section's final judgement (the moderator's where moderated); good or better of those
 *       judged ("not relevant" left out). Strongest: the three with the highest share good or better (then the
 *       higher mean score, then the lower section number); weakest: the three with the lowest (then the lower mean
 *       score, then the lower number).</li>
 *   <li><b>Family feedback</b>: completed evaluations with at least one response from the child, a parent or a
 *       carer, and how many responses of each kind.</li>
 *   <li><b>Actions</b>: those of the completed evaluations: raised, closed (done), open, and open past their
 *       deadline on the day of "as of".</li>
 *   <li><b>Cases of concern</b>: opened in the period, closed in the period (by the team of the evaluation that
 *       opened them).</li>
 * </ul>
 * A service area's figures are its teams' evaluations together (kappa over all their pairs, not an average).
 */
public final class Collation {

  static final int STRONGEST = 3;

  private Collation() {}

  /**
   * The figures of the period and the period before, for the service, each area and each team of {@code teams}, the
   * section judgements and statements counted from the facts ({@link JudgementTally#of}). Facts outside both periods
   * are ignored.
   */
  public static ReportFigures collate(ReportPeriod period, Instant asOf, ZoneId zone, List<TeamInfo> teams,
      List<EvaluationFacts> evaluations, List<ConcernFacts> concerns, ToolWords tool) {
    return collate(period, asOf, zone, teams, evaluations, concerns, tool,
        JudgementTally.of(evaluations, zone, period, period.previous()));
  }

  /**
   * The same, with the section judgements and statements already counted per team for both periods ({@code
   * judgements}; the facts' own are not read).
   */
  public static ReportFigures collate(ReportPeriod period, Instant asOf, ZoneId zone, List<TeamInfo> teams,
      List<EvaluationFacts> evaluations, List<ConcernFacts> concerns, ToolWords tool, JudgementTally judgements) {
    ReportPeriod previous = period.previous();
    Counting counting = new Counting(period, previous, asOf, zone, evaluations, concerns, tool, judgements);
    ScopeFigures service = counting.scope(Scope.service(), team -> true);

    Map<String, String> areaNames = new LinkedHashMap<>();
    teams.stream().sorted(Comparator.comparing(TeamInfo::areaName).thenComparing(TeamInfo::name))
        .forEach(t -> areaNames.putIfAbsent(t.areaCode(), t.areaName()));
    List<ScopeFigures> areas = new ArrayList<>();
    areaNames.forEach((code, name) -> {
      Set<String> teamCodes = teams.stream().filter(t -> t.areaCode().equals(code)).map(TeamInfo::code)
          .collect(Collectors.toSet());
      areas.add(counting.scope(Scope.area(code, name), teamCodes::contains));
    });
    List<ScopeFigures> teamFigures = teams.stream()
        .sorted(Comparator.comparing(TeamInfo::areaName).thenComparing(TeamInfo::name))
        .map(t -> counting.scope(Scope.team(t), t.code()::equals))
        .toList();

    Map<String, TeamInfo> byCode = teams.stream().collect(Collectors.toMap(TeamInfo::code, t -> t, (a, b) -> a));
    Span span = Span.of(period, zone);
    List<ReportFigures.EvaluationLine> lines = evaluations.stream()
        .filter(e -> !e.cancelled())
        .filter(e -> span.contains(e.finalisedAt()) || dueIn(e, span, asOf))
        .sorted(Comparator.comparing(EvaluationFacts::reference))
        .map(e -> line(e, byCode.get(e.teamCode()), span, asOf))
        .toList();
    return new ReportFigures(period, previous, asOf, service, areas, teamFigures, lines);
  }

  /** What every scope's figures are counted from: both periods, the facts and the judgements counted per team. */
  private record Counting(ReportPeriod period, ReportPeriod previous, Instant asOf, ZoneId zone,
      List<EvaluationFacts> evaluations, List<ConcernFacts> concerns, ToolWords tool, JudgementTally judgements) {

    /** The figures of the evaluations and cases of concern of the teams {@code teams} accepts. */
    ScopeFigures scope(Scope scope, Predicate<String> teams) {
      List<EvaluationFacts> mine = evaluations.stream().filter(e -> teams.test(e.teamCode())).toList();
      List<ConcernFacts> myConcerns = concerns.stream().filter(c -> teams.test(c.teamCode())).toList();
      Figures current = figures(period, asOf, zone, mine, myConcerns, tool, judgements.of(period, teams));
      Figures before = figures(previous, asOf, zone, mine, myConcerns, tool, judgements.of(previous, teams));
      return new ScopeFigures(scope, current, before, compare(current, before));
    }
  }

  /**
   * The figures of one scope and period: its evaluations, its cases of concern, and the section judgements and
   * statements of its evaluations completed in the period.
   */
  static Figures figures(ReportPeriod period, Instant asOf, ZoneId zone, List<EvaluationFacts> evaluations,
      List<ConcernFacts> concerns, ToolWords tool, JudgementTally.Counts judgements) {
    Span span = Span.of(period, zone);
    List<EvaluationFacts> completed = evaluations.stream()
        .filter(e -> !e.cancelled() && span.contains(e.finalisedAt())).toList();
    List<EvaluationFacts> due = evaluations.stream().filter(e -> dueIn(e, span, asOf)).toList();

    Map<Grade, Integer> grades = new EnumMap<>(Grade.class);
    for (Grade grade : Grade.values()) {
      grades.put(grade, (int) completed.stream().filter(e -> e.finalGrade() == grade).count());
    }
    int goodOrBetter = grades.get(Grade.OUTSTANDING) + grades.get(Grade.GOOD);

    List<EvaluationFacts> pairs = completed.stream().filter(EvaluationFacts::hasModerationPair).toList();
    int agreed = (int) pairs.stream().filter(e -> e.firstGrade() == e.moderatedGrade()).count();

    int overdue = (int) due.stream().filter(e -> e.lateAt(asOf)).count();

    List<SectionResult> sections = sections(judgements, tool);
    List<StatementResult> statements = statements(judgements, tool);

    int withFeedback = (int) completed.stream().filter(e -> e.childFeedback() + e.parentCarerFeedback() > 0).count();
    int fromChildren = completed.stream().mapToInt(EvaluationFacts::childFeedback).sum();
    int fromParents = completed.stream().mapToInt(EvaluationFacts::parentCarerFeedback).sum();

    LocalDate today = asOf.atZone(zone).toLocalDate();
    List<EvaluationFacts.ActionFacts> actions = completed.stream().flatMap(e -> e.actions().stream()).toList();
    int closed = (int) actions.stream().filter(EvaluationFacts.ActionFacts::done).count();
    int pastDue = (int) actions.stream().filter(a -> !a.done() && a.dueOn() != null && a.dueOn().isBefore(today))
        .count();

    int concernsOpened = (int) concerns.stream().filter(c -> span.contains(c.openedAt())).count();
    int concernsClosed = (int) concerns.stream().filter(c -> span.contains(c.closedAt())).count();

    return new Figures(completed.size(), grades, share(goodOrBetter, completed.size()), pairs.size(), agreed,
        share(agreed, pairs.size()), kappa(pairs), due.size(), overdue, share(overdue, due.size()), sections,
        strongest(sections), weakest(sections), withFeedback, share(withFeedback, completed.size()), fromChildren,
        fromParents, actions.size(), closed, actions.size() - closed, pastDue, concernsOpened, concernsClosed,
        statements);
  }

  /**
   * Cohen's kappa of the first auditors' grades against the moderators' over these pairs; null when there are no
   * pairs or when chance agreement is certain (every grade of both in one and the same category).
   */
  static Double kappa(List<EvaluationFacts> pairs) {
    long n = pairs.size();
    if (n == 0) {
      return null;
    }
    // In whole numbers, so equal inputs give exactly equal results: kappa = (n·agreed − Σ rₖcₖ) / (n² − Σ rₖcₖ),
    // which is (pₒ − pₑ) / (1 − pₑ) multiplied through by n².
    long agreed = pairs.stream().filter(e -> e.firstGrade() == e.moderatedGrade()).count();
    long chance = 0;
    for (Grade grade : Grade.values()) {
      long first = pairs.stream().filter(e -> e.firstGrade() == grade).count();
      long moderator = pairs.stream().filter(e -> e.moderatedGrade() == grade).count();
      chance += first * moderator;
    }
    if (chance == n * n) {
      return null;
    }
    return (n * agreed - chance) / (double) (n * n - chance);
  }

  static List<SectionResult> sections(JudgementTally.Counts judgements, ToolWords tool) {
    List<SectionResult> results = new ArrayList<>();
    for (ToolWords.SectionHeading section : tool.sections()) {
      Map<Judgement, Integer> counts = new EnumMap<>(Judgement.class);
      for (Judgement judgement : Judgement.values()) {
        counts.put(judgement, judgements.section(section.key(), judgement));
      }
      int judged = counts.entrySet().stream().filter(en -> en.getKey().isJudged()).mapToInt(Map.Entry::getValue)
          .sum();
      int goodOrBetter = counts.get(Judgement.OUTSTANDING) + counts.get(Judgement.GOOD);
      int score = 4 * counts.get(Judgement.OUTSTANDING) + 3 * counts.get(Judgement.GOOD)
          + 2 * counts.get(Judgement.REQUIRES_IMPROVEMENT) + counts.get(Judgement.INADEQUATE);
      results.add(new SectionResult(section.number(), section.key(), section.title(), counts, judged,
          share(goodOrBetter, judged),
          judged == 0 ? null : score / (double) judged));
    }
    return results;
  }

  /**
   * Each statement of what good looks like: of the completed evaluations whose tool offered it in a section they
   * judged relevant, how many found it met (the final stage's: the moderator's where moderated).
   */
  static List<StatementResult> statements(JudgementTally.Counts judgements, ToolWords tool) {
    List<StatementResult> results = new ArrayList<>();
    for (Map.Entry<String, String> statement : tool.statements().entrySet()) {
      int offered = judgements.offered(statement.getKey());
      int met = judgements.met(statement.getKey());
      if (offered > 0) {
        results.add(new StatementResult(statement.getKey(), tool.statementSections().get(statement.getKey()),
            statement.getValue(), offered, met, share(met, offered)));
      }
    }
    return results;
  }

  static List<String> strongest(List<SectionResult> sections) {
    return sections.stream().filter(s -> s.judged() > 0)
        .sorted(Comparator.comparing(SectionResult::goodOrBetterShare).reversed()
            .thenComparing(Comparator.comparing(SectionResult::meanScore).reversed())
            .thenComparing(SectionResult::number))
        .limit(STRONGEST).map(SectionResult::key).toList();
  }

  static List<String> weakest(List<SectionResult> sections) {
    return sections.stream().filter(s -> s.judged() > 0)
        .sorted(Comparator.comparing(SectionResult::goodOrBetterShare)
            .thenComparing(SectionResult::meanScore)
            .thenComparing(SectionResult::number))
        .limit(STRONGEST).map(SectionResult::key).toList();
  }

  /** Every {@link Measure}, then each section's share good or better. */
  public static List<Comparison> compare(Figures current, Figures previous) {
    List<Comparison> comparisons = new ArrayList<>();
    for (Measure measure : Measure.values()) {
      comparisons.add(Comparison.of(measure.key(), measure.label(), measure.format(), measure.polarity(),
          measure.of(current), measure.of(previous)));
    }
    for (SectionResult section : current.sections()) {
      comparisons.add(Comparison.of("section-" + section.key(),
          section.number() + ". " + section.title() + ": good or better", Measure.Format.PERCENT,
          Measure.Polarity.HIGHER_IS_BETTER, section.goodOrBetterShare(),
          previous.section(section.key()).goodOrBetterShare()));
    }
    return comparisons;
  }

  /** A period's first and last instant in the report's time zone, worked out once (not for each evaluation). */
  private record Span(Instant from, Instant to) {

    static Span of(ReportPeriod period, ZoneId zone) {
      return new Span(period.startAt(zone), period.endAt(zone));
    }

    /** As {@link ReportPeriod#contains(Instant, ZoneId)}. */
    boolean contains(Instant instant) {
      return instant != null && !instant.isBefore(from) && instant.isBefore(to);
    }
  }

  private static boolean dueIn(EvaluationFacts e, Span period, Instant asOf) {
    return !e.cancelled() && period.contains(e.dueAt()) && e.dueAt().isBefore(asOf);
  }

  private static ReportFigures.EvaluationLine line(EvaluationFacts e, TeamInfo team, Span period, Instant asOf) {
    return new ReportFigures.EvaluationLine(e.reference(), e.type() == null ? "" : e.type().label(), e.teamCode(),
        team == null ? e.teamCode() : team.name(), team == null ? "" : team.areaName(), e.moderated(),
        label(e.firstGrade()), label(e.moderatedGrade()), label(e.finalGrade()), e.dueAt(), e.submittedAt(),
        e.finalisedAt(), period.contains(e.finalisedAt()), e.lateAt(asOf),
        e.childFeedback() + e.parentCarerFeedback(), e.actions().size(),
        (int) e.actions().stream().filter(a -> !a.done()).count());
  }

  private static String label(Grade grade) {
    return grade == null ? "" : grade.label();
  }

  static Double share(int part, int whole) {
    return whole == 0 ? null : part / (double) whole;
  }
}
