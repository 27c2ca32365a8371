package org.practiceevaluations.common;

import java.util.List;

/**
 * A capability's process variables that only the application writes: its {@code Vars} classes (the one home of
 * each process's variable names, each a {@link Variable}). Each capability declares one such bean; the engine's
 * door collects them all ({@code access.ApplicationVariables}) and refuses them from people, so the door lists no
 * process itself and a new process adds its variables where it declares them.
 */
public interface ApplicationOwnedVariables {

  /** The classes whose {@code static final Variable} constants are the application's. */
  List<Class<?>> homes();
}
