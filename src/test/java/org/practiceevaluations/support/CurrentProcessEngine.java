package org.practiceevaluations.support;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.springframework.core.Ordered;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Makes the engine of the Spring context a test uses the one that the engine REST API and the Camunda webapps
 * find. They look engines up by name in a JVM-wide registry ({@link ProcessEngines}), and every test context's
 * engine is called "default": with the H2 and the PostgreSQL contexts both cached in one test JVM, the one started
 * last would otherwise answer every HTTP call, whichever server port the call went to. Registered for every Spring
 * test in {@code META-INF/spring.factories}.
 */
public class CurrentProcessEngine implements TestExecutionListener, Ordered {

  @Override
  public void beforeTestClass(TestContext testContext) {
    register(testContext);
  }

  @Override
  public void beforeTestMethod(TestContext testContext) {
    register(testContext);
  }

  private static void register(TestContext testContext) {
    String[] engines = testContext.getApplicationContext().getBeanNamesForType(ProcessEngine.class);
    if (engines.length == 1) {
      ProcessEngines.registerProcessEngine(testContext.getApplicationContext().getBean(ProcessEngine.class));
    }
  }

  @Override
  public int getOrder() {
    // After dependency injection (2000), before the transactional and SQL listeners.
    return 2500;
  }
}
