package org.practiceevaluations.retention;

import static org.practiceevaluations.retention.RetentionProcess.Vars.NOTIFICATION_RECORDS_DELETED;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ${deleteOldNotificationRecords}}: "Delete notification records older than their limit". The count (never
 * any content) stays in the process's history.
 */
@Component("deleteOldNotificationRecords")
public class DeleteOldNotificationRecords implements JavaDelegate {

  private final Retention retention;

  public DeleteOldNotificationRecords(Retention retention) {
    this.retention = retention;
  }

  @Override
  public void execute(DelegateExecution execution) {
    NOTIFICATION_RECORDS_DELETED.set(execution, retention.deleteOldNotificationRecords());
  }
}
