package org.practiceevaluations.retention;

import static org.practiceevaluations.retention.RetentionProcess.Vars.CASES_ANONYMISED;
import static org.practiceevaluations.retention.RetentionProcess.Vars.CASE_NOTES_DELETED;
import static org.practiceevaluations.retention.RetentionProcess.Vars.DOCUMENTS_DELETED;
import static org.practiceevaluations.retention.RetentionProcess.Vars.EVALUATIONS_ANONYMISED;
import static org.practiceevaluations.retention.RetentionProcess.Vars.FILES_DELETED;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ${anonymiseClosedCases}}: "Anonymise the evaluations of cases closed long enough ago, and delete their case
 * notes and files". The counts (never any content) stay in the process's history.
 */
@Component("anonymiseClosedCases")
public class AnonymiseClosedCases implements JavaDelegate {

  private final Retention retention;

  public AnonymiseClosedCases(Retention retention) {
    this.retention = retention;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Retention.Anonymised removed = retention.anonymiseClosedCases();
    CASES_ANONYMISED.set(execution, removed.cases());
    EVALUATIONS_ANONYMISED.set(execution, removed.evaluations());
    CASE_NOTES_DELETED.set(execution, removed.caseNotes());
    DOCUMENTS_DELETED.set(execution, removed.documents());
    FILES_DELETED.set(execution, removed.files());
  }
}
