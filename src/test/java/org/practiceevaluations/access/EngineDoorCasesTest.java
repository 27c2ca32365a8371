package org.practiceevaluations.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.practiceevaluations.evaluation.EvaluationRepository;
import org.practiceevaluations.evaluation.PracticeEvaluationProcess.Elements;
import org.practiceevaluations.evaluation.PracticeEvaluationProcess.Vars;
import org.practiceevaluations.evaluation.SafetyEscalation;
import org.practiceevaluations.journey.Answers;
import org.practiceevaluations.journey.TasklistClient;
import org.practiceevaluations.support.AppTest;
import org.practiceevaluations.support.BackgroundSteps;
import org.practiceevaluations.support.DemoUsers;
import org.practiceevaluations.support.Http;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The five ways in which a member of staff could once reach past their task through the engine's REST API (issue
 * 13), each tried as that person would: refused, and nothing changed.
 */
@AppTest
class EngineDoorCasesTest {

  @LocalServerPort int port;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;
  @Autowired EvaluationRepository evaluations;
  @Autowired TransactionTemplate tx;

  /** Case 1: the auditor of one evaluation points her process at another team's child and makes herself its manager. */
  @Test
  void anAuditorCannotRewriteWhichEvaluationHerTaskBelongsTo() {
    String mine = allocate("C104459", "cevans");   // Assessment Team North, audited by Claire Evans
    String theirs = allocate("C105236", "pmurphy"); // Family Safeguarding Team 1
    TasklistClient auditor = new TasklistClient(port, "cevans");
    auditor.complete(mine, Elements.READ_ALLOCATION, Answers.allocationRead());
    String task = auditor.task(mine, Elements.CONTACT_SOCIAL_WORKER);
    String instance = instanceOf(mine);
    Map<String, Object> before = runtimeService.getVariables(instance);

    Map<String, Object> forged = new java.util.HashMap<>(Answers.socialWorkerContacted(true));
    forged.put(Vars.EVALUATION_REFERENCE.name(), theirs);
    forged.put(Vars.TEAM_MANAGER.name(), "cevans");
    Http http = Http.basic(port, "cevans", DemoUsers.PASSWORD);
    Http.Response complete = http.sendJson("POST", "/engine-rest/task/" + task + "/complete",
        TasklistClient.body(forged), false);
    Http.Response submit = auditor.submit(task, forged);

    assertThat(complete.status()).as(complete.toString()).isEqualTo(403);
    assertThat(submit.status()).as(submit.toString()).isEqualTo(400);
    assertThat(submit.json().get("message").asText()).contains(Vars.EVALUATION_REFERENCE.name()).contains(Vars.TEAM_MANAGER.name());
    assertThat(runtimeService.getVariables(instance)).isEqualTo(before);
    assertThat(auditor.task(mine, Elements.CONTACT_SOCIAL_WORKER)).isEqualTo(task);

    // her own answers, and nothing else, go through; the next task shows her own evaluation's child
    auditor.complete(mine, Elements.CONTACT_SOCIAL_WORKER, Answers.socialWorkerContacted(true));
    var form = auditor.formVariables(auditor.task(mine, Elements.GATHER_FEEDBACK));
    assertThat(form.get("evaluationReferenceText").get("value").asText()).isEqualTo(mine);
    assertThat(form.get("childReferenceText").get("value").asText()).isEqualTo("C104459");
    assertThat(runtimeService.getVariable(instance, Vars.EVALUATION_REFERENCE.name())).isEqualTo(mine);
    assertThat(runtimeService.getVariable(instance, Vars.TEAM_MANAGER.name())).isEqualTo(before.get(Vars.TEAM_MANAGER.name()));
  }

  /** Case 2: a social worker of another team runs the auditor's reminder timer by hand. */
  @Test
  void aJobCallRefusedAtTheDoorLeavesTheTimerAsItWas() {
    String reference = allocate("C104607", "pmurphy"); // Assessment Team South
    Job reminder = managementService.createJobQuery().processInstanceId(instanceOf(reference)).timers()
        .activityId(Elements.AUDIT_REMINDER).singleResult();
    Date due = reminder.getDuedate();
    int retries = reminder.getRetries();
    Http socialWorker = Http.basic(port, "bcooper", DemoUsers.PASSWORD);

    for (int attempt = 0; attempt < 4; attempt++) {
      Http.Response response = socialWorker.sendJson("POST", "/engine-rest/job/" + reminder.getId() + "/execute", "{}",
          false);
      assertThat(response.status()).as(response.toString()).isEqualTo(403);
    }
    Http.Response retry = socialWorker.sendJson("PUT", "/engine-rest/job/" + reminder.getId() + "/retries",
        "{\"retries\":0}", false);
    Http.Response duedate = socialWorker.sendJson("PUT", "/engine-rest/job/" + reminder.getId() + "/duedate",
        "{\"duedate\":\"2020-01-01T00:00:00.000+0000\"}", false);

    assertThat(retry.status()).isEqualTo(403);
    assertThat(duedate.status()).isEqualTo(403);
    Job after = managementService.createJobQuery().jobId(reminder.getId()).singleResult();
    assertThat(after.getDuedate()).isEqualTo(due);
    assertThat(after.getRetries()).isEqualTo(retries);
    assertThat(after.getExceptionMessage()).isNull();
    assertThat(managementService.createJobQuery().processInstanceId(instanceOf(reference)).withException().count())
        .isZero();
  }

  /** Case 3: an IRO raises a safety escalation in the name of another evaluation's auditor. */
  @Test
  void aSafetyEscalationIsRaisedInTheNameOfWhoeverIsLoggedInAndOnlyOnTheirOwnEvaluation() {
    String reference = allocate("C105643", "pmurphy"); // Family Safeguarding Team 2
    TasklistClient iro = new TasklistClient(port, "cgreen");

    Http.Response forged = iro.startProcess("safety-escalation", Map.of(Vars.EVALUATION_REFERENCE.name(), reference,
        Vars.ESCALATION_CONCERN.name(), "A bruise was seen on the child's arm at the review.", Vars.RAISED_BY.name(), "pmurphy"));
    Http.Response asHerself = iro.startProcess("safety-escalation", Map.of(Vars.EVALUATION_REFERENCE.name(), reference,
        Vars.ESCALATION_CONCERN.name(), "A bruise was seen on the child's arm at the review."));

    assertThat(forged.status()).as(forged.toString()).isEqualTo(400);
    assertThat(forged.json().get("message").asText()).contains(Vars.RAISED_BY.name());
    assertThat(asHerself.status()).as(asHerself.toString()).isEqualTo(400);
    assertThat(escalations(reference)).isEmpty();
    assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey("safety-escalation")
        .startedBy("cgreen").count()).isZero();
  }

  /** Case 4: a team manager opens a transfer audit on a child of another team, with herself as auditor. */
  @Test
  void aManagerStartsATransferOrClosureAuditOnlyForTheirOwnTeamsChildren() {
    TasklistClient teamManager = new TasklistClient(port, "pmurphy"); // Assessment Team North
    long before = evaluations.count();

    Http.Response otherTeam = teamManager.startProcess("practice-evaluation", Map.of("childReference", "C105014",
        "evaluationType", "transfer", "auditor", "pmurphy"));
    Http.Response noSuchChild = teamManager.startProcess("practice-evaluation", Map.of("childReference", "C999999",
        "evaluationType", "transfer", "auditor", "pmurphy"));
    Http.Response closedChild = teamManager.startProcess("practice-evaluation", Map.of("childReference", "C105310",
        "evaluationType", "closure", "auditor", "pmurphy"));

    assertThat(otherTeam.status()).as(otherTeam.toString()).isEqualTo(400);
    String message = otherTeam.json().get("message").asText();
    assertThat(noSuchChild.json().get("message").asText()).isEqualTo(message);
    assertThat(closedChild.json().get("message").asText()).isEqualTo(message);
    assertThat(message).doesNotContain("Family Safeguarding").doesNotContain("closed").doesNotContain("no case");
    assertThat(evaluations.count()).isEqualTo(before);

    Http.Response ownTeam = teamManager.startProcess("practice-evaluation", Map.of("childReference", "C104311",
        "evaluationType", "transfer", "auditor", "pmurphy"));
    assertThat(ownTeam.status()).as(ownTeam.toString()).isEqualTo(200);
  }

  /** Case 5: a long account of a safety concern is kept whole, in the application's tables only. */
  @Test
  void aLongSafetyConcernIsKeptWholeAndNeverInTheEngine() {
    String reference = allocate("C105421", "pmurphy"); // Family Safeguarding Team 2
    String concern = "The child disclosed harm at school. ".repeat(560).substring(0, 19_999) + ".";
    TasklistClient auditor = new TasklistClient(port, "pmurphy");

    Http.Response raised = auditor.startProcess("safety-escalation", Map.of(Vars.EVALUATION_REFERENCE.name(), reference,
        Vars.ESCALATION_CONCERN.name(), concern));

    assertThat(raised.status()).as(raised.toString()).isEqualTo(200);
    assertThat(escalations(reference)).singleElement()
        .satisfies(e -> assertThat(e.getConcern().equals(concern)).as("the concern is kept whole").isTrue());
    assertThat(historyService.createHistoricVariableInstanceQuery().variableName(Vars.ESCALATION_CONCERN.name()).list())
        .noneSatisfy(v -> assertThat(String.valueOf(v.getValue())).contains("disclosed harm"));
    assertThat(runtimeService.createVariableInstanceQuery().variableName(Vars.ESCALATION_CONCERN.name()).list())
        .noneSatisfy(v -> assertThat(String.valueOf(v.getValue())).contains("disclosed harm"));
  }

  private String allocate(String child, String auditor) {
    Http.Response started = new TasklistClient(port, DemoUsers.AUDIT_MANAGER).startProcess("practice-evaluation",
        Map.of("childReference", child, "evaluationType", "monthly", "auditor", auditor));
    assertThat(started.status()).as(started.toString()).isEqualTo(200);
    String reference = started.json().get("businessKey").asText();
    runBackgroundSteps();
    return reference;
  }

  private String instanceOf(String reference) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey("practice-evaluation")
        .processInstanceBusinessKey(reference).singleResult().getId();
  }

  private List<SafetyEscalation> escalations(String reference) {
    return tx.execute(s -> List.copyOf(evaluations.findByReference(reference).orElseThrow().getSafetyEscalations()));
  }

  void runBackgroundSteps() {
    BackgroundSteps.run(managementService);
  }
}
