package org.practiceevaluations.bench;

import static org.practiceevaluations.evaluation.PracticeEvaluationProcess.Vars.*;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultJobExecutor;
import org.camunda.spin.plugin.impl.SpinProcessEnginePlugin;
import org.practiceevaluations.common.EngineClock;
import org.practiceevaluations.evaluation.Deadlines;
import org.practiceevaluations.evaluation.EvaluationLifecycle;
import org.springframework.core.io.ClassPathResource;

/**
 * The baseline: a plain {@link StandaloneProcessEngineConfiguration} in the benchmark's JVM, on its own database
 * of the same kind, running the same BPMN (and the deadlines DMN it calls) with no-op delegates and no
 * application tables. The delegates set the same process variables the product's delegates set (so the engine
 * does the same variable work), and do nothing else: no evaluation tables, no forms, no mail, no PDF.
 *
 * <p>Two flavours: {@link Settings#DEFAULTS} is Camunda's defaults for a plain configuration (history level
 * {@code audit}, authorization off), the baseline every ratio is taken against; {@link Settings#PRODUCT} has the
 * product's engine settings (history {@code full}, authorization on with the product's task permission, the
 * same job executor pool), to split a ratio into "what the engine settings cost" and "what the application
 * does".
 */
public final class BareEngine implements AutoCloseable {

  /** Which engine settings. */
  public enum Settings { DEFAULTS, PRODUCT }

  private final ProcessEngine engine;
  private final Settings settings;
  /** No-op notify calls per process instance (figure 5 checks each timer fired once). */
  final Map<String, AtomicInteger> notifications = new ConcurrentHashMap<>();
  final AtomicLong notifyCalls = new AtomicLong();
  private final AtomicInteger references = new AtomicInteger();
  private final Deadlines deadlines = new Deadlines(new EngineClock(ZoneId.of("Europe/London")));

  public BareEngine(String name, DataSource dataSource, Settings settings) {
    this.settings = settings;
    StandaloneProcessEngineConfiguration cfg = new StandaloneProcessEngineConfiguration();
    cfg.setProcessEngineName(name);
    cfg.setDataSource(dataSource);
    cfg.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
    cfg.setJobExecutorActivate(false);
    // What the model needs: every process states its history time to live, and the deadlines decision's result
    // (a map) is an object variable, stored as JSON (Java serialization is off by default in 7.24).
    cfg.setEnforceHistoryTimeToLive(true);
    cfg.setDefaultSerializationFormat("application/json");
    cfg.setProcessEnginePlugins(new ArrayList<>(List.of(new SpinProcessEnginePlugin())));
    cfg.setMetricsEnabled(true);
    DefaultJobExecutor jobExecutor = new DefaultJobExecutor();
    // The product's pool (application.yaml): the timers figure compares the engines, not two pool sizes.
    jobExecutor.setCorePoolSize(3);
    jobExecutor.setMaxPoolSize(6);
    jobExecutor.setQueueSize(10);
    jobExecutor.setMaxWait(5000);
    cfg.setJobExecutor(jobExecutor);
    if (settings == Settings.PRODUCT) {
      cfg.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
      cfg.setAuthorizationEnabled(true);
      cfg.setAuthorizationEnabledForCustomCode(false);
      ((ProcessEngineConfigurationImpl) cfg).setDefaultUserPermissionNameForTask("TASK_WORK");
      cfg.setHistoryCleanupStrategy("removalTimeBased");
      cfg.setHistoryRemovalTimeStrategy("end");
    }
    cfg.setBeans(beans());
    this.engine = cfg.buildProcessEngine();
    if (settings == Settings.PRODUCT) {
      grantEverything();
    }
    engine.getRepositoryService().createDeployment().name("bare-" + name)
        .addInputStream("processes/practice-evaluation.bpmn", stream("processes/practice-evaluation.bpmn"))
        .addInputStream("processes/evaluation-deadlines.dmn", stream("processes/evaluation-deadlines.dmn"))
        .deploy();
  }

  public ProcessEngine engine() {
    return engine;
  }

  public Settings settings() {
    return settings;
  }

  /** With authorization on, everyone may do everything: the checks run (and cost what they cost) and pass. */
  private void grantEverything() {
    for (Resources resource : List.of(Resources.PROCESS_DEFINITION, Resources.PROCESS_INSTANCE, Resources.TASK,
        Resources.HISTORIC_TASK, Resources.HISTORIC_PROCESS_INSTANCE, Resources.DECISION_DEFINITION)) {
      Authorization all = engine.getAuthorizationService().createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
      all.setUserId(Authorization.ANY);
      all.setResource(resource);
      all.setResourceId(Authorization.ANY);
      all.addPermission(Permissions.ALL);
      engine.getAuthorizationService().saveAuthorization(all);
    }
  }

  private static java.io.InputStream stream(String path) {
    try {
      return new ClassPathResource(path).getInputStream();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The beans the model names: no-ops that set the same variables as the product's delegates. */
  private Map<Object, Object> beans() {
    Map<Object, Object> beans = new HashMap<>();
    TaskListener noListener = task -> { };
    beans.put("prepareForm", noListener);
    beans.put("saveAnswers", noListener);
    beans.put("notify", (JavaDelegate) ex -> {
      notifyCalls.incrementAndGet();
      notifications.computeIfAbsent(ex.getProcessInstanceId() + "/" + ex.getCurrentActivityId(),
          k -> new AtomicInteger()).incrementAndGet();
    });
    beans.put("saveEvaluationPdf", (JavaDelegate) ex -> ex.setVariable("evaluationPdfDocumentId", 1L));
    beans.put("addCaseAuditNote", (JavaDelegate) ex -> ex.setVariable("caseAuditNoteId", "1"));
    beans.put("prepareEvaluation", (JavaDelegate) this::prepare);
    beans.put("setDueDates", (JavaDelegate) this::setDueDates);
    beans.put("recordSubmission", (JavaDelegate) ex -> {
      ex.setVariable(DISPUTE_DUE_DATE, Date.from(deadlines.dueAfter(deadlines.now(), "P14D")));
      ex.setVariable(FINAL_GRADE, ex.getVariable(FIRST_GRADE));
      ex.setVariable(GRADE_DISPUTED, false);
      ex.setVariable(GRADE_HOLDER, ex.getVariable(AUDITOR));
    });
    beans.put("markShared", (JavaDelegate) ex -> {
      Instant due = deadlines.dueAfter(deadlines.now(), "P1M");
      ex.setVariable(CASE_NOTE_DUE_DATE, Deadlines.toDate(due));
      ex.setVariable(CASE_NOTE_REMINDER_DATE, Deadlines.toDate(deadlines.reminderBefore(due, "P7D")));
      ex.setVariable(OPEN_ACTION_COUNT, 2);
      ex.setVariable(NEXT_ACTION_DUE_DATE, Deadlines.toDate(deadlines.dueAfter(deadlines.now(), "P14D")));
    });
    beans.put("closeEvaluation", (JavaDelegate) ex -> { });
    beans.put("handToModerator", (JavaDelegate) ex -> { });
    beans.put("handOverToCasesOfConcern", (JavaDelegate) ex -> { });
    beans.put("recordSafetyEscalation", (JavaDelegate) ex -> { });
    return beans;
  }

  private void prepare(DelegateExecution ex) {
    String reference = "PE-BARE-" + references.incrementAndGet();
    ex.setProcessBusinessKey(reference);
    ex.setVariable(EVALUATION_REFERENCE, reference);
    ex.setVariable(EVALUATION_ID, (long) references.get());
    ex.setVariable(CHILD_REFERENCE, ex.getVariable(CHILD_REFERENCE));
    ex.setVariable(EVALUATION_TYPE, "monthly");
    ex.setVariable(TEAM_NAME, "Assessment Team North");
    ex.setVariable(TEAM_CODE, "ATN");
    ex.setVariable(MODERATED, false);
    ex.setVariable(AUDITOR, ex.getVariable(AUDITOR));
    ex.setVariable(MODERATOR, null);
    ex.setVariable(SOCIAL_WORKER, "ejones");
    ex.setVariable(TEAM_MANAGER, "pmurphy");
    ex.setVariable(PRACTICE_MANAGER, "lharris");
    ex.setVariable(HEAD_OF_SERVICE, "hashworth");
    ex.setVariable(IRO, null);
    ex.setVariable(AUDIT_MANAGER, "kmorgan");
    ex.setVariable(GRADE_HOLDER, ex.getVariable(AUDITOR));
  }

  @SuppressWarnings("unchecked")
  private void setDueDates(DelegateExecution ex) {
    Map<String, Object> d = (Map<String, Object>) ex.getVariable(DEADLINES);
    Instant due = deadlines.dueAfter(deadlines.now(), d.get(EvaluationLifecycle.AUDIT_DURATION).toString());
    ex.setVariable(AUDIT_DUE_DATE, Deadlines.toDate(due));
    ex.setVariable(AUDIT_REMINDER_DATE, Deadlines.toDate(
        deadlines.reminderBefore(due, d.get(EvaluationLifecycle.AUDIT_REMINDER_BEFORE).toString())));
    ex.setVariable(AUDIT_OVERDUE_CYCLE, deadlines.cycleFrom(due, d.get(EvaluationLifecycle.OVERDUE_REPEAT).toString()));
    ex.setVariable(DISPUTE_DUE_DATE, Deadlines.toDate(deadlines.dueAfter(due, "P14D")));
    ex.setVariable(ACTIONS_REMINDER_CYCLE, deadlines.every(d.get(EvaluationLifecycle.ACTIONS_REMINDER_EVERY).toString()));
  }

  /** Instances whose step {@code activityId} was notified more than once. */
  long notifiedMoreThanOnce(String activityId) {
    return notifications.entrySet().stream().filter(e -> e.getKey().endsWith("/" + activityId))
        .filter(e -> e.getValue().get() > 1).count();
  }

  /** Instances whose step {@code activityId} was notified. */
  long notified(String activityId) {
    return notifications.keySet().stream().filter(k -> k.endsWith("/" + activityId)).count();
  }

  @Override
  public void close() {
    engine.close();
  }
}
