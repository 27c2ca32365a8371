package org.practiceevaluations.engine.deployment;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.engine.spring.SpringExpressionManager;
import org.practiceevaluations.deployment.ForModels;
import org.practiceevaluations.deployment.ModelCodeCheck;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Models reach only the application's steps. Two halves:
 * <ul>
 *   <li>at deployment, {@link ModelCodeCheck} refuses a model that would run code (a script, a Java class, an
 *       expression reaching further than process variables and the steps), naming the element; the deployment is
 *       then not made (400 in Camunda Modeler);</li>
 *   <li>at run time, expressions see only those beans (delegates, task and execution listeners, and beans marked
 *       {@link ForModels}), not the whole Spring context with its services and repositories.</li>
 * </ul>
 */
@Component
public class ModelCodePlugin extends AbstractProcessEnginePlugin {

  private final ApplicationContext context;

  public ModelCodePlugin(ApplicationContext context) {
    this.context = context;
  }

  /** The names of the beans a model may use, found without creating any bean. */
  Set<String> allowedBeans() {
    return Stream.of(
            context.getBeanNamesForType(JavaDelegate.class, true, false),
            context.getBeanNamesForType(TaskListener.class, true, false),
            context.getBeanNamesForType(ExecutionListener.class, true, false),
            context.getBeanNamesForAnnotation(ForModels.class))
        .flatMap(Arrays::stream)
        .collect(Collectors.toUnmodifiableSet());
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    Map<Object, Object> steps = new StepBeans(context, this);
    configuration.setExpressionManager(new SpringExpressionManager(context, steps));
    configuration.setBeans(steps);
    if (configuration.getCustomPreDeployers() == null) {
      configuration.setCustomPreDeployers(new ArrayList<>());
    }
    configuration.getCustomPreDeployers().add(refuseCode());
  }

  Deployer refuseCode() {
    return deployment -> {
      ModelCodeCheck check = new ModelCodeCheck();
      List<String> problems = new ArrayList<>();
      Map<String, ResourceEntity> resources = deployment.getResources();
      if (resources != null) {
        resources.values().forEach(r -> problems.addAll(check.problems(r.getName(), r.getBytes())));
      }
      if (!problems.isEmpty()) {
        throw new BadUserRequestException("The deployment was refused: a model may not run code of its own. "
            + String.join("; ", problems) + ".");
      }
    };
  }

  /**
   * The beans expressions may use, looked up when an expression first names one (the steps are created after the
   * engine). Read-only: the engine's resolver never changes it.
   */
  static final class StepBeans extends AbstractMap<Object, Object> {
    private final ApplicationContext context;
    private final ModelCodePlugin plugin;
    private volatile Set<String> names;

    StepBeans(ApplicationContext context, ModelCodePlugin plugin) {
      this.context = context;
      this.plugin = plugin;
    }

    private Set<String> names() {
      if (names == null) {
        names = plugin.allowedBeans();
      }
      return names;
    }

    @Override
    public boolean containsKey(Object key) {
      return key instanceof String name && names().contains(name);
    }

    @Override
    public Object get(Object key) {
      return containsKey(key) ? context.getBean((String) key) : null;
    }

    @Override
    public Set<Entry<Object, Object>> entrySet() {
      return names().stream().map(name -> (Entry<Object, Object>) new SimpleImmutableEntry<Object, Object>(name,
          context.getBean(name))).collect(Collectors.toSet());
    }
  }
}
