package org.practiceevaluations.support;

import java.util.Collection;
import org.camunda.bpm.engine.RepositoryService;

/** Deployments a test made, taken away again with their process instances (the context is shared with other tests). */
public final class ModelDeployments {

  private ModelDeployments() {}

  /** Deletes every deployment of these names, cascading to its instances and skipping listeners. */
  public static void remove(RepositoryService repositoryService, Collection<String> deploymentNames) {
    for (String name : deploymentNames) {
      repositoryService.createDeploymentQuery().deploymentName(name).list()
          .forEach(d -> repositoryService.deleteDeployment(d.getId(), true, true));
    }
  }
}
