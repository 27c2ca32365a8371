package org.practiceevaluations.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.practiceevaluations.reporting.QuarterDataSet.AS_OF;
import static org.practiceevaluations.reporting.QuarterDataSet.LONDON;
import static org.practiceevaluations.reporting.QuarterDataSet.Q1;
import static org.practiceevaluations.reporting.QuarterDataSet.Q2;
import static org.practiceevaluations.reporting.QuarterDataSet.TEAMS;
import static org.practiceevaluations.reporting.QuarterDataSet.key;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.practiceevaluations.catalogue.Grade;
import org.practiceevaluations.catalogue.Judgement;
import org.practiceevaluations.reporting.Comparison.Trend;
import org.practiceevaluations.reporting.Comparison.Verdict;

/**
 * Every figure of the second quarter of 2019 in {@link QuarterDataSet}, and its comparison with the first quarter,
 * worked out by hand below and checked against {@link Collation}. Report made on 10 July 2019.
 *
 * <pre>
 * SECOND QUARTER (1 April to 30 June 2019), whole service
 *   Completed (final grade settled in the quarter): E1..E8 = 8 (E9 not submitted, E10 cancelled, E11 finalised
 *   5 July). Final grades: E1 G, E2 G, E3 RI, E4 O, E5 RI, E6 I, E7 G, E8 G
 *     -> outstanding 1, good 4, requires improvement 2, inadequate 1; good or better 5/8 = 0.625
 *   Moderated pairs (first, moderator): E2 (G,G) E3 (G,RI) E5 (RI,RI) E6 (I,I) E8 (RI,G): n = 5, agreed 3 -> 0.6
 *     first auditors: G 2, RI 2, I 1; moderators: G 2, RI 2, I 1
 *     pe = (2/5)(2/5) + (2/5)(2/5) + (1/5)(1/5) = 9/25 = 0.36; po = 3/5 = 0.6
 *     kappa = (0.6 - 0.36) / (1 - 0.36) = 0.24 / 0.64 = 0.375
 *   Due in the quarter: E1 5/4, E3 10/5, E4 20/5, E5 1/6, E6 5/6, E7 10/6, E8 12/6, E9 20/6, E11 28/6 = 9
 *     (E2 was due 29 March; E10 cancelled). Late: E6 (submitted 10/6), E9 (not submitted), E11 (5/7) = 3
 *     -> overdue rate 3/9 = 0.3333 (E4 submitted 12:00 on its due day, before 17:00: on time)
 *   Family feedback: E1 (1 child, 1 parent), E3 (1 parent), E4 (2 children), E6 (1 parent), E7 (1, 1)
 *     -> 5 of 8 = 0.625; children 1+2+1 = 4; parents and carers 1+1+1+1 = 4
 *   Actions: E1 2 (1 done), E2 1, E3 3 (1 done), E5 1, E6 2 (both done), E7 1 -> raised 10, closed 4, open 6;
 *     open past deadline on 10 July: E2 1/6, E3 30/6, E5 1/7 -> 3 (E1 1/8, E3 20/7, E7 1/9 not yet)
 *   Cases of concern: opened CC-2 (14/6, FST1) = 1; closed CC-1 (25/5, ATS) = 1
 *   Sections (final judgement; default = the evaluation's final grade):
 *     s2 overrides E3 G, E5 G, E6 RI -> O1 G6 RI1 I0: 7/8 = 0.875, mean (4+18+2)/8 = 3.0
 *     s7 override E8 RI             -> O1 G3 RI3 I1: 4/8 = 0.5,   mean (4+9+6+1)/8 = 2.5
 *     s8 E1, E2 not relevant        -> judged 6: O1 G2 RI2 I1: 3/6 = 0.5, mean 15/6 = 2.5
 *     s9 overrides E1, E2, E7 RI, E4 G -> O0 G2 RI5 I1: 2/8 = 0.25, mean 17/8 = 2.125
 *     every other section           -> O1 G4 RI2 I1: 5/8 = 0.625, mean 21/8 = 2.625
 *     strongest: s2, then the 0.625 sections by number: s1, s3
 *     weakest:   s9, then s7 and s8 (0.5, both mean 2.5: by number)
 *
 * FIRST QUARTER (1 January to 31 March 2019)
 *   Completed P1..P6 = 6: P1 G, P2 I, P3 G, P4 RI, P5 G, P6 G -> O0 G4 RI1 I1; good or better 4/6 = 0.6667
 *   Moderated pairs: P2 (RI,I) P3 (G,G) P6 (O,G): n = 3, agreed 1 -> 0.3333
 *     first: O1 G1 RI1; moderators: G2 I1; pe = (1/3)(2/3) = 2/9 (only good is in both)
 *     kappa = (1/3 - 2/9) / (1 - 2/9) = (1/9) / (7/9) = 1/7 = 0.142857
 *   Due: P1..P6 and E2 (29 March) = 7; late: P2, P4, E2 = 3 -> 3/7 = 0.428571
 *   Family feedback: P1 (1 child), P3 (1 parent), P5 (1, 1), P6 (1 child) -> 4/6; children 3, parents 2
 *   Actions: P1 1 done, P2 2 (1 done, 1 open 15/3), P4 1 done, P6 1 open (1/5) -> raised 5, closed 3, open 2,
 *     past due on 10 July 2
 *   Cases of concern: opened CC-1 (20/2) = 1; closed 0
 *   Sections: s9 (P1 RI) 3/6 = 0.5; s8 (P5 not relevant) 3/5 = 0.6; every other 4/6
 *
 * COMPARED (second quarter against first): completed 8 v 6 up; outstanding 1 v 0 up; good 4 v 4 same;
 *   requires improvement 2 v 1 up; inadequate 1 v 1 same; good or better 0.625 v 0.667 down (worse);
 *   moderated 5 v 3 up; agreement 0.6 v 0.333 up (better); kappa 0.375 v 0.143 up (better); due 9 v 7 up;
 *   late 3 v 3 same; overdue rate 0.333 v 0.429 down (better); with feedback 5 v 4 up; feedback share
 *   0.625 v 0.667 down (worse); from children 4 v 3 up; from parents 4 v 2 up; actions raised 10 v 5 up;
 *   closed 4 v 3 up; open 6 v 2 up; past due 3 v 2 up (worse); concerns opened 1 v 1 same; closed 1 v 0 up;
 *   s2 0.875 v 0.667 up (better); s9 0.25 v 0.5 down (worse); s8 0.5 v 0.6 down; s7 0.5 v 0.667 down;
 *   s1 0.625 v 0.667 down.
 *
 * FRONT DOOR AND ASSESSMENT (ATN, ATS), second quarter: E1, E2, E3, E4 -> 4; O1 G2 RI1; good or better 3/4;
 *   pairs E2 (G,G), E3 (G,RI): agreed 1/2; first G2, moderators G1 RI1: pe = 1 x 1/2 = 0.5, po = 0.5 -> kappa 0;
 *   due E1, E3, E4, E9 = 4 (E10 cancelled), late E9 -> 1/4; feedback E1, E3, E4 -> 3/4, children 3, parents 2;
 *   actions E1 2, E2 1, E3 3 -> raised 6, closed 2, open 4, past due (E2 1/6, E3 30/6) 2; concerns opened 0,
 *   closed 1 (CC-1). First quarter: P1 G, P2 I -> 2, good or better 1/2; pair P2 (RI,I): agreed 0/1, pe = 0 ->
 *   kappa 0; due P1, P2, E2 = 3, late P2, E2 -> 2/3; feedback 1/2; actions raised 3, closed 2, open 1, past due 1;
 *   concerns opened 1, closed 0.
 * ASSESSMENT TEAM NORTH, second quarter: E1, E2 both good -> 1.0; one pair (G,G): agreement 1.0, pe = 1 -> kappa
 *   not defined; due E1, E9 -> late 1/2.
 * CHILDREN IN CARE AND CARE LEAVERS: nothing in the second quarter (shares not defined); P5, P6 in the first, both
 *   good -> good or better "no comparison".
 * </pre>
 */
class CollationTest {

  static ReportFigures figures;

  @BeforeAll
  static void collate() {
    figures = Collation.collate(Q2, AS_OF, LONDON, TEAMS, QuarterDataSet.evaluationFacts(),
        QuarterDataSet.concernFacts(), QuarterDataSet.TOOL);
  }

  @Test
  void thePeriodsAreTheSecondQuarterAndTheFirst() {
    assertThat(figures.period()).isEqualTo(Q2);
    assertThat(figures.previousPeriod()).isEqualTo(Q1);
    assertThat(figures.asOf()).isEqualTo(AS_OF);
  }

  @Test
  void everyFigureOfTheQuarterForTheWholeService() {
    Figures f = figures.service().current();
    assertThat(f.evaluationsCompleted()).isEqualTo(8);
    assertThat(f.grade(Grade.OUTSTANDING)).isEqualTo(1);
    assertThat(f.grade(Grade.GOOD)).isEqualTo(4);
    assertThat(f.grade(Grade.REQUIRES_IMPROVEMENT)).isEqualTo(2);
    assertThat(f.grade(Grade.INADEQUATE)).isEqualTo(1);
    assertThat(f.goodOrBetterShare()).isEqualTo(0.625);
    assertThat(f.moderated()).isEqualTo(5);
    assertThat(f.moderationAgreed()).isEqualTo(3);
    assertThat(f.moderationAgreement()).isEqualTo(0.6);
    assertThat(f.kappa()).isCloseTo(0.375, within(1e-12));
    assertThat(f.evaluationsDue()).isEqualTo(9);
    assertThat(f.overdue()).isEqualTo(3);
    assertThat(f.overdueRate()).isCloseTo(1.0 / 3, within(1e-12));
    assertThat(f.withFamilyFeedback()).isEqualTo(5);
    assertThat(f.familyFeedbackShare()).isEqualTo(0.625);
    assertThat(f.feedbackFromChildren()).isEqualTo(4);
    assertThat(f.feedbackFromParentsCarers()).isEqualTo(4);
    assertThat(f.actionsRaised()).isEqualTo(10);
    assertThat(f.actionsClosed()).isEqualTo(4);
    assertThat(f.actionsOpen()).isEqualTo(6);
    assertThat(f.actionsPastDue()).isEqualTo(3);
    assertThat(f.concernsOpened()).isEqualTo(1);
    assertThat(f.concernsClosed()).isEqualTo(1);
  }

  @Test
  void eachSectionsJudgementsAndTheStrongestAndWeakest() {
    Figures f = figures.service().current();
    assertSection(f.section(key(2)), 1, 6, 1, 0, 0, 0.875, 3.0);
    assertSection(f.section(key(7)), 1, 3, 3, 1, 0, 0.5, 2.5);
    assertSection(f.section(key(8)), 1, 2, 2, 1, 2, 0.5, 2.5);
    assertSection(f.section(key(9)), 0, 2, 5, 1, 0, 0.25, 2.125);
    for (int n : List.of(1, 3, 4, 5, 6, 10, 11)) {
      assertSection(f.section(key(n)), 1, 4, 2, 1, 0, 0.625, 2.625);
    }
    // the shipped tool's twelve judged sections; "children in care and care leavers" judged by none of these
    assertThat(f.sections()).hasSize(12);
    assertThat(f.section("children-in-care").judged()).isZero();
    assertThat(f.strongest()).containsExactly(key(2), key(1), key(3));
    assertThat(f.weakest()).containsExactly(key(9), key(7), key(8));
    assertThat(f.strongestSections().get(0).title()).isEqualTo("Voice and lived experience of the child");
    assertThat(f.weakestSections().get(0).title()).isEqualTo("Recording");
  }

  @Test
  void everyFigureOfThePreviousQuarterForTheWholeService() {
    Figures f = figures.service().previous();
    assertThat(f.evaluationsCompleted()).isEqualTo(6);
    assertThat(f.grades()).containsEntry(Grade.OUTSTANDING, 0).containsEntry(Grade.GOOD, 4)
        .containsEntry(Grade.REQUIRES_IMPROVEMENT, 1).containsEntry(Grade.INADEQUATE, 1);
    assertThat(f.goodOrBetterShare()).isCloseTo(4.0 / 6, within(1e-12));
    assertThat(f.moderated()).isEqualTo(3);
    assertThat(f.moderationAgreed()).isEqualTo(1);
    assertThat(f.moderationAgreement()).isCloseTo(1.0 / 3, within(1e-12));
    assertThat(f.kappa()).isCloseTo(1.0 / 7, within(1e-12));
    assertThat(f.evaluationsDue()).isEqualTo(7);
    assertThat(f.overdue()).isEqualTo(3);
    assertThat(f.overdueRate()).isCloseTo(3.0 / 7, within(1e-12));
    assertThat(f.withFamilyFeedback()).isEqualTo(4);
    assertThat(f.familyFeedbackShare()).isCloseTo(4.0 / 6, within(1e-12));
    assertThat(f.feedbackFromChildren()).isEqualTo(3);
    assertThat(f.feedbackFromParentsCarers()).isEqualTo(2);
    assertThat(f.actionsRaised()).isEqualTo(5);
    assertThat(f.actionsClosed()).isEqualTo(3);
    assertThat(f.actionsOpen()).isEqualTo(2);
    assertThat(f.actionsPastDue()).isEqualTo(2);
    assertThat(f.concernsOpened()).isEqualTo(1);
    assertThat(f.concernsClosed()).isZero();
    assertThat(f.section(key(9)).goodOrBetterShare()).isEqualTo(0.5);
    assertThat(f.section(key(8)).goodOrBetterShare()).isEqualTo(0.6);
    assertThat(f.section(key(8)).judged()).isEqualTo(5);
    assertThat(f.section(key(2)).goodOrBetterShare()).isCloseTo(4.0 / 6, within(1e-12));
    assertThat(f.strongest()).containsExactly(key(1), key(2), key(3));
    assertThat(f.weakest()).containsExactly(key(9), key(8), key(1));
  }

  @Test
  void everyFigureComparedWithThePreviousQuarter() {
    ScopeFigures s = figures.service();
    assertTrend(s, Measure.EVALUATIONS_COMPLETED, 8, 6, Trend.UP, Verdict.NEITHER);
    assertTrend(s, Measure.OUTSTANDING, 1, 0, Trend.UP, Verdict.NEITHER);
    assertTrend(s, Measure.GOOD, 4, 4, Trend.SAME, Verdict.NEITHER);
    assertTrend(s, Measure.REQUIRES_IMPROVEMENT, 2, 1, Trend.UP, Verdict.NEITHER);
    assertTrend(s, Measure.INADEQUATE, 1, 1, Trend.SAME, Verdict.NEITHER);
    assertTrend(s, Measure.GOOD_OR_BETTER, 0.625, 4.0 / 6, Trend.DOWN, Verdict.WORSE);
    assertTrend(s, Measure.MODERATED, 5, 3, Trend.UP, Verdict.NEITHER);
    assertTrend(s, Measure.MODERATION_AGREEMENT, 0.6, 1.0 / 3, Trend.UP, Verdict.BETTER);
    assertTrend(s, Measure.KAPPA, 0.375, 1.0 / 7, Trend.UP, Verdict.BETTER);
    assertTrend(s, Measure.EVALUATIONS_DUE, 9, 7, Trend.UP, Verdict.NEITHER);
    assertTrend(s, Measure.OVERDUE, 3, 3, Trend.SAME, Verdict.NEITHER);
    assertTrend(s, Measure.OVERDUE_RATE, 1.0 / 3, 3.0 / 7, Trend.DOWN, Verdict.BETTER);
    assertTrend(s, Measure.WITH_FAMILY_FEEDBACK, 5, 4, Trend.UP, Verdict.NEITHER);
    assertTrend(s, Measure.FAMILY_FEEDBACK_SHARE, 0.625, 4.0 / 6, Trend.DOWN, Verdict.WORSE);
    assertTrend(s, Measure.FEEDBACK_FROM_CHILDREN, 4, 3, Trend.UP, Verdict.NEITHER);
    assertTrend(s, Measure.FEEDBACK_FROM_PARENTS_CARERS, 4, 2, Trend.UP, Verdict.NEITHER);
    assertTrend(s, Measure.ACTIONS_RAISED, 10, 5, Trend.UP, Verdict.NEITHER);
    assertTrend(s, Measure.ACTIONS_CLOSED, 4, 3, Trend.UP, Verdict.NEITHER);
    assertTrend(s, Measure.ACTIONS_OPEN, 6, 2, Trend.UP, Verdict.NEITHER);
    assertTrend(s, Measure.ACTIONS_PAST_DUE, 3, 2, Trend.UP, Verdict.WORSE);
    assertTrend(s, Measure.CONCERNS_OPENED, 1, 1, Trend.SAME, Verdict.NEITHER);
    assertTrend(s, Measure.CONCERNS_CLOSED, 1, 0, Trend.UP, Verdict.NEITHER);
    assertTrend(s, "section-" + key(2), 0.875, 4.0 / 6, Trend.UP, Verdict.BETTER);
    assertTrend(s, "section-" + key(9), 0.25, 0.5, Trend.DOWN, Verdict.WORSE);
    assertTrend(s, "section-" + key(8), 0.5, 0.6, Trend.DOWN, Verdict.WORSE);
    assertTrend(s, "section-" + key(7), 0.5, 4.0 / 6, Trend.DOWN, Verdict.WORSE);
    assertTrend(s, "section-" + key(1), 0.625, 4.0 / 6, Trend.DOWN, Verdict.WORSE);
    assertThat(s.comparisons()).as("every measure, then each judged section of the tool")
        .hasSize(Measure.values().length + QuarterDataSet.TOOL.sections().size());
  }

  @Test
  void aServiceAreasFiguresAreItsTeamsTogether() {
    ScopeFigures fda = figures.area("FDA");
    assertThat(fda.scope().name()).isEqualTo("Front Door and Assessment");
    Figures f = fda.current();
    assertThat(f.evaluationsCompleted()).isEqualTo(4);
    assertThat(f.grades()).containsEntry(Grade.OUTSTANDING, 1).containsEntry(Grade.GOOD, 2)
        .containsEntry(Grade.REQUIRES_IMPROVEMENT, 1).containsEntry(Grade.INADEQUATE, 0);
    assertThat(f.goodOrBetterShare()).isEqualTo(0.75);
    assertThat(f.moderated()).isEqualTo(2);
    assertThat(f.moderationAgreement()).isEqualTo(0.5);
    assertThat(f.kappa()).isCloseTo(0.0, within(1e-12));
    assertThat(f.evaluationsDue()).isEqualTo(4);
    assertThat(f.overdue()).isEqualTo(1);
    assertThat(f.overdueRate()).isEqualTo(0.25);
    assertThat(f.withFamilyFeedback()).isEqualTo(3);
    assertThat(f.familyFeedbackShare()).isEqualTo(0.75);
    assertThat(f.feedbackFromChildren()).isEqualTo(3);
    assertThat(f.feedbackFromParentsCarers()).isEqualTo(2);
    assertThat(f.actionsRaised()).isEqualTo(6);
    assertThat(f.actionsClosed()).isEqualTo(2);
    assertThat(f.actionsOpen()).isEqualTo(4);
    assertThat(f.actionsPastDue()).isEqualTo(2);
    assertThat(f.concernsOpened()).isZero();
    assertThat(f.concernsClosed()).isEqualTo(1);

    Figures p = fda.previous();
    assertThat(p.evaluationsCompleted()).isEqualTo(2);
    assertThat(p.goodOrBetterShare()).isEqualTo(0.5);
    assertThat(p.moderationAgreement()).isEqualTo(0.0);
    assertThat(p.kappa()).isCloseTo(0.0, within(1e-12));
    assertThat(p.overdueRate()).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(p.familyFeedbackShare()).isEqualTo(0.5);
    assertThat(List.of(p.actionsRaised(), p.actionsClosed(), p.actionsOpen(), p.actionsPastDue()))
        .containsExactly(3, 2, 1, 1);
    assertThat(List.of(p.concernsOpened(), p.concernsClosed())).containsExactly(1, 0);

    assertTrend(fda, Measure.GOOD_OR_BETTER, 0.75, 0.5, Trend.UP, Verdict.BETTER);
    assertTrend(fda, Measure.KAPPA, 0.0, 0.0, Trend.SAME, Verdict.NEITHER);
    assertTrend(fda, Measure.OVERDUE_RATE, 0.25, 2.0 / 3, Trend.DOWN, Verdict.BETTER);
    assertThat(figures.teamsOf("FDA")).extracting(t -> t.scope().code()).containsExactly("ATN", "ATS");
  }

  @Test
  void aTeamWhoseModeratorAgreedOnEveryGradeInOneCategoryHasNoKappa() {
    Figures atn = figures.team("ATN").current();
    assertThat(atn.evaluationsCompleted()).isEqualTo(2);
    assertThat(atn.goodOrBetterShare()).isEqualTo(1.0);
    assertThat(atn.moderationAgreement()).isEqualTo(1.0);
    assertThat(atn.kappa()).isNull();
    assertThat(atn.overdueRate()).isEqualTo(0.5);
    assertThat(figures.team("ATN").comparison(Measure.KAPPA).trend()).isEqualTo(Trend.NO_COMPARISON);
  }

  @Test
  void anAreaWithNoEvaluationsThisQuarterHasNoSharesAndNoComparison() {
    ScopeFigures cic = figures.area("CIC");
    assertThat(cic.current().evaluationsCompleted()).isZero();
    assertThat(cic.current().goodOrBetterShare()).isNull();
    assertThat(cic.current().kappa()).isNull();
    assertThat(cic.current().strongest()).isEmpty();
    assertThat(cic.previous().evaluationsCompleted()).isEqualTo(2);
    assertThat(cic.previous().goodOrBetterShare()).isEqualTo(1.0);
    assertThat(cic.comparison(Measure.GOOD_OR_BETTER).trend()).isEqualTo(Trend.NO_COMPARISON);
    assertTrend(cic, Measure.EVALUATIONS_COMPLETED, 0, 2, Trend.DOWN, Verdict.NEITHER);
  }

  @Test
  void theAreasAndTeamsAreListedByName() {
    assertThat(figures.areas()).extracting(a -> a.scope().code()).containsExactly("CIC", "FDA", "SFS");
    assertThat(figures.teams()).extracting(t -> t.scope().code())
        .containsExactly("CICT", "LCT", "ATN", "ATS", "FST1", "FST2");
  }

  @Test
  void theWorkbookLinesAreTheEvaluationsCompletedOrDueInTheQuarterWithoutChildren() {
    assertThat(figures.evaluations()).extracting(ReportFigures.EvaluationLine::reference).containsExactly(
        "PE-2019-0101", "PE-2019-0102", "PE-2019-0103", "PE-2019-0104", "PE-2019-0105", "PE-2019-0106",
        "PE-2019-0107", "PE-2019-0108", "PE-2019-0109", "PE-2019-0111");
    ReportFigures.EvaluationLine e3 = figures.evaluations().stream()
        .filter(l -> l.reference().equals("PE-2019-0103")).findFirst().orElseThrow();
    assertThat(e3.firstGrade()).isEqualTo("Good");
    assertThat(e3.moderatedGrade()).isEqualTo("Requires improvement");
    assertThat(e3.finalGrade()).isEqualTo("Requires improvement");
    assertThat(e3.completed()).isTrue();
    assertThat(e3.late()).isFalse();
    assertThat(e3.actionsRaised()).isEqualTo(3);
    assertThat(e3.actionsOpen()).isEqualTo(2);
    assertThat(e3.areaName()).isEqualTo("Front Door and Assessment");
  }

  @Test
  void kappaIsOneForPerfectAgreementAcrossCategoriesAndNegativeForSystematicDisagreement() {
    assertThat(Collation.kappa(List.of(pair(Grade.GOOD, Grade.GOOD), pair(Grade.INADEQUATE, Grade.INADEQUATE))))
        .isCloseTo(1.0, within(1e-12));
    // first: G, RI; moderators: RI, G; po = 0, pe = 1/2 x 1/2 + 1/2 x 1/2 = 0.5 -> kappa = -1
    assertThat(Collation.kappa(List.of(pair(Grade.GOOD, Grade.REQUIRES_IMPROVEMENT),
        pair(Grade.REQUIRES_IMPROVEMENT, Grade.GOOD)))).isCloseTo(-1.0, within(1e-12));
    assertThat(Collation.kappa(List.of())).isNull();
  }

  private static EvaluationFacts pair(Grade first, Grade moderator) {
    return new EvaluationFacts("x", null, "ATN", null, null, null, false, true, first, moderator, moderator, null, 0,
        0, null);
  }

  private static void assertSection(SectionResult s, int outstanding, int good, int requiresImprovement,
      int inadequate, int notRelevant, double share, double mean) {
    assertThat(List.of(s.count(Judgement.OUTSTANDING), s.count(Judgement.GOOD), s.count(Judgement.REQUIRES_IMPROVEMENT),
        s.count(Judgement.INADEQUATE), s.count(Judgement.NOT_RELEVANT))).as("section %d", s.number())
        .containsExactly(outstanding, good, requiresImprovement, inadequate, notRelevant);
    assertThat(s.judged()).isEqualTo(outstanding + good + requiresImprovement + inadequate);
    assertThat(s.goodOrBetterShare()).as("section %d share", s.number()).isCloseTo(share, within(1e-12));
    assertThat(s.meanScore()).as("section %d mean", s.number()).isCloseTo(mean, within(1e-12));
  }

  private static void assertTrend(ScopeFigures scope, Measure measure, double current, double previous, Trend trend,
      Verdict verdict) {
    assertTrend(scope, measure.key(), current, previous, trend, verdict);
  }

  private static void assertTrend(ScopeFigures scope, String key, double current, double previous, Trend trend,
      Verdict verdict) {
    Comparison c = scope.comparison(key);
    assertThat(c.current()).as("%s this quarter", key).isCloseTo(current, within(1e-12));
    assertThat(c.previous()).as("%s last quarter", key).isCloseTo(previous, within(1e-12));
    assertThat(c.trend()).as("%s trend", key).isEqualTo(trend);
    assertThat(c.verdict()).as("%s verdict", key).isEqualTo(verdict);
  }
}
