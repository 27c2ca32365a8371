package org.practiceevaluations.reporting;

import java.time.Instant;
import java.util.List;

/** The hand-computed quarter of {@link QuarterDataSet} with themes and action plans, as the outputs' tests use it. */
final class SampleReport {

  static final Instant PRODUCED = QuarterDataSet.AS_OF.plusSeconds(3600);

  private SampleReport() {}

  static ReportFigures figures() {
    return Collation.collate(QuarterDataSet.Q2, QuarterDataSet.AS_OF, QuarterDataSet.LONDON, QuarterDataSet.TEAMS,
        QuarterDataSet.evaluationFacts(), QuarterDataSet.concernFacts(), QuarterDataSet.TOOL);
  }

  static QuarterlyReportContent content() {
    return new QuarterlyReportContent("QR-2019-Q2-1", figures(), List.of(
        new QuarterlyReportContent.KeyTheme(1, "Recording that tells the child's story",
            "Chronologies and case notes are not kept up to date; the child's journey is hard to follow."),
        new QuarterlyReportContent.KeyTheme(2, "Management oversight that drives the plan",
            "Supervision is recorded but does not always set out what will change and by when."),
        new QuarterlyReportContent.KeyTheme(3, "Identity, diversity and culture",
            "Children's identity and culture are not consistently explored in assessments and plans.")),
        List.of(
            new QuarterlyReportContent.AreaActionPlan("CIC", "Children in Care and Care Leavers",
                "Audit champions to share the new chronology template.\nPlacement plans reviewed in supervision."),
            new QuarterlyReportContent.AreaActionPlan("FDA", "Front Door and Assessment",
                "- Recording workshop for all social workers by the end of August.\n"
                    + "- Team managers to check chronologies in monthly supervision."),
            new QuarterlyReportContent.AreaActionPlan("SFS", "Safeguarding and Family Support",
                "Reflective supervision training for team managers.\nIdentity prompts added to the assessment.")),
        "Direct work and the voice of the child are strengths; recording is the weakest area.", PRODUCED, false);
  }
}
