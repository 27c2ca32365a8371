package org.practiceevaluations.reporting;

import static org.practiceevaluations.common.ProcessVariables.text;
import static org.practiceevaluations.reporting.QuarterlyReportProcess.Vars.AUDIT_MANAGER;
import static org.practiceevaluations.reporting.QuarterlyReportProcess.Vars.PERIOD_LABEL;
import static org.practiceevaluations.reporting.QuarterlyReportProcess.Vars.QUARTER;
import static org.practiceevaluations.reporting.QuarterlyReportProcess.Vars.REPORT_REFERENCE;
import static org.practiceevaluations.reporting.QuarterlyReportProcess.Vars.STARTED_BY;
import static org.practiceevaluations.reporting.QuarterlyReportProcess.Vars.THEMES_DUE_DATE;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.practiceevaluations.directory.TeamDirectory;
import org.practiceevaluations.evaluation.Deadlines;
import org.springframework.stereotype.Component;

/**
 * {@code ${collateQuarter}} (quarterly report): "Collate the quarter's figures". A quarter the start form names
 * badly refuses the start, saying why.
 */
@Component("collateQuarter")
public class CollateQuarter implements JavaDelegate {

  private final QuarterlyReports reports;
  private final TeamDirectory directory;
  private final Deadlines deadlines;
  private final LearningSettings settings;

  public CollateQuarter(QuarterlyReports reports, TeamDirectory directory, Deadlines deadlines,
      LearningSettings settings) {
    this.reports = reports;
    this.directory = directory;
    this.deadlines = deadlines;
    this.settings = settings;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ReportPeriod quarter;
    try {
      quarter = reports.quarter(text(execution, QUARTER.name()));
    } catch (IllegalArgumentException e) {
      throw new FormFieldValidationException(QUARTER.name(), "The quarterly report was not started: " + e.getMessage());
    }
    QuarterlyReport report = reports.start(quarter, text(execution, STARTED_BY.name()),
        execution.getProcessInstanceId());
    execution.setProcessBusinessKey(report.getReference());
    REPORT_REFERENCE.set(execution, report.getReference());
    PERIOD_LABEL.set(execution, quarter.title());
    AUDIT_MANAGER.set(execution, directory.auditManager());
    THEMES_DUE_DATE.set(execution, Deadlines.toDate(deadlines.dueAfter(deadlines.now(), settings.themesWithin())));
  }
}
