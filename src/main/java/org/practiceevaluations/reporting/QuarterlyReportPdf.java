package org.practiceevaluations.reporting;

import java.util.Map;
import org.practiceevaluations.catalogue.Grade;
import org.practiceevaluations.catalogue.Judgement;
import org.practiceevaluations.filing.ReportDocuments;
import org.practiceevaluations.recording.HtmlToPdf;

/**
 * The full quarterly report as a PDF (the guide: "details of all audit findings, an analysis of areas of strength
 * and areas for improvement", "a clear action plan per service area"): every figure against last quarter, grades by
 * area (with bars) and team, every section, the themes, the action plans, each area in full, and how the figures
 * are counted. Template {@code templates/pdf/quarterly-report.html}.
 */
public class QuarterlyReportPdf {

  public static final String CONTENT_TYPE = HtmlToPdf.CONTENT_TYPE;

  private final ReportDocuments documents;

  public QuarterlyReportPdf(ReportDocuments documents) {
    this.documents = documents;
  }

  public byte[] render(QuarterlyReportContent report) {
    return documents.pdf("quarterly-report", variables(report),
        "The quarterly report PDF of " + report.figures().period().shortName());
  }

  String html(QuarterlyReportContent report) {
    return documents.html("quarterly-report", variables(report));
  }

  private static Map<String, Object> variables(QuarterlyReportContent report) {
    return Map.of("r", report, "fig", report.figures(), "grades", Grade.values(), "judgements", Judgement.values());
  }
}
