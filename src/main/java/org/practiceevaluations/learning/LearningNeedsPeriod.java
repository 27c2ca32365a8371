package org.practiceevaluations.learning;

import static org.practiceevaluations.reporting.LearningNeedsProcess.Vars.FROM_DATE;
import static org.practiceevaluations.reporting.LearningNeedsProcess.Vars.PERIOD_END;
import static org.practiceevaluations.reporting.LearningNeedsProcess.Vars.PERIOD_START;
import static org.practiceevaluations.reporting.LearningNeedsProcess.Vars.SUMMARY_REFERENCE;
import static org.practiceevaluations.reporting.LearningNeedsProcess.Vars.TO_DATE;
import static org.practiceevaluations.reporting.QuarterlyReportProcess.Vars.PERIOD_LABEL;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.practiceevaluations.reporting.LearningNeedsSummaries;
import org.practiceevaluations.reporting.ReportPeriod;
import org.springframework.stereotype.Component;

/**
 * {@code ${learningNeedsPeriod}} (learning needs summary): "Work out the months the summary covers". Dates the start
 * form gives badly refuse the start, saying why.
 */
@Component("learningNeedsPeriod")
public class LearningNeedsPeriod implements JavaDelegate {

  private final LearningNeedsSummaries summaries;

  public LearningNeedsPeriod(LearningNeedsSummaries summaries) {
    this.summaries = summaries;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ReportPeriod period;
    try {
      period = summaries.period(FROM_DATE.get(execution), TO_DATE.get(execution));
    } catch (IllegalArgumentException e) {
      throw new FormFieldValidationException(FROM_DATE.name(),
          "The learning needs summary was not started: " + e.getMessage());
    }
    String reference = summaries.reference(period);
    execution.setProcessBusinessKey(reference);
    SUMMARY_REFERENCE.set(execution, reference);
    PERIOD_START.set(execution, period.start().toString());
    PERIOD_END.set(execution, period.end().toString());
    PERIOD_LABEL.set(execution, period.label());
  }
}
