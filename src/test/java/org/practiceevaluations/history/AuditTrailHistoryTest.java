package org.practiceevaluations.history;

import org.practiceevaluations.engine.history.AuditTrailHistoryPlugin;
import org.practiceevaluations.engine.history.AuditTrailHistoryLevel;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.practiceevaluations.audit.EvaluationTab;
import org.practiceevaluations.audit.EvaluationTabService;
import org.practiceevaluations.evaluation.PracticeEvaluationProcess.Elements;
import org.practiceevaluations.evaluation.PracticeEvaluationProcess;
import org.practiceevaluations.journey.Answers;
import org.practiceevaluations.support.AppTest;
import org.practiceevaluations.support.BackgroundSteps;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The engine keeps the history the audit trail needs (docs/adr/0024-history-kept-for-the-audit-trail.md): after an
 * evaluation's first steps, done by the people (authenticated on the engine, as Tasklist does them), the history says who did which task when, who
 * completed it (the user operation log), to whom it was given, the decisions taken with what they were given and
 * what they said, and the evaluation tab names the people; it holds no earlier values of variables, no form fields
 * and no job log.
 */
@AppTest
class AuditTrailHistoryTest {

  static final String CHILD = "C104274";

  @Autowired RepositoryService repositoryService;
  @Autowired FormService formService;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;
  @Autowired ProcessEngine processEngine;
  @Autowired EvaluationTabService evaluationTab;
  @Autowired JdbcTemplate jdbc;
  @Autowired AuditTrailHistoryPlugin plugin;

  @Test
  void theHistorySaysWhoDidWhichTaskWhenAndTheDecisionsAndKeepsNoCopies() {
    identityService.setAuthentication("kmorgan", List.of("audit-team", "auditors"));
    String definition = repositoryService.createProcessDefinitionQuery()
        .processDefinitionKey(PracticeEvaluationProcess.KEY).latestVersion().singleResult().getId();
    String instance = formService.submitStartForm(definition, Map.of(PracticeEvaluationProcess.Vars.CHILD_REFERENCE.name(),
        CHILD, PracticeEvaluationProcess.Vars.EVALUATION_TYPE.name(), "monthly", PracticeEvaluationProcess.Vars.AUDITOR.name(),
        "rking")).getId();
    identityService.clearAuthentication();
    BackgroundSteps.run(managementService);
    Task read = taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey(Elements.READ_ALLOCATION)
        .singleResult();
    identityService.setAuthentication("rking", List.of("auditors"));
    try {
      formService.submitTaskForm(read.getId(), Answers.allocationRead());
    } finally {
      identityService.clearAuthentication();
    }
    BackgroundSteps.run(managementService);

    assertThat(((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration()).getHistoryLevel()
        .getName())
        .isEqualTo(AuditTrailHistoryLevel.NAME);
    // who did which task, when
    List<HistoricTaskInstance> done = historyService.createHistoricTaskInstanceQuery().processInstanceId(instance)
        .taskDefinitionKey(Elements.READ_ALLOCATION).finished().list();
    assertThat(done).singleElement().satisfies(t -> {
      assertThat(t.getAssignee()).isEqualTo("rking");
      assertThat(t.getStartTime()).isNotNull();
      assertThat(t.getEndTime()).isAfterOrEqualTo(t.getStartTime());
    });
    // who completed it, and who started the evaluation
    List<UserOperationLogEntry> completions = historyService.createUserOperationLogQuery()
        .taskId(done.get(0).getId()).operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE).list();
    assertThat(completions).isNotEmpty().allSatisfy(e -> assertThat(e.getUserId()).isEqualTo("rking"));
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(instance).singleResult()
        .getStartUserId()).isEqualTo("kmorgan");
    // to whom the task was given
    assertThat(historyService.createHistoricIdentityLinkLogQuery().taskId(done.get(0).getId()).list())
        .extracting(HistoricIdentityLinkLog::getUserId).contains("rking");
    // the decisions, with what they were given and what they said
    assertThat(historyService.createHistoricDecisionInstanceQuery().processInstanceId(instance).includeInputs()
        .includeOutputs().list()).isNotEmpty().allSatisfy(d -> {
          assertThat(d.getEvaluationTime()).isNotNull();
          assertThat(d.getOutputs()).isNotEmpty();
        });
    // each process variable's value is there
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instance).count()).isPositive();
    // the copies are not
    assertThat(historyService.createHistoricDetailQuery().processInstanceId(instance).count()).isZero();
    assertThat(historyService.createHistoricJobLogQuery().processInstanceId(instance).count()).isZero();
    // the evaluation tab still names who has which part of the evaluation
    EvaluationTab tab = evaluationTab.forProcessInstance(instance);
    assertThat(tab.evaluation().people()).extracting(EvaluationTab.Role::role).contains("First auditor",
        "Allocated by");
  }

  @Test
  void aDatabaseKeptAtFullHistoryIsMovedToTheAuditTrailLevelAtStartAndNoOtherIs() {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
    try {
      jdbc.update("update ACT_GE_PROPERTY set VALUE_ = '3' where NAME_ = 'historyLevel'");
      plugin.postInit(configuration);
      assertThat(level()).isEqualTo(Integer.toString(AuditTrailHistoryLevel.ID));

      jdbc.update("update ACT_GE_PROPERTY set VALUE_ = '2' where NAME_ = 'historyLevel'");
      plugin.postInit(configuration);
      assertThat(level()).as("the audit level: left for the engine to refuse").isEqualTo("2");
    } finally {
      jdbc.update("update ACT_GE_PROPERTY set VALUE_ = ? where NAME_ = 'historyLevel'",
          Integer.toString(AuditTrailHistoryLevel.ID));
    }
  }

  private String level() {
    return jdbc.queryForObject("select VALUE_ from ACT_GE_PROPERTY where NAME_ = 'historyLevel'", String.class);
  }
}
