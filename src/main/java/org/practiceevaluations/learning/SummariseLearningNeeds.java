package org.practiceevaluations.learning;

import static org.practiceevaluations.reporting.LearningNeedsProcess.Vars.LEARNING_NEEDS_SUMMARY;
import static org.practiceevaluations.reporting.LearningNeedsProcess.Vars.PERIOD_END;
import static org.practiceevaluations.reporting.LearningNeedsProcess.Vars.PERIOD_START;
import static org.practiceevaluations.reporting.LearningNeedsProcess.Vars.SUMMARY_REFERENCE;
import static org.practiceevaluations.reporting.QuarterlyReportProcess.Vars.REPORT_URL;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.practiceevaluations.reporting.LearningNeedsSummaries;
import org.practiceevaluations.reporting.ReportPeriod;
import org.springframework.stereotype.Component;

/**
 * {@code ${summariseLearningNeeds}} (learning needs summary): "Summarise the learning needs by team and theme, and
 * save the summary".
 */
@Component("summariseLearningNeeds")
public class SummariseLearningNeeds implements JavaDelegate {

  private final LearningNeedsSummaries summaries;

  public SummariseLearningNeeds(LearningNeedsSummaries summaries) {
    this.summaries = summaries;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ReportPeriod period = new ReportPeriod(LocalDate.parse(PERIOD_START.require(execution)),
        LocalDate.parse(PERIOD_END.require(execution)));
    LearningNeedsSummaries.Filed filed = summaries.summariseAndFile(SUMMARY_REFERENCE.get(execution), period);
    LEARNING_NEEDS_SUMMARY.set(execution, filed.mailSummary());
    REPORT_URL.set(execution, filed.downloadUrl());
  }
}
