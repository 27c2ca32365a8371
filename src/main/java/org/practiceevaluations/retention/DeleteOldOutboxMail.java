package org.practiceevaluations.retention;

import static org.practiceevaluations.retention.RetentionProcess.Vars.OUTBOX_MAIL_DELETED;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ${deleteOldOutboxMail}}: "Delete outbox mails older than their limit". The count (never any content) stays
 * in the process's history.
 */
@Component("deleteOldOutboxMail")
public class DeleteOldOutboxMail implements JavaDelegate {

  private final Retention retention;

  public DeleteOldOutboxMail(Retention retention) {
    this.retention = retention;
  }

  @Override
  public void execute(DelegateExecution execution) {
    OUTBOX_MAIL_DELETED.set(execution, retention.deleteOldOutboxMail());
  }
}
