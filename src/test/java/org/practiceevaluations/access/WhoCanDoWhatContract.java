package org.practiceevaluations.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.practiceevaluations.catalogue.Grade;
import org.practiceevaluations.identity.StaffGroup;
import org.practiceevaluations.recording.EvaluationRecording;
import org.practiceevaluations.recording.FiledDocument;
import org.practiceevaluations.reporting.QuarterlyReports;
import org.practiceevaluations.support.DemoUsers;
import org.practiceevaluations.support.EvaluationFixtures;
import org.practiceevaluations.support.Http;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * README "Who can do what", cell by cell: every row of the engine REST API's table ({@link EngineApiRules}) and
 * every endpoint of {@code /api}, tried as a demo user of each role. Where the table says yes, the call works;
 * where it says no, the answer is 403 (or 404 where even the existence of a child's record is not told) and
 * nothing changed: the test process's variables, tasks and their people, its deadline's retries and due date, the
 * deployments, the history and the application's rows are compared before and after. Run on H2 and PostgreSQL.
 */
abstract class WhoCanDoWhatContract {

  /** The demo users who try each cell, one per column of the table. */
  enum Role {
    SOCIAL_WORKER("ejones"),
    MANAGER_AND_AUDITOR("pmurphy"),
    AUDIT_TEAM("tpatel"),
    PROCESS_OWNER("bowen"),
    ADMINISTRATOR(DemoUsers.ADMIN);

    final String user;

    Role(String user) {
      this.user = user;
    }
  }

  @LocalServerPort int port;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;
  @Autowired IdentityService identityService;
  @Autowired AuthorizationService authorizationService;
  @Autowired JdbcTemplate jdbc;
  @Autowired EvaluationFixtures evaluationFixtures;
  @Autowired EvaluationRecording recording;
  @Autowired QuarterlyReports quarterlyReports;
  @Autowired org.practiceevaluations.caseregister.CaseImporter caseImporter;

  /** One cell's things to act on: made fresh for each cell, removed after it. */
  record Fixture(String instance, String task, String offeredTask, String job, String throwaway,
      String finishedInstance) {}

  Fixture fixture;
  final List<String> deployments = new ArrayList<>();

  @BeforeEach
  void theTestProcessAndOneOfEverything() {
    if (repositoryService.createProcessDefinitionQuery().processDefinitionKey("door-test").count() == 0) {
      repositoryService.createDeployment().name("door-test")
          .addClasspathResource("door/door-test.bpmn").addClasspathResource("door/door-start.form")
          .addClasspathResource("door/door-task.form").deploy();
    }
    for (StaffGroup group : StaffGroup.staff()) {
      if (authorizationService.createAuthorizationQuery().groupIdIn(group.id()).resourceType(
          Resources.PROCESS_DEFINITION).resourceId("door-test").count() == 0) {
        Authorization grant = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        grant.setGroupId(group.id());
        grant.setResource(Resources.PROCESS_DEFINITION);
        grant.setResourceId("door-test");
        grant.addPermission(Permissions.READ);
        grant.addPermission(org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.CREATE_INSTANCE);
        authorizationService.saveAuthorization(grant);
      }
    }
    fixture = null;
  }

  /** A deployment of its own and a finished process, for the rows that delete them. */
  Fixture fixtureFor(Role role, boolean withThrowaway) {
    String worker = role == Role.ADMINISTRATOR ? "kmorgan" : role.user;
    String instance = runtimeService.startProcessInstanceByKey("door-test",
        Map.of("startedBy", worker, "note", "as it was")).getId();
    Map<String, Object> nobody = new HashMap<>();
    nobody.put("startedBy", null);
    String offered = runtimeService.startProcessInstanceByKey("door-test", nobody).getId();
    Task task = taskService.createTaskQuery().processInstanceId(instance).singleResult();
    Task offeredTask = taskService.createTaskQuery().processInstanceId(offered).singleResult();
    taskService.addCandidateUser(offeredTask.getId(), worker);
    Job job = managementService.createJobQuery().processInstanceId(instance).singleResult();
    String throwaway = null;
    String finished = null;
    if (withThrowaway) {
      throwaway = repositoryService.createDeployment().name("door-throwaway")
          .addModelInstance("door-throwaway.bpmn", Bpmn.createExecutableProcess("door-throwaway")
              .camundaHistoryTimeToLive(1).startEvent().endEvent().done()).deploy().getId();
      deployments.add(throwaway);
      finished = runtimeService.startProcessInstanceByKey("door-throwaway").getId();
    }
    fixture = new Fixture(instance, task.getId(), offeredTask.getId(), job.getId(), throwaway, finished);
    return fixture;
  }

  @AfterEach
  void removeTheFixture() {
    runtimeService.createProcessInstanceQuery().processDefinitionKey("door-test").list()
        .forEach(pi -> runtimeService.deleteProcessInstance(pi.getId(), "test over"));
    for (String deployment : deployments) {
      if (repositoryService.createDeploymentQuery().deploymentId(deployment).count() > 0) {
        repositoryService.deleteDeployment(deployment, true, true);
      }
    }
    repositoryService.createDeploymentQuery().deploymentName("door-deployed-by-test").list()
        .forEach(d -> repositoryService.deleteDeployment(d.getId(), true, true));
    deployments.clear();
    taskService.createTaskQuery().taskNameLike("Door test standalone%").list()
        .forEach(t -> taskService.deleteTask(t.getId(), true));
    repositoryService.createProcessDefinitionQuery().processDefinitionKey("door-test").list()
        .forEach(d -> repositoryService.activateProcessDefinitionById(d.getId()));
  }

  // --- The engine REST API ---------------------------------------------------------------------------------------

  /** A call for each row of the table that does what the row says, for this fixture and person. */
  static final Map<String, BiFunction<Fixture, Role, Call>> PROBES = new LinkedHashMap<>();

  record Call(String method, String path, String body) {}

  static {
    probe("Read their tasks and Tasklist's filters", (f, r) -> get("/task?processDefinitionKey=door-test"));
    probe("Open a task's form and the values it shows", (f, r) -> get("/task/" + f.task() + "/form-variables"));
    probe("Submit a task's form", (f, r) -> post("/task/" + f.task() + "/submit-form",
        "{\"variables\": {\"note\": {\"value\": \"done\"}}}"));
    probe("Claim or unclaim a task offered to their group", (f, r) -> post("/task/" + f.offeredTask() + "/claim",
        "{\"userId\": \"" + (r == Role.ADMINISTRATOR ? "kmorgan" : r.user) + "\"}"));
    probe("See the processes they may start, their maps and start forms",
        (f, r) -> get("/process-definition/key/door-test/startForm"));
    probe("Start a process through its start form", (f, r) -> post("/process-definition/key/door-test/submit-form",
        "{\"variables\": {\"note\": {\"value\": \"started\"}}}"));
    probe("Read colleagues' names, their own groups and permissions; change their own password",
        (f, r) -> get("/user/" + r.user + "/profile"));
    probe("Monitor every process, its variables, incidents, jobs and history (Cockpit)",
        (f, r) -> get("/process-instance/" + f.instance() + "/variables"));
    probe("Reassign a task, offer it to people, set its dates", (f, r) -> post("/task/" + f.task() + "/assignee",
        "{\"userId\": \"kmorgan\"}"));
    probe("Complete or resolve a task for someone (its form's fields only)",
        (f, r) -> post("/task/" + f.task() + "/complete", "{\"variables\": {\"note\": {\"value\": \"for them\"}}}"));
    probe("Retry a failed step, run it now, move a deadline; resolve or note an incident",
        (f, r) -> put("/job/" + f.job() + "/retries", "{\"retries\": 5}"));
    probe("Start a process with variables (its start form's fields only)",
        (f, r) -> post("/process-definition/key/door-test/start", "{\"variables\": {\"note\": {\"value\": \"x\"}}}"));
    probe("Evaluate a decision table", (f, r) -> post("/decision-definition/key/team-review-period/evaluate",
        "{\"variables\": {\"serviceAreaCode\": {\"value\": \"FDA\", \"type\": \"String\"}}}"));
    probe("Delete a deployment together with its running processes",
        (f, r) -> new Call("DELETE", "/deployment/" + f.throwaway() + "?cascade=true", null));
    probe("Deploy changed models and forms (Camunda Modeler); delete a deployment nothing runs on",
        (f, r) -> new Call("DEPLOY", "/deployment/create", null));
    probe("Move running processes to a new version (migration), read and manage its batches",
        (f, r) -> new Call("MIGRATION", "/migration/generate", null));
    probe("Suspend or activate a process, its instances or jobs; change how long history is kept",
        (f, r) -> put("/process-definition/key/door-test/suspended",
            "{\"suspended\": false, \"includeProcessInstances\": false}"));
    probe("Write process, execution or task variables (never the application's own)",
        (f, r) -> put("/process-instance/" + f.instance() + "/variables/administratorsNote",
            "{\"value\": \"checked\", \"type\": \"String\"}"));
    probe("Correlate messages, send signals, trigger waiting steps, evaluate conditions",
        (f, r) -> post("/signal", "{\"name\": \"door-test-nobody-waits\"}"));
    probe("Move or restart a process (modification, restart); cancel or delete processes",
        (f, r) -> new Call("DELETE", "/process-instance/" + f.instance(), null));
    probe("Delete history or change when it is removed",
        (f, r) -> new Call("DELETE", "/history/process-instance/" + f.finishedInstance(), null));
    probe("Create or delete tasks outside a process; comments and attachments on tasks; throw errors from tasks",
        (f, r) -> post("/task/" + f.task() + "/comment/create", "{\"message\": \"a note on the task\"}"));
    probe("External tasks", (f, r) -> get("/external-task"));
    probe("Users, groups, tenants, authorizations, filters; unlock a user",
        (f, r) -> post("/user/lharris/unlock", "{}"));
  }

  private static void probe(String row, BiFunction<Fixture, Role, Call> call) {
    PROBES.put(row, call);
  }

  private static Call get(String path) {
    return new Call("GET", path, null);
  }

  private static Call post(String path, String body) {
    return new Call("POST", path, body);
  }

  private static Call put(String path, String body) {
    return new Call("PUT", path, body);
  }

  static Stream<Arguments> engineCells() {
    List<Arguments> cells = new ArrayList<>();
    for (EngineApiRules.Row row : EngineApiRules.rows()) {
      for (Role role : Role.values()) {
        cells.add(Arguments.of(row.what(), role));
      }
    }
    return cells.stream();
  }

  @Test
  void everyRowOfTheTableIsTried() {
    assertThat(PROBES.keySet()).containsExactlyInAnyOrderElementsOf(
        EngineApiRules.rows().stream().map(EngineApiRules.Row::what).toList());
  }

  @ParameterizedTest(name = "{1}: {0}")
  @MethodSource("engineCells")
  void eachCellOfTheEngineTableHoldsThroughBothDoors(String what, Role role) {
    EngineApiRules.Row row = EngineApiRules.rows().stream().filter(r -> r.what().equals(what)).findFirst()
        .orElseThrow();
    boolean allowed = row.allows(EngineApiRules.Audience.of(groupsOf(role)));
    Fixture f = fixtureFor(role, what.startsWith("Delete"));
    Call call = PROBES.get(what).apply(f, role);
    Map<String, Object> before = state(f);

    Http.Response answer = send(role, call);

    if (allowed) {
      assertThat(answer.status()).as(role + " may: " + what + " (" + call + ") " + answer).isBetween(200, 299);
    } else {
      assertThat(answer.status()).as(role + " may not: " + what + " (" + call + ") " + answer).isEqualTo(403);
      assertThat(answer.json().get("message").asText()).startsWith("This is for");
      assertThat(state(f)).as("nothing changed").isEqualTo(before);
      // the web applications' own engine API holds the same rule, with a log-in session
      if (role != Role.ADMINISTRATOR) {
        Http.Response webapp = sendThroughTheWebapps(role, call);
        assertThat(webapp.status()).as("through the web applications: " + webapp).isEqualTo(403);
        assertThat(state(f)).as("nothing changed").isEqualTo(before);
      }
    }
  }

  private Http.Response send(Role role, Call call) {
    Http http = Http.basic(port, role.user, DemoUsers.PASSWORD);
    String root = "/engine-rest";
    return switch (call.method()) {
      case "DEPLOY" -> http.postMultipart(root + call.path(), Map.of("deployment-name", "door-deployed-by-test"),
          Map.of("door-deployed.bpmn", Bpmn.convertToString(Bpmn.createExecutableProcess("door-deployed")
              .camundaHistoryTimeToLive(1).startEvent().endEvent().done()).getBytes(StandardCharsets.UTF_8)));
      case "MIGRATION" -> {
        String definition = repositoryService.createProcessDefinitionQuery().processDefinitionKey("door-test")
            .latestVersion().singleResult().getId();
        yield http.sendJson("POST", root + call.path(), "{\"sourceProcessDefinitionId\": \"" + definition
            + "\", \"targetProcessDefinitionId\": \"" + definition + "\"}", false);
      }
      default -> call.body() == null ? http.send(call.method(), root + call.path(), null, null, Map.of())
          : http.sendJson(call.method(), root + call.path(), call.body(), false);
    };
  }

  /** One log-in session per person and application, as a browser keeps it. */
  static final Map<String, Http> SESSIONS = new java.util.concurrent.ConcurrentHashMap<>();

  private Http.Response sendThroughTheWebapps(Role role, Call call) {
    Http browser = SESSIONS.computeIfAbsent(port + "/" + role.user, key -> {
      Http http = Http.anonymous(port);
      assertThat(http.webappLogin("tasklist", role.user, DemoUsers.PASSWORD).status()).isEqualTo(200);
      return http;
    });
    String root = "/camunda/api/engine/engine/default";
    String method = switch (call.method()) {
      case "DEPLOY", "MIGRATION" -> "POST";
      default -> call.method();
    };
    Map<String, String> xsrf = Map.of("X-XSRF-TOKEN", browser.xsrfToken());
    if (method.equals("GET")) {
      return browser.send(method, root + call.path(), null, null, xsrf);
    }
    return browser.send(method, root + call.path(), "application/json",
        (call.body() == null ? "{}" : call.body()).getBytes(StandardCharsets.UTF_8), xsrf);
  }

  List<String> groupsOf(Role role) {
    return identityService.createGroupQuery().groupMember(role.user).list().stream().map(Group::getId).toList();
  }

  /** What a refused call must not have changed. */
  Map<String, Object> state(Fixture f) {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("instances", runtimeService.createProcessInstanceQuery().processDefinitionKey("door-test").list()
        .stream().map(pi -> pi.getId() + (pi.isSuspended() ? " suspended" : "")).sorted().toList());
    state.put("variables", new java.util.TreeMap<>(runtimeService.getVariables(f.instance())));
    state.put("tasks", taskService.createTaskQuery().processDefinitionKey("door-test").list().stream()
        .map(t -> t.getId() + " " + t.getAssignee() + " " + t.getDueDate() + " " + t.getName() + " "
            + taskService.getIdentityLinksForTask(t.getId()).size() + " " + taskService.getTaskComments(t.getId()).size())
        .sorted().toList());
    Job job = managementService.createJobQuery().jobId(f.job()).singleResult();
    state.put("job", job.getRetries() + " " + job.getDuedate() + " " + job.isSuspended());
    state.put("deployments", repositoryService.createDeploymentQuery().count());
    state.put("definitions suspended", repositoryService.createProcessDefinitionQuery().suspended().count());
    state.put("history", historyService.createHistoricProcessInstanceQuery().count());
    state.put("standalone tasks", taskService.createTaskQuery().count());
    state.put("users", identityService.createUserQuery().count());
    state.put("evaluations", jdbc.queryForObject("select count(*) from pe_evaluation", Long.class));
    state.put("escalations", jdbc.queryForObject("select count(*) from pe_safety_escalation", Long.class));
    state.put("cases", jdbc.queryForList("select child_reference, allocated_worker, is_open from pe_child_case order by "
        + "child_reference").toString().hashCode());
    state.put("teams", jdbc.queryForList("select code, team_manager, practice_manager from pe_team order by code")
        .toString());
    return state;
  }

  // --- The transfer or closure audit the register import offers (docs/guide.md, "The monthly audit cycle, requests
  // and audit types") -------------------------------------------------------------------------------------------

  /** An Assessment Team South child moved to Assessment Team North (Paul Murphy's), and one of his own closed. */
  static final String TRANSFERRED = "C104755";
  static final String CLOSED = "C104385";

  @Test
  void theOfferedTransferOrClosureAuditIsTheTeamManagersOwnAndTakesOnlyItsFormsAnswers() {
    String transferRow = org.practiceevaluations.support.DemoData.caseAsShipped(TRANSFERRED).replace(",ATS,", ",ATN,");
    String closedRow = org.practiceevaluations.support.DemoData.caseAsShipped(CLOSED).replace(",open", ",closed");
    try {
      caseImporter.importCsv(transferRow);
      caseImporter.importCsv(closedRow);
      Task transfer = offerFor(TRANSFERRED);
      Task closure = offerFor(CLOSED);
      assertThat(transfer.getAssignee()).isEqualTo(Role.MANAGER_AND_AUDITOR.user);
      assertThat(closure.getAssignee()).isEqualTo(Role.MANAGER_AND_AUDITOR.user);

      // the team manager and the audit team see it; a social worker does not, and cannot answer it
      assertThat(engine(Role.MANAGER_AND_AUDITOR).get("/engine-rest/task/" + transfer.getId()).status()).isEqualTo(200);
      assertThat(engine(Role.AUDIT_TEAM).get("/engine-rest/task/" + transfer.getId()).status()).isEqualTo(200);
      assertThat(engine(Role.SOCIAL_WORKER).get("/engine-rest/task/" + transfer.getId()).status()).isIn(403, 404);
      Http.Response stranger = engine(Role.SOCIAL_WORKER).sendJson("POST", "/engine-rest/task/" + transfer.getId()
          + "/submit-form", "{\"variables\": {\"startAudit\": {\"value\": \"no\"}, \"notStartedReason\": "
          + "{\"value\": \"Not mine to say.\"}}}", false);
      assertThat(stranger.status()).as(stranger.toString()).isIn(403, 404);
      // the application's own variables are not the manager's to send
      Http.Response ownVariable = engine(Role.MANAGER_AND_AUDITOR).sendJson("POST", "/engine-rest/task/"
          + transfer.getId() + "/submit-form", "{\"variables\": {\"startAudit\": {\"value\": \"no\"}, "
          + "\"notStartedReason\": {\"value\": \"Seen last month.\"}, \"teamManager\": {\"value\": \"ejones\"}}}",
          false);
      assertThat(ownVariable.status()).as(ownVariable.toString()).isEqualTo(400);
      assertThat(taskService.createTaskQuery().taskId(transfer.getId()).count()).as("nothing was saved").isEqualTo(1);

      // no, with a reason: kept in the offer's row, never in the engine
      Http.Response no = engine(Role.MANAGER_AND_AUDITOR).sendJson("POST", "/engine-rest/task/" + transfer.getId()
          + "/submit-form", "{\"variables\": {\"startAudit\": {\"value\": \"no\"}, \"notStartedReason\": "
          + "{\"value\": \"Audited at allocation last month.\"}}}", false);
      assertThat(no.status()).as(no.toString()).isBetween(200, 299);
      assertThat(jdbc.queryForObject("select not_started_reason from pe_change_audit_offer where child_reference = ? "
          + "and change_kind = 'TRANSFER' order by id desc limit 1", String.class, TRANSFERRED))
          .isEqualTo("Audited at allocation last month.");
      assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(transfer.getProcessInstanceId())
          .variableName("notStartedReason").count()).isZero();

      // yes: the closure audit is started, allocated to the team manager, who completes it
      Http.Response yes = engine(Role.MANAGER_AND_AUDITOR).sendJson("POST", "/engine-rest/task/" + closure.getId()
          + "/submit-form", "{\"variables\": {\"startAudit\": {\"value\": \"yes\"}}}", false);
      assertThat(yes.status()).as(yes.toString()).isBetween(200, 299);
      assertThat(jdbc.queryForList("select lower(e.type) as kind, e.auditor, e.allocated_by from pe_evaluation e "
          + "join pe_change_audit_offer o on o.evaluation_reference = e.reference where o.child_reference = ?",
          CLOSED).toString()).contains("closure", Role.MANAGER_AND_AUDITOR.user);
    } finally {
      caseImporter.importCsv(org.practiceevaluations.support.DemoData.caseAsShipped(TRANSFERRED));
      caseImporter.importCsv(org.practiceevaluations.support.DemoData.caseAsShipped(CLOSED));
      runtimeService.createProcessInstanceQuery().processDefinitionKey("change-audit-offer").list()
          .forEach(pi -> runtimeService.deleteProcessInstance(pi.getId(), "test over"));
    }
  }

  private Task offerFor(String childReference) {
    List<Task> offers = taskService.createTaskQuery().processDefinitionKey("change-audit-offer")
        .processVariableValueEquals("childReference", childReference).list();
    assertThat(offers).as("the offer for " + childReference).hasSize(1);
    return offers.get(0);
  }

  private Http engine(Role role) {
    return Http.basic(port, role.user, DemoUsers.PASSWORD);
  }

  // --- The application's REST API (/api) -------------------------------------------------------------------------

  /** One endpoint of /api: how to call it, and who the table says may (the rest: 403, or 404 for a child's record). */
  record ApiCell(String what, String method, String path, String contentType, String body, Set<Role> may) {}

  private static final Set<Role> EVERYONE = EnumSet.allOf(Role.class);
  private static final Set<Role> AUDIT = EnumSet.of(Role.AUDIT_TEAM);

  /** The evaluation, documents and report the /api rows read: made once per Spring context. */
  record ApiFixture(String evaluation, String evaluationInstance, String child, long document, long report,
      String quarterlyReport, String task) {}

  /** Per application (H2, PostgreSQL), by its port. */
  static final Map<Integer, ApiFixture> API_FIXTURES = new java.util.concurrent.ConcurrentHashMap<>();

  ApiFixture apiFixture() {
    return API_FIXTURES.computeIfAbsent(port, p -> makeApiFixture());
  }

  private ApiFixture makeApiFixture() {
    {
      // an evaluation of a Family Safeguarding Team 1 child, audited by Claire Evans: nobody of the roles is in it
      Http.Response started = Http.basic(port, DemoUsers.AUDIT_MANAGER, DemoUsers.PASSWORD).sendJson("POST",
          "/engine-rest/process-definition/key/practice-evaluation/submit-form",
          "{\"variables\": {\"childReference\": {\"value\": \"C105236\"}, \"evaluationType\": {\"value\": "
              + "\"monthly\"}, \"auditor\": {\"value\": \"cevans\"}}}", false);
      assertThat(started.status()).as(started.toString()).isEqualTo(200);
      String evaluation = started.json().get("businessKey").asText();
      FiledDocument document = recording.saveEvaluationPdf(
          evaluationFixtures.completed("C105236", "cevans", Grade.GOOD, null, null), "door-test/" + System.nanoTime());
      var report = quarterlyReports.start(quarterlyReports.quarter("2019 Q2"), "kmorgan", null);
      quarterlyReports.chooseThemes(report.getReference(), List.of(
          new org.practiceevaluations.reporting.QuarterlyReportContent.KeyTheme(1, "Chronologies", "Keep them current."),
          new org.practiceevaluations.reporting.QuarterlyReportContent.KeyTheme(2, "Direct work", "Record it."),
          new org.practiceevaluations.reporting.QuarterlyReportContent.KeyTheme(3, "Supervision", "Reflect on it.")),
          List.of(), "Tried by the table of who can do what.", "kmorgan");
      var published = quarterlyReports.publish(report.getReference());
      String instance = started.json().get("id").asText();
      for (int round = 0; round < 10 && taskService.createTaskQuery().processInstanceId(instance).count() == 0;
          round++) {
        managementService.createJobQuery().processInstanceId(instance).messages().executable().list()
            .forEach(job -> managementService.executeJob(job.getId()));
      }
      String task = taskService.createTaskQuery().processInstanceId(instance).list().get(0).getId();
      return new ApiFixture(evaluation, instance, "C105236", document.getId(),
          published.report().getId(), report.getReference(), task);
    }
  }

  static Stream<Arguments> apiCells() {
    String teamsCsv = resource("demo/teams.csv");
    List<ApiCell> rows = List.of(
        new ApiCell("Read the teams of the directory", "GET", "/api/directory/teams", null, null, EVERYONE),
        new ApiCell("Import the team directory (CSV)", "POST", "/api/directory/import", "text/csv", teamsCsv, AUDIT),
        new ApiCell("Name a service-wide role (the audit manager)", "PUT", "/api/directory/roles/audit-manager",
            "application/json", "{\"userId\": \"kmorgan\"}", AUDIT),
        new ApiCell("Read the case register (the audit team all of it; managers their teams' children)", "GET",
            "/api/cases", null, null, EVERYONE),
        new ApiCell("Read a child's case (the audit team; the child's team and practice manager)", "GET",
            "/api/cases/{child}", null, null, AUDIT),
        new ApiCell("Import the case register (CSV)", "POST", "/api/cases/import", "text/csv",
            resource("demo/cases.csv").lines().limit(2).reduce((a, b) -> a + "\n" + b).orElseThrow() + "\n", AUDIT),
        new ApiCell("Read an evaluation (the audit team; the people in it)", "GET", "/api/evaluations/{evaluation}",
            null, null, AUDIT),
        new ApiCell("Raise a safety escalation (its auditor or moderator; the audit team on their behalf)", "POST",
            "/api/evaluations/{evaluation}/safety-escalations", "application/json",
            "{\"concern\": \"Tried by the table of who can do what.\"}", AUDIT),
        new ApiCell("List overdue evaluations", "GET", "/api/evaluations/overdue", null, null, AUDIT),
        new ApiCell("An evaluation's documents (the audit team; the people in it)", "GET",
            "/api/evaluations/{evaluation}/documents", null, null, AUDIT),
        new ApiCell("An evaluation's case notes (the audit team; the people in it)", "GET",
            "/api/evaluations/{evaluation}/case-notes", null, null, AUDIT),
        new ApiCell("A child's case notes (the audit team; the child's team)", "GET", "/api/cases/{child}/case-notes",
            null, null, AUDIT),
        new ApiCell("Download a filed document (the audit team; the child's team)", "GET", "/api/documents/{document}",
            null, null, AUDIT),
        new ApiCell("The audit overview (Cockpit)", "GET", "/api/audit/overview", null, null, AUDIT),
        new ApiCell("An evaluation's tab (Cockpit)", "GET", "/api/audit/process-instances/{instance}", null, null,
            AUDIT),
        new ApiCell("The outbox", "GET", "/api/outbox", null, null, AUDIT),
        new ApiCell("Notifications sent", "GET", "/api/notifications", null, null, AUDIT),
        new ApiCell("Quarterly figures on demand", "GET", "/api/reports/quarterly?quarter=2019Q2", null, null, AUDIT),
        new ApiCell("A kept quarterly report's files", "GET", "/api/reports/quarterly-reports/{report}/report.pdf",
            null, null, AUDIT),
        new ApiCell("Learning needs of any period", "GET",
            "/api/reports/learning-needs?from=2019-04-01&to=2019-06-30", null, null, AUDIT),
        new ApiCell("A QA meeting pack (the audit team; the area's practice managers and head of service)", "GET",
            "/api/reports/qa-meeting-pack?area=FDA&month=2019-06", null, null, AUDIT),
        new ApiCell("Teams the review rule names now", "GET", "/api/reports/team-reviews/candidates", null, null,
            AUDIT),
        new ApiCell("The managers' own share of their evaluations", "GET",
            "/api/reports/managers-share?year=2019", null, null, AUDIT),
        new ApiCell("List the filed reports each may read", "GET", "/api/reports/documents", null, null, EVERYONE),
        new ApiCell("Download a filed report (the audit team; who it was sent to)", "GET",
            "/api/reports/documents/{reportDocument}", null, null,
            EnumSet.of(Role.AUDIT_TEAM, Role.MANAGER_AND_AUDITOR)),
        new ApiCell("Read the evaluation tool new evaluations get (the catalogue)", "GET", "/api/catalogue", null, null,
            EVERYONE),
        new ApiCell("List the evaluation tool's versions", "GET", "/api/catalogue/versions", null, null, EVERYONE),
        new ApiCell("Download a version of the evaluation tool as its file", "GET", "/api/catalogue/versions/1/file",
            null, null, EVERYONE),
        new ApiCell("Import a new version of the evaluation tool", "POST", "/api/catalogue", "application/json",
            org.practiceevaluations.support.ShippedCatalogue.file(), EnumSet.of(Role.AUDIT_TEAM, Role.PROCESS_OWNER)),
        new ApiCell("Keep a draft of a task's form (a task they may work; their own draft)", "PUT",
            "/api/tasks/{task}/draft", "application/json", "{\"overallGrade\": \"good\"}",
            EnumSet.of(Role.AUDIT_TEAM, Role.ADMINISTRATOR)),
        new ApiCell("Read their draft of a task's form", "GET", "/api/tasks/{task}/draft", null, null,
            EnumSet.of(Role.AUDIT_TEAM, Role.ADMINISTRATOR)),
        new ApiCell("Discard their draft of a task's form", "DELETE", "/api/tasks/{task}/draft", null, null,
            EnumSet.of(Role.AUDIT_TEAM, Role.ADMINISTRATOR)));
    List<Arguments> cells = new ArrayList<>();
    for (ApiCell row : rows) {
      for (Role role : Role.values()) {
        cells.add(Arguments.of(row.what(), role, row));
      }
    }
    return cells.stream();
  }

  @ParameterizedTest(name = "{1}: {0}")
  @MethodSource("apiCells")
  void eachCellOfTheApiTableHolds(String what, Role role, ApiCell cell) {
    ApiFixture f = apiFixture();
    String path = cell.path().replace("{child}", f.child()).replace("{evaluation}", f.evaluation())
        .replace("{document}", Long.toString(f.document())).replace("{instance}", f.evaluationInstance())
        .replace("{report}", f.quarterlyReport()).replace("{reportDocument}", Long.toString(f.report()))
        .replace("{task}", f.task());
    Map<String, Object> before = apiState();

    Http http = Http.basic(port, role.user, DemoUsers.PASSWORD);
    Http.Response answer = http.send(cell.method(), path, cell.contentType(),
        cell.body() == null ? null : cell.body().getBytes(StandardCharsets.UTF_8), Map.of());

    if (cell.may().contains(role)) {
      assertThat(answer.status()).as(role + " may: " + what + " " + answer).isBetween(200, 299);
    } else {
      assertThat(answer.status()).as(role + " may not: " + what + " " + answer).isIn(403, 404);
      assertThat(apiState()).as("nothing changed").isEqualTo(before);
      if (cell.path().equals("/api/cases")) {
        assertThat(answer.json()).as("a member of staff sees only their teams' children").isNotNull();
      }
    }
    if (cell.path().equals("/api/cases") && role == Role.SOCIAL_WORKER) {
      assertThat(answer.json().size()).as("a social worker manages no team: no children").isZero();
    }
  }

  Map<String, Object> apiState() {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("escalations", jdbc.queryForObject("select count(*) from pe_safety_escalation", Long.class));
    state.put("cases", jdbc.queryForList("select child_reference, first_name, allocated_worker, is_open "
        + "from pe_child_case order by child_reference").toString().hashCode());
    state.put("teams", jdbc.queryForList("select code, name, team_manager, practice_manager from pe_team order by code")
        .toString());
    state.put("roles", jdbc.queryForList("select * from pe_council_role").toString());
    return state;
  }

  private static String resource(String path) {
    try {
      return new String(new ClassPathResource(path).getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
