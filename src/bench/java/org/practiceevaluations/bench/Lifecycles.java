package org.practiceevaluations.bench;

import static org.practiceevaluations.evaluation.PracticeEvaluationProcess.Elements.*;
import static org.practiceevaluations.evaluation.PracticeEvaluationProcess.Vars.*;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.practiceevaluations.evaluation.PracticeEvaluationProcess;
import org.practiceevaluations.catalogue.Catalogue;
import org.practiceevaluations.evaluation.forms.EvaluationSections;
import org.practiceevaluations.evaluation.forms.FamilyFeedbackForm;
import org.practiceevaluations.catalogue.CatalogueFile;
import org.practiceevaluations.catalogue.Catalogues;

/**
 * One full, unmoderated practice evaluation, driven through the engine's Java API the way Tasklist drives it: the
 * audit manager submits the start form, then each user task is completed by the person the process names
 * (assignee), authenticated on the engine with their groups, by submitting the task's form
 * ({@code FormService.submitTaskForm}); asynchronous steps run on the same thread after each submission, as the
 * job executor would run them.
 *
 * <p>Two flavours of answers: {@link #product} submits realistic answers to every field of every form (every
 * section of the shipped evaluation tool, 15 of them: the judged ones with their statements met, a judgement and a
 * commentary each, the others with their commentary; the overall grade, two actions, family feedback...), which the
 * product's form handlers validate and write to its tables; {@link #bare} submits only the routing variables the
 * model needs, for the bare engine.
 */
public final class Lifecycles {

  /**
   * The evaluation tool the application ships, read from the product's own class path (the measuring JVMs of figure
   * 6 run on the product's run-time class path, without the tests' support classes); in a holder, so the bare
   * engine's lifecycles, whose JVM has no product classes, never load it.
   */
  static final class ShippedTool {
    static final Catalogue CATALOGUE = read();

    private ShippedTool() {}

    private static Catalogue read() {
      return CatalogueFile.read(Catalogues.shipped(), new com.fasterxml.jackson.databind.ObjectMapper())
          .asVersion(1, null, "bench");
    }
  }

  /** The section the auditor marks "not relevant for this child". */
  private static final String NOT_RELEVANT_SECTION = "identity-and-diversity";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  /** Auditors of the demo directory who are nobody's allocated worker or team manager. */
  static final List<String> AUDITORS = List.of("rking", "cgreen", "mshah", "sclarke", "afitzgerald");
  static final String AUDIT_MANAGER = "kmorgan";
  /** Characters of commentary per judged section (the form allows 20,000). */
  static final int COMMENTARY_LENGTH = Integer.getInteger("bench.commentary-length", 900);

  /** A demo case and the people the answers need (the owners of the actions). */
  public record Case(String childReference, String socialWorker, String teamManager) {}

  private final ProcessEngine engine;
  private final List<Case> cases;
  private final boolean product;
  private final Map<String, List<String>> groups = new ConcurrentHashMap<>();
  private String definitionId;

  private Lifecycles(ProcessEngine engine, List<Case> cases, boolean product) {
    this.engine = engine;
    this.cases = cases;
    this.product = product;
  }

  public static Lifecycles product(ProcessEngine engine, List<Case> cases) {
    return new Lifecycles(engine, cases, true);
  }

  public static Lifecycles bare(ProcessEngine engine) {
    return new Lifecycles(engine, List.of(new Case("C104237", "ejones", "pmurphy")), false);
  }

  /** Runs evaluation number {@code n} from allocation to "Evaluation complete"; returns its process instance id. */
  public String run(int n) {
    Case c = cases.get(Math.floorMod(n, cases.size()));
    String auditor = AUDITORS.get(Math.floorMod(n, AUDITORS.size()));
    String pi = start(c, auditor);
    runJobs(pi);
    int steps = 0;
    while (true) {
      List<Task> tasks = engine.getTaskService().createTaskQuery().processInstanceId(pi).list();
      if (tasks.isEmpty()) {
        break;
      }
      if (++steps > 20) {
        throw new IllegalStateException("Evaluation " + pi + " does not end: waiting at " + tasks);
      }
      for (Task task : tasks) {
        submit(task, c, n);
        runJobs(pi);
      }
    }
    if (engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(pi).count() != 0) {
      throw new IllegalStateException("Evaluation " + pi + " has no task and no job, but has not ended");
    }
    return pi;
  }

  String start(Case c, String auditor) {
    Map<String, Object> vars = new HashMap<>();
    vars.put(CHILD_REFERENCE.name(), c.childReference());
    vars.put(EVALUATION_TYPE.name(), "monthly");
    vars.put(AUDITOR.name(), auditor);
    as(AUDIT_MANAGER);
    try {
      if (definitionId == null) {
        definitionId = engine.getRepositoryService().createProcessDefinitionQuery()
            .processDefinitionKey(PracticeEvaluationProcess.KEY).latestVersion().singleResult().getId();
      }
      return engine.getFormService().submitStartForm(definitionId, vars).getId();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  void submit(Task task, Case c, int n) {
    as(task.getAssignee());
    try {
      Map<String, Object> answers = product ? answers(task, c, n) : routing(task);
      engine.getFormService().submitTaskForm(task.getId(), answers);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  /** Runs the asynchronous steps of the instance that are ready (not timers), as the job executor would. */
  void runJobs(String processInstanceId) {
    for (int round = 0; round < 20; round++) {
      List<Job> jobs = engine.getManagementService().createJobQuery().processInstanceId(processInstanceId)
          .messages().executable().list();
      if (jobs.isEmpty()) {
        return;
      }
      for (Job job : jobs) {
        engine.getManagementService().executeJob(job.getId());
      }
    }
    throw new IllegalStateException("Asynchronous steps of " + processInstanceId + " keep coming");
  }

  private void as(String userId) {
    List<String> theirGroups = groups.computeIfAbsent(userId, id -> engine.getIdentityService().createGroupQuery()
        .groupMember(id).list().stream().map(Group::getId).toList());
    engine.getIdentityService().setAuthentication(userId, theirGroups);
  }

  /** The bare engine's answers: what the model routes on, nothing else. */
  private static Map<String, Object> routing(Task task) {
    Map<String, Object> vars = new HashMap<>();
    switch (task.getTaskDefinitionKey()) {
      case CONTACT_SOCIAL_WORKER -> vars.put(FAMILY_CONTACT_SAFE.name(), true);
      case COMPLETE_EVALUATION -> vars.put(FIRST_GRADE.name(), "good");
      case TEAM_ACCEPTS_GRADE -> vars.put(TEAM_DISPUTES_GRADE.name(), false);
      case WRITE_CASE_NOTE -> {
        vars.put(OPEN_ACTION_COUNT.name(), 2);
        vars.put(NEXT_ACTION_DUE_DATE.name(), java.util.Date.from(java.time.Instant.now().plusSeconds(14 * 86400)));
      }
      case UPDATE_ACTIONS -> {
        vars.put(OPEN_ACTION_COUNT.name(), 0);
        vars.put(NEXT_ACTION_DUE_DATE.name(), Variables.untypedNullValue());
      }
      default -> { }
    }
    return vars;
  }

  /** What a person types into each form (every field the form has), as Tasklist submits it. */
  Map<String, Object> answers(Task task, Case c, int n) {
    String today = LocalDate.now(LONDON).toString();
    Map<String, Object> a = new LinkedHashMap<>();
    switch (task.getTaskDefinitionKey()) {
      case READ_ALLOCATION -> a.put("checklistConfirmed", true);
      case CONTACT_SOCIAL_WORKER -> {
        a.put("socialWorkerContactedOn", today);
        a.put("socialWorkerContactNotes", Prose.text(n, 600));
        a.put("familyContactSafe", "yes");
        a.put("raiseSafetyConcern", false);
      }
      case GATHER_FEEDBACK -> {
        a.put("childFeedbackGiven", "yes");
        a.put("childContactMethod", "Home visit, on her own in her room");
        int i = 0;
        for (String quality : FamilyFeedbackForm.YOUNG_PEOPLE_QUALITIES.keySet()) {
          a.put("yp_" + quality, List.of("always", "sometimes", "always", "never").get(i++ % 4));
        }
        a.put("childComments", Prose.text(n + 1, 400));
        a.put("parentFeedback", json(List.of(Map.of("relationship", "Mother", "contactMethod", "Telephone",
            "feltListenedTo", "yes", "understandsPlan", "partly", "supportMadeDifference", "yes",
            "comments", Prose.text(n + 2, 400)))));
        a.put("raiseSafetyConcern", false);
      }
      case COMPLETE_EVALUATION -> {
        a.put(EvaluationSections.LIST, json(sections(n)));
        String inFourWeeks = LocalDate.now(LONDON).plusDays(28).toString();
        String inTwoWeeks = LocalDate.now(LONDON).plusDays(14).toString();
        a.put("actions", json(List.of(
            Map.of("description", "Update the risk assessment with the police information of last month.",
                "owner", c.socialWorker(), "dueDate", inFourWeeks,
                "solution", "Use the team's risk assessment template and discuss it in supervision."),
            Map.of("description", "Hold a supervision focused on the child's plan and the father's engagement.",
                "owner", c.teamManager(), "dueDate", inTwoWeeks, "solution", ""))));
        a.put("overallGrade", "good");
        a.put("raiseSafetyConcern", false);
      }
      case REFLECTIVE_DISCUSSION -> {
        a.put("reflectiveDiscussionOn", today);
        a.put("reflectiveDiscussionAttendees", "The social worker, the team manager and the auditor");
        a.put("reflectiveDiscussion", Prose.text(n + 20, 800));
        a.put("teamAgreesWithGrade", "yes");
        a.put("raiseSafetyConcern", false);
      }
      case SUPERVISION_DISCUSSION -> {
        a.put("supervisionOn", today);
        a.put("supervisionNotes", Prose.text(n + 21, 500));
      }
      case WRITE_CASE_NOTE -> a.put("caseNote", Prose.text(n + 22, 600));
      case TEAM_ACCEPTS_GRADE -> a.put("teamAcceptsGrade", "yes");
      case UPDATE_ACTIONS -> {
        // Tasklist shows the open actions (a task variable the form was prepared with); the team manager ticks
        // each one done and says what was done.
        Object shown = engine.getTaskService().getVariableLocal(task.getId(), "actionUpdates");
        List<Map<String, Object>> rows = read(shown);
        for (Map<String, Object> row : rows) {
          row.put("done", true);
          row.put("progressNote", "Done: " + Prose.text(n + 23, 200));
        }
        a.put("actionUpdates", json(rows));
      }
      default -> throw new IllegalStateException("The benchmark has no answers for " + task.getTaskDefinitionKey());
    }
    return a;
  }

  /**
   * The evaluation form's list of sections, as an auditor fills it in: for every section of the shipped tool, the
   * judged ones with two thirds of their statements met, a judgement (one "not relevant", every fourth "requires
   * improvement", the rest "good") and a commentary; the sections that are not judged with their commentary.
   */
  static List<Map<String, Object>> sections(int n) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Catalogue.CatalogueSection s : ShippedTool.CATALOGUE.sections()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("key", s.key());
      if (s.judged()) {
        String judgement = s.key().equals(NOT_RELEVANT_SECTION) ? "not-relevant"
            : s.number() % 4 == 0 ? "requires-improvement" : "good";
        row.put("judgement", judgement);
        if (!judgement.equals("not-relevant")) {
          row.put("statementsMet", s.statements().stream().limit(Math.max(1, s.statements().size() * 2 / 3))
              .map(Catalogue.Statement::key).toList());
          row.put("commentary", Prose.text(n + s.number(), COMMENTARY_LENGTH));
        }
      } else {
        row.put("commentary", Prose.text(n + s.number(), COMMENTARY_LENGTH / 2));
      }
      rows.add(row);
    }
    return rows;
  }

  /**
   * Runs evaluation number {@code n} until its user task {@code taskDefinitionKey} is open (each task before it
   * completed as in {@link #run}); returns that task.
   */
  Task until(int n, String taskDefinitionKey) {
    Case c = cases.get(Math.floorMod(n, cases.size()));
    String auditor = AUDITORS.get(Math.floorMod(n, AUDITORS.size()));
    String pi = start(c, auditor);
    runJobs(pi);
    for (int steps = 0; steps < 20; steps++) {
      List<Task> tasks = engine.getTaskService().createTaskQuery().processInstanceId(pi).list();
      for (Task task : tasks) {
        if (task.getTaskDefinitionKey().equals(taskDefinitionKey)) {
          return task;
        }
      }
      if (tasks.isEmpty()) {
        break;
      }
      for (Task task : tasks) {
        submit(task, c, n);
        runJobs(pi);
      }
    }
    throw new IllegalStateException("Evaluation " + pi + " never reached " + taskDefinitionKey);
  }

  /** What the person submits to {@code task} of evaluation {@code n}: the product's answers, or the bare routing. */
  Map<String, Object> answersTo(Task task, int n) {
    return product ? answers(task, cases.get(Math.floorMod(n, cases.size())), n) : routing(task);
  }

  /** Submits {@code answers} to the task as its assignee, as Tasklist does ({@code submit-form}). */
  void submitAs(Task task, Map<String, Object> answers) {
    as(task.getAssignee());
    try {
      engine.getFormService().submitTaskForm(task.getId(), answers);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  /**
   * Opens the task's form as its assignee, as Tasklist does: the form's variables ({@code form-variables}) and
   * the deployed form ({@code deployed-form}); returns the bytes read.
   */
  long open(Task task) {
    as(task.getAssignee());
    try {
      long bytes = engine.getFormService().getTaskFormVariables(task.getId()).size();
      try (java.io.InputStream form = engine.getFormService().getDeployedTaskForm(task.getId())) {
        bytes += form.readAllBytes().length;
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      return bytes;
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  /**
   * A bare form submission of the same number of fields as {@code answers}: each field the person fills in (each
   * section's judgement, statements met and commentary, each action's field, the overall grade...) becomes a plain
   * variable of the same value, as the bare engine stores a submitted form; plus what the model routes on.
   */
  static Map<String, Object> flatFields(Map<String, Object> answers, Map<String, Object> routing) {
    Map<String, Object> flat = new LinkedHashMap<>();
    answers.forEach((name, value) -> flatten(name, unwrap(value), flat));
    flat.putAll(routing);
    return flat;
  }

  /** How many fields a submission holds (each leaf of its lists). */
  static int fieldCount(Map<String, Object> answers) {
    Map<String, Object> flat = new LinkedHashMap<>();
    answers.forEach((name, value) -> flatten(name, unwrap(value), flat));
    return flat.size();
  }

  private static Object unwrap(Object value) {
    if (value instanceof org.camunda.spin.plugin.variable.value.JsonValue json) {
      try {
        return JSON.readValue(json.getValueSerialized(), Object.class);
      } catch (java.io.IOException e) {
        throw new IllegalStateException(e);
      }
    }
    return value;
  }

  private static void flatten(String name, Object value, Map<String, Object> into) {
    if (value instanceof Map<?, ?> map) {
      map.forEach((k, v) -> flatten(name + "_" + k, v, into));
    } else if (value instanceof List<?> list && !list.isEmpty() && !(list.get(0) instanceof String)) {
      for (int i = 0; i < list.size(); i++) {
        flatten(name + "_" + i, list.get(i), into);
      }
    } else if (value instanceof List<?> list) {
      into.put(name, String.join(",", list.stream().map(String::valueOf).toList()));
    } else {
      into.put(name, value);
    }
  }

  private static Object json(Object value) {
    try {
      return SpinValues.jsonValue(JSON.writeValueAsString(value)).create();
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<Map<String, Object>> read(Object json) {
    try {
      return new ArrayList<>(JSON.readValue(String.valueOf(json), new TypeReference<List<Map<String, Object>>>() {}));
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
