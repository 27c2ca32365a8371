package org.practiceevaluations.common;

import org.camunda.bpm.engine.delegate.VariableScope;

/** Reading the process variables the delegates share. */
public final class ProcessVariables {

  private ProcessVariables() {}

  /** A variable as trimmed text; null when it is missing or blank. */
  public static String text(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    return value == null || value.toString().isBlank() ? null : value.toString().trim();
  }
}
