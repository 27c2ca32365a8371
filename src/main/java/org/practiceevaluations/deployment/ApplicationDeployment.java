package org.practiceevaluations.deployment;

import org.practiceevaluations.engine.deployment.ModelDeployer;
/** The application's deployment of {@code processes/} and {@code forms/}: its name, which finds it again. */
public final class ApplicationDeployment {

  /** The name every deployment of the application's models carries ({@code engine.deployment.ModelDeployer}). */
  public static final String NAME = "practice-evaluations";

  private ApplicationDeployment() {}
}
