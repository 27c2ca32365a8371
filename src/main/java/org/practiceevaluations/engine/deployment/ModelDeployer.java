package org.practiceevaluations.engine.deployment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.practiceevaluations.deployment.ApplicationDeployment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys the models in {@code processes/} and the forms in {@code forms/} as one deployment when the engine
 * starts, under stable names ({@code processes/practice-evaluation.bpmn}), and only when something changed:
 * a restart, or a second node, does not create new versions. A model a process owner deployed from Camunda
 * Modeler stays the latest version until the application ships a changed file.
 */
@Component
public class ModelDeployer extends AbstractProcessEnginePlugin {

  public static final String DEPLOYMENT_NAME = ApplicationDeployment.NAME;
  static final List<String> PATTERNS = List.of(
      "classpath*:processes/**/*.bpmn", "classpath*:processes/**/*.dmn", "classpath*:forms/**/*.form");

  private static final Logger LOG = LoggerFactory.getLogger(ModelDeployer.class);

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {
    DeploymentBuilder builder = processEngine.getRepositoryService().createDeployment()
        .name(DEPLOYMENT_NAME)
        .source("application")
        .enableDuplicateFiltering(false);
    List<NamedResource> resources = resources();
    if (resources.isEmpty()) {
      LOG.warn("No models found in processes/ or forms/: nothing deployed");
      return;
    }
    for (NamedResource resource : resources) {
      try (InputStream in = resource.resource().getInputStream()) {
        builder.addInputStream(resource.name(), in);
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read " + resource.name(), e);
      }
    }
    Deployment previous = processEngine.getRepositoryService().createDeploymentQuery().deploymentName(DEPLOYMENT_NAME)
        .orderByDeploymentTime().desc().listPage(0, 1).stream().findFirst().orElse(null);
    Deployment deployment = builder.deployWithResult();
    if (previous != null && previous.getId().equals(deployment.getId())) {
      LOG.info("Models and forms unchanged: {} resources, deployment {} stays current", resources.size(),
          deployment.getId());
    } else {
      LOG.info("Models and forms deployed: {} resources (deployment {})", resources.size(), deployment.getId());
    }
  }

  /** The models and forms on the class path, named by their folder and file name. */
  public static List<NamedResource> resources() {
    PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
    List<NamedResource> found = new ArrayList<>();
    for (String pattern : PATTERNS) {
      try {
        for (Resource resource : resolver.getResources(pattern)) {
          if (resource.isReadable()) {
            found.add(new NamedResource(stableName(resource), resource));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot list " + pattern, e);
      }
    }
    found.sort(Comparator.comparing(NamedResource::name));
    return found;
  }

  static String stableName(Resource resource) {
    String url;
    try {
      url = resource.getURL().toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (String folder : List.of("/processes/", "/forms/")) {
      int at = url.lastIndexOf(folder);
      if (at >= 0) {
        return url.substring(at + 1);
      }
    }
    return resource.getFilename();
  }

  public record NamedResource(String name, Resource resource) {}
}
