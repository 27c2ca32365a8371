package org.practiceevaluations.retention;

import static org.practiceevaluations.retention.RetentionProcess.Vars.ENGINE_HISTORY_DUE;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.history.CleanableHistoricProcessInstanceReportResult;
import org.springframework.stereotype.Component;

/**
 * {@code ${cleanUpEngineHistory}}: "Remove the history of processes past their time to live". The engine's own
 * history is removed by its history clean-up, by each process's time to live (six years after an evaluation's
 * process ends); this step starts that clean-up now and counts the finished processes it removes.
 */
@Component("cleanUpEngineHistory")
public class CleanUpEngineHistory implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    HistoryService historyService = execution.getProcessEngineServices().getHistoryService();
    long due = historyService.createCleanableHistoricProcessInstanceReport().list().stream()
        .mapToLong(CleanableHistoricProcessInstanceReportResult::getCleanableProcessInstanceCount)
        .sum();
    ENGINE_HISTORY_DUE.set(execution, due);
    if (due > 0) {
      historyService.cleanUpHistoryAsync(true);
    }
  }
}
