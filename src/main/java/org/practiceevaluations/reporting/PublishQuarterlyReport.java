package org.practiceevaluations.reporting;

import static org.practiceevaluations.reporting.QuarterlyReportProcess.Vars.PRESENTATION_URL;
import static org.practiceevaluations.reporting.QuarterlyReportProcess.Vars.REPORT_REFERENCE;
import static org.practiceevaluations.reporting.QuarterlyReportProcess.Vars.REPORT_URL;
import static org.practiceevaluations.reporting.QuarterlyReportProcess.Vars.WORKBOOK_URL;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ${publishQuarterlyReport}} (quarterly report): "Produce the PowerPoint, the full report and the workbook".
 * Filed in the report store, linked in the mail.
 */
@Component("publishQuarterlyReport")
public class PublishQuarterlyReport implements JavaDelegate {

  private final QuarterlyReports reports;

  public PublishQuarterlyReport(QuarterlyReports reports) {
    this.reports = reports;
  }

  @Override
  public void execute(DelegateExecution execution) {
    QuarterlyReports.Published published = reports.publish(REPORT_REFERENCE.get(execution));
    REPORT_URL.set(execution, reports.downloadUrl(published.report()));
    PRESENTATION_URL.set(execution, reports.downloadUrl(published.presentation()));
    WORKBOOK_URL.set(execution, reports.downloadUrl(published.workbook()));
  }
}
