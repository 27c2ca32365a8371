package org.practiceevaluations.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.practiceevaluations.support.AppTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The values a form is shown with (task variables) and the engine's "form property" copies of submitted answers
 * stay out of the history; the process's own variables are kept (their last value, docs/adr/0024).
 */
@AppTest
class FormHistoryFilterTest {

  @Autowired RepositoryService repositoryService;
  @Autowired FormService formService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired IdentityService identityService;
  @Autowired org.camunda.bpm.engine.ManagementService managementService;

  @AfterEach
  void logOut() {
    identityService.clearAuthentication();
  }

  @Test
  void aTasksFormValuesAreShownButNotKeptInTheHistoryWhileTheProcessVariablesAre() {
    identityService.setAuthentication("kmorgan", List.of("audit-team", "auditors"));
    String definition = repositoryService.createProcessDefinitionQuery()
        .processDefinitionKey(PracticeEvaluationProcess.KEY).latestVersion().singleResult().getId();
    String instance = formService.submitStartForm(definition, Map.of(PracticeEvaluationProcess.Vars.CHILD_REFERENCE.name(),
        "C104274", PracticeEvaluationProcess.Vars.EVALUATION_TYPE.name(), "monthly", PracticeEvaluationProcess.Vars.AUDITOR.name(),
        "rking")).getId();
    identityService.clearAuthentication();
    for (Job job : managementService.createJobQuery().processInstanceId(instance).messages().list()) {
      managementService.executeJob(job.getId());
    }

    Task task = taskService.createTaskQuery().processInstanceId(instance).singleResult();
    // the case facts the form shows are read when it is opened, not kept on the task (ADR 0033)
    assertThat(taskService.getVariablesLocal(task.getId())).doesNotContainKey("childNameText");
    assertThat(historyService.createHistoricVariableInstanceQuery().taskIdIn(task.getId()).count()).isZero();

    identityService.setAuthentication("rking", List.of("auditors"));
    assertThat(formService.getTaskFormVariables(task.getId()).get("childNameText")).as("shown on the form")
        .isNotNull();
    assertThat(formService.getTaskFormVariables(task.getId(), List.of("childNameText", "teamText"), true))
        .containsOnlyKeys("childNameText", "teamText");
    formService.submitTaskForm(task.getId(), Map.of("checklistConfirmed", true));
    identityService.clearAuthentication();
    assertThat(historyService.createHistoricDetailQuery().processInstanceId(instance).formFields().count()).isZero();
    List<String> kept = historyService.createHistoricVariableInstanceQuery().processInstanceId(instance).list()
        .stream().map(HistoricVariableInstance::getName).toList();
    assertThat(kept).contains(PracticeEvaluationProcess.Vars.EVALUATION_REFERENCE.name(),
        PracticeEvaluationProcess.Vars.AUDITOR.name(), PracticeEvaluationProcess.Vars.AUDIT_DUE_DATE.name()).doesNotContain(
        "childNameText");
    // each process variable's last value is kept; its earlier values are not (the audit-trail history level,
    // docs/adr/0024-history-kept-for-the-audit-trail.md)
    assertThat(historyService.createHistoricDetailQuery().processInstanceId(instance).variableUpdates().count())
        .isZero();
  }
}
