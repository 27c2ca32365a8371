package org.practiceevaluations.bench;

import java.util.ArrayList;
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
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultJobExecutor;
import org.camunda.spin.plugin.impl.SpinProcessEnginePlugin;
import org.springframework.core.io.ClassPathResource;

/**
 * The baseline: a plain {@link StandaloneProcessEngineConfiguration} in the benchmark's JVM, on its own database
 * of the same kind, running the same BPMN (and the deadlines DMN it calls) with no-op delegates and no
 * application tables. The delegates set the same process variables the product's delegates set (so the engine
 * does the same variable work), and do nothing else: no evaluation tables, no forms, no mail, no PDF.
 *
 * <p>Two flavours: {@link Settings#DEFAULTS} is Camunda's defaults for a plain configuration (history level
 * {@code audit}, authorization off), the baseline every ratio is taken against; {@link Settings#PRODUCT} has the
 * product's engine settings (its history level {@code audit-trail}, authorization on with the product's task
 * permission, removal times on history, ids as UUIDs, the same job executor pool), to split a ratio into "what the
 * engine settings cost" and "what the application does".
 */
public final class BareEngine implements AutoCloseable {

  /** Which engine settings. */
  public enum Settings { DEFAULTS, PRODUCT }

  private final ProcessEngine engine;
  private final Settings settings;
  /** No-op notify calls per process instance (figure 5 checks each timer fired once). */
  final Map<String, AtomicInteger> notifications = new ConcurrentHashMap<>();
  final AtomicLong notifyCalls = new AtomicLong();

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
      // the product's history level (application.yaml, ADR 0024): what the audit trail needs, no variable details
      cfg.getProcessEnginePlugins().add(new org.practiceevaluations.engine.history.AuditTrailHistoryPlugin());
      cfg.setHistory(org.practiceevaluations.engine.history.AuditTrailHistoryLevel.NAME);
      cfg.setAuthorizationEnabled(true);
      cfg.setAuthorizationEnabledForCustomCode(false);
      ((ProcessEngineConfigurationImpl) cfg).setDefaultUserPermissionNameForTask("TASK_WORK");
      cfg.setHistoryCleanupStrategy("removalTimeBased");
      cfg.setHistoryRemovalTimeStrategy("end");
      // the Camunda Spring Boot starter's id generator (camunda.bpm.id-generator: strong, its default): ids are
      // UUIDs (36 characters) rather than the standalone engine's numbers from a database counter
      cfg.setIdGenerator(new org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator());
    }
    cfg.setBeans(beans());
    this.engine = cfg.buildProcessEngine();
    if (settings == Settings.PRODUCT) {
      grantEverything();
    }
    org.camunda.bpm.engine.repository.DeploymentBuilder deployment = engine.getRepositoryService()
        .createDeployment().name("bare-" + name)
        .addInputStream("processes/practice-evaluation.bpmn", stream("processes/practice-evaluation.bpmn"))
        .addInputStream("processes/evaluation-deadlines.dmn", stream("processes/evaluation-deadlines.dmn"));
    // the forms the model's user tasks name (figure 7 opens them as Tasklist does); no cost per evaluation
    try {
      for (org.springframework.core.io.Resource form : new org.springframework.core.io.support
          .PathMatchingResourcePatternResolver().getResources("classpath:forms/*.form")) {
        deployment.addInputStream("forms/" + form.getFilename(), form.getInputStream());
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    deployment.deploy();
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
    beans.putAll(new NoOpSteps(ex -> {
      notifyCalls.incrementAndGet();
      notifications.computeIfAbsent(ex.getProcessInstanceId() + "/" + ex.getCurrentActivityId(),
          k -> new AtomicInteger()).incrementAndGet();
    }).beans());
    return beans;
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
