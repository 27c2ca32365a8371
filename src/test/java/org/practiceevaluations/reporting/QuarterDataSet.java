package org.practiceevaluations.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.practiceevaluations.catalogue.Grade;
import org.practiceevaluations.catalogue.Judgement;
import org.practiceevaluations.evaluation.EvaluationType;
import org.practiceevaluations.filing.ReportPeriod;
import org.practiceevaluations.support.ShippedCatalogue;

/**
 * A seeded data set with hand-computed answers (see {@link CollationTest}): the second quarter of 2019 and the
 * first, on the demo directory's teams. Written once as plain seeds, turned into facts for the plain test and into
 * rows of the evaluation tables for the database test, so both check the same answers.
 *
 * <p>Every evaluation's sections take its final grade, except the overrides listed; a moderated evaluation's first
 * auditor judged every section with the first grade (only the moderator's judgements count). Statements of what good
 * looks like: each section finally judged outstanding or good has its first statement met ({@link #metIn}); a
 * moderated evaluation's first auditor found every statement of every section met, which must not count either.
 */
public final class QuarterDataSet {

  public static final ZoneId LONDON = ZoneId.of("Europe/London");
  public static final ReportPeriod Q2 = ReportPeriod.quarter(2019, 2);
  public static final ReportPeriod Q1 = ReportPeriod.quarter(2019, 1);
  /** The report is made on 10 July 2019, 09:00. */
  public static final Instant AS_OF = at(2019, 7, 10, 9, 0);

  public static final List<TeamInfo> TEAMS = List.of(
      new TeamInfo("ATN", "Assessment Team North", "FDA", "Front Door and Assessment"),
      new TeamInfo("ATS", "Assessment Team South", "FDA", "Front Door and Assessment"),
      new TeamInfo("FST1", "Family Safeguarding Team 1", "SFS", "Safeguarding and Family Support"),
      new TeamInfo("FST2", "Family Safeguarding Team 2", "SFS", "Safeguarding and Family Support"),
      new TeamInfo("CICT", "Children in Care Team", "CIC", "Children in Care and Care Leavers"),
      new TeamInfo("LCT", "Leaving Care Team", "CIC", "Children in Care and Care Leavers"));

  static final Grade O = Grade.OUTSTANDING;
  static final Grade G = Grade.GOOD;
  static final Grade RI = Grade.REQUIRES_IMPROVEMENT;
  static final Grade I = Grade.INADEQUATE;

  /** One action: due on, done. */
  public record ActionSeed(LocalDate dueOn, boolean done) {}

  /**
   * One evaluation. {@code due} is 17:00 on that day; {@code submitted} and {@code finalised} are exact; a
   * moderated evaluation is finalised when its moderation completes.
   */
  public record EvaluationSeed(String reference, String teamCode, String childReference, boolean moderated,
      Grade firstGrade, Grade moderatedGrade, LocalDate due, Instant submitted, Instant finalised, boolean cancelled,
      int childFeedback, int parentFeedback, List<ActionSeed> actions, Map<Integer, Judgement> sectionOverrides) {

    public Grade finalGrade() {
      if (finalised == null) {
        return null;
      }
      return moderated ? moderatedGrade : firstGrade;
    }

    public Instant dueAt() {
      return due.atTime(17, 0).atZone(LONDON).toInstant();
    }

    /** The final judgement of every judged section, 1 to 11 ({@link #KEYS}), by its key. */
    public Map<String, Judgement> finalSections() {
      Map<String, Judgement> sections = new LinkedHashMap<>();
      if (finalGrade() == null) {
        return sections;
      }
      for (int n = 1; n <= KEYS.size(); n++) {
        sections.put(key(n), sectionOverrides.getOrDefault(n, Judgement.parse(finalGrade().code())));
      }
      return sections;
    }

    public EvaluationFacts facts() {
      return new EvaluationFacts(reference, moderated ? EvaluationType.MODERATED : EvaluationType.MONTHLY, teamCode,
          dueAt(), submitted, finalised, cancelled, moderated, firstGrade, moderated ? moderatedGrade : null,
          finalGrade(), finalSections(), childFeedback, parentFeedback,
          actions.stream().map(a -> new EvaluationFacts.ActionFacts(a.dueOn(), a.done())).toList(),
          offered(finalSections()), met(finalSections()));
    }

    /** The statements met ("section/statement") in the final sections. */
    private static java.util.Set<String> met(Map<String, Judgement> sections) {
      java.util.Set<String> met = new java.util.HashSet<>();
      sections.forEach((key, judgement) -> metIn(key, judgement).forEach(st -> met.add(ToolWords.key(key, st))));
      return met;
    }

    /** The statements of the sections judged relevant. */
    private static java.util.Set<String> offered(Map<String, Judgement> sections) {
      java.util.Set<String> offered = new java.util.HashSet<>();
      sections.forEach((key, judgement) -> {
        if (judgement != Judgement.NOT_RELEVANT) {
          ShippedCatalogue.catalogue().section(key).orElseThrow().statements()
              .forEach(st -> offered.add(ToolWords.key(key, st.key())));
        }
      });
      return offered;
    }
  }

  /** A case of concern: the evaluation that opened it, when opened and closed. */
  public record ConcernSeed(String reference, String evaluationReference, String teamCode, String childReference,
      Instant opened, Instant closed) {

    public ConcernFacts facts() {
      return new ConcernFacts(reference, teamCode, opened, closed);
    }
  }

  /**
   * The judged sections the data set's evaluations have, numbered 1 to 11 as the tool had them before the catalogue:
   * their keys in the shipped catalogue (which adds "children in care and care leavers", judged by none of them).
   * Good practice, improvements and learning needs are not judged.
   */
  public static final List<String> KEYS = List.of("childs-journey", "voice-of-the-child", "assessment", "planning",
      "visits-and-direct-work", "partner-agencies", "management-oversight", "identity-and-diversity", "recording",
      "progress-and-impact", "family-views");

  /** The statements (their keys) found met in the section {@code key} judged so: the first where outstanding or good. */
  public static List<String> metIn(String key, Judgement judgement) {
    return judgement == Judgement.OUTSTANDING || judgement == Judgement.GOOD
        ? List.of(ShippedCatalogue.catalogue().section(key).orElseThrow().statements().get(0).key()) : List.of();
  }

  /** The key of the data set's section {@code n} (1 to 11). */
  public static String key(int n) {
    return KEYS.get(n - 1);
  }

  /** The words of the tool the data set was recorded with: the shipped catalogue's. */
  public static final ToolWords TOOL = ToolWords.of(List.of(ShippedCatalogue.catalogue()));

  public static final List<EvaluationSeed> EVALUATIONS = new ArrayList<>();
  public static final List<ConcernSeed> CONCERNS = new ArrayList<>();

  static {
    // ---- completed in the second quarter (E1 to E8) -----------------------------------------------------------
    add("PE-2019-0101", "ATN", "C104237", false, G, null, day(2019, 4, 5), at(2019, 4, 4, 11, 0),
        at(2019, 4, 4, 11, 0), 1, 1, List.of(action(2019, 5, 1, true), action(2019, 8, 1, false)),
        Map.of(9, Judgement.REQUIRES_IMPROVEMENT, 8, Judgement.NOT_RELEVANT));
    add("PE-2019-0102", "ATN", "C104274", true, G, G, day(2019, 3, 29), at(2019, 4, 2, 15, 0),
        at(2019, 4, 9, 12, 0), 0, 0, List.of(action(2019, 6, 1, false)),
        Map.of(9, Judgement.REQUIRES_IMPROVEMENT, 8, Judgement.NOT_RELEVANT));
    add("PE-2019-0103", "ATS", "C104607", true, G, RI, day(2019, 5, 10), at(2019, 5, 9, 16, 0),
        at(2019, 5, 16, 10, 0), 0, 1,
        List.of(action(2019, 6, 15, true), action(2019, 7, 20, false), action(2019, 6, 30, false)),
        Map.of(2, Judgement.GOOD));
    add("PE-2019-0104", "ATS", "C104644", false, O, null, day(2019, 5, 20), at(2019, 5, 20, 12, 0),
        at(2019, 5, 20, 12, 0), 2, 0, List.of(), Map.of(9, Judgement.GOOD));
    add("PE-2019-0105", "FST1", "C104977", true, RI, RI, day(2019, 6, 1), at(2019, 5, 30, 14, 0),
        at(2019, 6, 6, 11, 0), 0, 0, List.of(action(2019, 7, 1, false)), Map.of(2, Judgement.GOOD));
    add("PE-2019-0106", "FST1", "C105014", true, I, I, day(2019, 6, 5), at(2019, 6, 10, 9, 30),
        at(2019, 6, 14, 15, 0), 0, 1, List.of(action(2019, 6, 20, true), action(2019, 6, 28, true)),
        Map.of(2, Judgement.REQUIRES_IMPROVEMENT));
    add("PE-2019-0107", "FST2", "C105347", false, G, null, day(2019, 6, 10), at(2019, 6, 7, 10, 0),
        at(2019, 6, 7, 10, 0), 1, 1, List.of(action(2019, 9, 1, false)), Map.of(9, Judgement.REQUIRES_IMPROVEMENT));
    add("PE-2019-0108", "FST2", "C105384", true, RI, G, day(2019, 6, 12), at(2019, 6, 12, 10, 0),
        at(2019, 6, 19, 16, 0), 0, 0, List.of(), Map.of(7, Judgement.REQUIRES_IMPROVEMENT));
    // ---- due in the second quarter but not completed in it -----------------------------------------------------
    // E9: due 20 June, still not submitted on 10 July
    add("PE-2019-0109", "ATN", "C104311", false, null, null, day(2019, 6, 20), null, null, 0, 0, List.of(), Map.of());
    // E10: cancelled (never counts)
    EVALUATIONS.add(new EvaluationSeed("PE-2019-0110", "ATS", "C104681", false, null, null, day(2019, 5, 1), null,
        null, true, 0, 0, List.of(), Map.of()));
    // E11: due 28 June, submitted late on 5 July, so completed in the third quarter
    add("PE-2019-0111", "FST2", "C105421", false, G, null, day(2019, 6, 28), at(2019, 7, 5, 10, 0),
        at(2019, 7, 5, 10, 0), 0, 0, List.of(), Map.of());

    // ---- completed in the first quarter (P1 to P6) ----------------------------------------------------------------
    add("PE-2019-0001", "ATN", "C104348", false, G, null, day(2019, 1, 15), at(2019, 1, 14, 10, 0),
        at(2019, 1, 14, 10, 0), 1, 0, List.of(action(2019, 2, 15, true)), Map.of(9, Judgement.REQUIRES_IMPROVEMENT));
    add("PE-2019-0002", "ATS", "C104718", true, RI, I, day(2019, 2, 1), at(2019, 2, 5, 10, 0),
        at(2019, 2, 12, 10, 0), 0, 0, List.of(action(2019, 3, 1, true), action(2019, 3, 15, false)), Map.of());
    add("PE-2019-0003", "FST1", "C105051", true, G, G, day(2019, 2, 20), at(2019, 2, 18, 10, 0),
        at(2019, 2, 26, 10, 0), 0, 1, List.of(), Map.of());
    add("PE-2019-0004", "FST2", "C105458", false, RI, null, day(2019, 3, 5), at(2019, 3, 10, 10, 0),
        at(2019, 3, 10, 10, 0), 0, 0, List.of(action(2019, 4, 30, true)), Map.of());
    add("PE-2019-0005", "CICT", "C105717", false, G, null, day(2019, 3, 12), at(2019, 3, 11, 10, 0),
        at(2019, 3, 11, 10, 0), 1, 1, List.of(), Map.of(8, Judgement.NOT_RELEVANT));
    add("PE-2019-0006", "LCT", "C106087", true, O, G, day(2019, 3, 20), at(2019, 3, 18, 10, 0),
        at(2019, 3, 27, 10, 0), 1, 0, List.of(action(2019, 5, 1, false)), Map.of());

    // ---- cases of concern ---------------------------------------------------------------------------------------
    CONCERNS.add(new ConcernSeed("CC-2019-0001", "PE-2019-0002", "ATS", "C104718", at(2019, 2, 20, 10, 0),
        at(2019, 5, 25, 10, 0)));
    CONCERNS.add(new ConcernSeed("CC-2019-0002", "PE-2019-0106", "FST1", "C105014", at(2019, 6, 14, 15, 0), null));
  }

  private QuarterDataSet() {}

  public static List<EvaluationFacts> evaluationFacts() {
    return EVALUATIONS.stream().map(EvaluationSeed::facts).toList();
  }

  public static List<ConcernFacts> concernFacts() {
    return CONCERNS.stream().map(ConcernSeed::facts).toList();
  }

  private static void add(String reference, String team, String child, boolean moderated, Grade first,
      Grade moderatedGrade, LocalDate due, Instant submitted, Instant finalised, int children, int parents,
      List<ActionSeed> actions, Map<Integer, Judgement> overrides) {
    EVALUATIONS.add(new EvaluationSeed(reference, team, child, moderated, first, moderatedGrade, due, submitted,
        finalised, false, children, parents, actions, overrides));
  }

  static Instant at(int year, int month, int day, int hour, int minute) {
    return LocalDateTime.of(year, month, day, hour, minute).atZone(LONDON).toInstant();
  }

  static LocalDate day(int year, int month, int day) {
    return LocalDate.of(year, month, day);
  }

  static ActionSeed action(int year, int month, int day, boolean done) {
    return new ActionSeed(LocalDate.of(year, month, day), done);
  }
}
