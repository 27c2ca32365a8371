package org.practiceevaluations.access;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.practiceevaluations.common.ApplicationOwnedVariables;
import org.practiceevaluations.common.Variable;
import org.practiceevaluations.engine.access.PersonWritesPlugin;
import org.springframework.stereotype.Component;

/**
 * The process variables the application writes: every name declared in a process's {@code Vars} (its one home of
 * variable names), as each capability declares them ({@link ApplicationOwnedVariables}). They say which evaluation
 * a process is about, who its people are, its deadlines, grades and routing; a person never writes them through an
 * API ({@code engine.access.PersonWritesPlugin}).
 */
@Component
public class ApplicationVariables {

  private final Set<String> names;

  public ApplicationVariables(List<ApplicationOwnedVariables> capabilities) {
    this.names = collect(capabilities.stream().flatMap(c -> c.homes().stream()).toList());
  }

  public Set<String> names() {
    return names;
  }

  private static Set<String> collect(List<Class<?>> homes) {
    Set<String> names = new TreeSet<>();
    for (Class<?> home : homes) {
      for (Field field : home.getDeclaredFields()) {
        int modifiers = field.getModifiers();
        if (Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers) && field.getType() == Variable.class) {
          try {
            field.setAccessible(true);
            names.add(((Variable<?>) field.get(null)).name());
          } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
          }
        }
      }
    }
    return Set.copyOf(names);
  }
}
