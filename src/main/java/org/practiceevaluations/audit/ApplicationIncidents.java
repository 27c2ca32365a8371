package org.practiceevaluations.audit;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.practiceevaluations.deployment.ApplicationDeployment;
import org.springframework.stereotype.Component;

/**
 * The open incidents of the application's processes (those in its own deployment, whatever version a process
 * owner deployed since), read from the engine's runtime tables with a handful of queries, each with its cause in
 * plain English ({@link IncidentCauses}). Only root causes are listed: an incident in the moderation also shows,
 * as a copy, on the evaluation that called it.
 */
@Component
class ApplicationIncidents {

  /** How many incidents the overview lists; the count covers them all. */
  static final int LISTED = 50;
  private static final int READ_AT_MOST = 1000;

  private final RepositoryService repositoryService;
  private final RuntimeService runtimeService;

  ApplicationIncidents(RepositoryService repositoryService, RuntimeService runtimeService) {
    this.repositoryService = repositoryService;
    this.runtimeService = runtimeService;
  }

  AuditOverview.Incidents open() {
    Set<String> keys = applicationProcessKeys();
    if (keys.isEmpty()) {
      return new AuditOverview.Incidents(0, List.of());
    }
    List<Incident> roots = runtimeService.createIncidentQuery().processDefinitionKeyIn(keys.toArray(String[]::new))
        .orderByIncidentTimestamp().desc().listPage(0, READ_AT_MOST).stream()
        .filter(i -> i.getId().equals(i.getRootCauseIncidentId()) || i.getRootCauseIncidentId() == null)
        .toList();
    List<Incident> listed = roots.stream().limit(LISTED).toList();
    if (listed.isEmpty()) {
      return new AuditOverview.Incidents(0, List.of());
    }
    Map<String, ProcessDefinition> definitions = repositoryService.createProcessDefinitionQuery()
        .processDefinitionIdIn(listed.stream().map(Incident::getProcessDefinitionId).distinct()
            .toArray(String[]::new))
        .list().stream().collect(Collectors.toMap(ProcessDefinition::getId, Function.identity()));
    Map<String, String> businessKeys = runtimeService.createProcessInstanceQuery()
        .processInstanceIds(listed.stream().map(Incident::getProcessInstanceId).collect(Collectors.toSet()))
        .list().stream().filter(p -> p.getBusinessKey() != null)
        .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
    List<AuditOverview.IncidentItem> items = listed.stream().map(i -> {
      ProcessDefinition definition = definitions.get(i.getProcessDefinitionId());
      String activityId = i.getFailedActivityId() != null ? i.getFailedActivityId() : i.getActivityId();
      return new AuditOverview.IncidentItem(i.getId(), i.getProcessInstanceId(), processName(definition),
          businessKeys.get(i.getProcessInstanceId()), stepName(definition, activityId),
          i.getIncidentTimestamp() == null ? null : i.getIncidentTimestamp().toInstant(),
          IncidentCauses.explain(i.getIncidentType(), i.getIncidentMessage()));
    }).sorted(Comparator.comparing(AuditOverview.IncidentItem::since,
        Comparator.nullsLast(Comparator.reverseOrder()))).toList();
    return new AuditOverview.Incidents(roots.size(), items);
  }

  /** The keys of the processes in the application's latest deployment of processes/ (ModelDeployer). */
  private Set<String> applicationProcessKeys() {
    List<Deployment> latest = repositoryService.createDeploymentQuery()
        .deploymentName(ApplicationDeployment.NAME).orderByDeploymentTime().desc().listPage(0, 1);
    if (latest.isEmpty()) {
      return Set.of();
    }
    return repositoryService.createProcessDefinitionQuery().deploymentId(latest.get(0).getId()).list().stream()
        .map(ProcessDefinition::getKey).collect(Collectors.toCollection(HashSet::new));
  }

  private static String processName(ProcessDefinition definition) {
    if (definition == null) {
      return "";
    }
    return definition.getName() != null ? definition.getName() : definition.getKey();
  }

  /** The step's name in the model (cached by the engine with the deployment); its id when it has none. */
  private String stepName(ProcessDefinition definition, String activityId) {
    if (definition == null || activityId == null) {
      return activityId;
    }
    ModelElementInstance element = repositoryService.getBpmnModelInstance(definition.getId())
        .getModelElementById(activityId);
    if (element instanceof FlowElement flowElement && flowElement.getName() != null
        && !flowElement.getName().isBlank()) {
      return flowElement.getName().replaceAll("\\s+", " ").trim();
    }
    return activityId;
  }
}
