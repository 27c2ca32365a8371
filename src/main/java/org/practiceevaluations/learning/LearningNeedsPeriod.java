package org.practiceevaluations.learning;

import static org.practiceevaluations.learning.LearningNeedsProcess.Vars.FROM_DATE;
import static org.practiceevaluations.learning.LearningNeedsProcess.Vars.PERIOD_END;
import static org.practiceevaluations.learning.LearningNeedsProcess.Vars.PERIOD_LABEL;
import static org.practiceevaluations.learning.LearningNeedsProcess.Vars.PERIOD_START;
import static org.practiceevaluations.learning.LearningNeedsProcess.Vars.SUMMARY_REFERENCE;
import static org.practiceevaluations.learning.LearningNeedsProcess.Vars.TO_DATE;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.practiceevaluations.filing.ReportPeriod;
import org.practiceevaluations.forms.AnswersRejected;
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
      throw new AnswersRejected(FROM_DATE.name(),
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
