package org.practiceevaluations.common;

import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * One process variable: its name and its type, declared once in its process's {@code Vars} and used by delegates,
 * form handlers and tests (ADR 0027). Reading checks the type, so a model or a REST call that put the wrong kind of
 * value there fails with the variable's name instead of a {@link ClassCastException} in the middle of a step.
 *
 * <pre>{@code
 * public static final Variable<String> AUDITOR = Variable.text("auditor");
 * String auditor = AUDITOR.get(execution);          // null when it is not set
 * String auditor = AUDITOR.require(execution);      // fails, naming it, when it is not set
 * AUDITOR.set(execution, "claire.evans");
 * }</pre>
 *
 * <p>Whole numbers are read leniently across {@code Integer} and {@code Long} (the REST API and the engine's own
 * serialisation do not always keep which one was written); nothing else is converted.
 *
 * @param <T> what the variable holds
 */
public final class Variable<T> {

  private final String name;
  private final Class<?> type;
  private final Class<?> elementType;

  private Variable(String name, Class<?> type, Class<?> elementType) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a variable needs a name");
    }
    this.name = name;
    this.type = Objects.requireNonNull(type);
    this.elementType = elementType;
  }

  /** Text: a reference, a user id, a grade code, an ISO-8601 repeating interval. */
  public static Variable<String> text(String name) {
    return new Variable<>(name, String.class, null);
  }

  /** A yes or no (a gateway's condition, a form's checkbox). */
  public static Variable<Boolean> flag(String name) {
    return new Variable<>(name, Boolean.class, null);
  }

  /** A count or a number that fits an {@code int}. */
  public static Variable<Integer> whole(String name) {
    return new Variable<>(name, Integer.class, null);
  }

  /** An id from one of the application's tables. */
  public static Variable<Long> id(String name) {
    return new Variable<>(name, Long.class, null);
  }

  /** A moment: the engine's timers read {@code java.util.Date} variables. */
  public static Variable<Date> date(String name) {
    return new Variable<>(name, Date.class, null);
  }

  /** A list whose elements are all of one type. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public static <E> Variable<List<E>> listOf(String name, Class<E> elementType) {
    return new Variable(name, List.class, elementType);
  }

  /** A map of names to values (e.g. the durations the evaluation-deadlines decision returns). */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public static Variable<Map<String, Object>> map(String name) {
    return new Variable(name, Map.class, null);
  }

  /** A variable of any other single type. */
  public static <V> Variable<V> of(String name, Class<V> type) {
    return new Variable<>(name, type, null);
  }

  /** The variable's name, as the models and the engine's API know it. */
  public String name() {
    return name;
  }

  /** The value in this scope (or the nearest scope above it that has one); null when none does. */
  public T get(VariableScope scope) {
    return cast(scope.getVariable(name));
  }

  /** The value in this very scope (a multi-instance element's own), null when it has none. */
  public T getLocal(VariableScope scope) {
    return cast(scope.getVariableLocal(name));
  }

  /** The value, which must be there: a step that cannot go on without it says which variable is missing. */
  public T require(VariableScope scope) {
    T value = get(scope);
    if (value == null) {
      throw new IllegalStateException("The process variable '" + name + "' is not set");
    }
    return value;
  }

  /** The value when it is set. */
  public Optional<T> optional(VariableScope scope) {
    return Optional.ofNullable(get(scope));
  }

  /** The value in a map of variables (a form's submission, a task's variables, a correlation's payload). */
  public T from(Map<String, ?> variables) {
    return variables == null ? null : cast(variables.get(name));
  }

  /** Sets the value where the variable already lives, or on the process instance when it is new. */
  public void set(VariableScope scope, T value) {
    scope.setVariable(name, check(value));
  }

  /** Sets the value on this very scope (a multi-instance element's own copy). */
  public void setLocal(VariableScope scope, T value) {
    scope.setVariableLocal(name, check(value));
  }

  /** Puts the value into a map of variables that will be handed to the engine. */
  public void put(Map<String, Object> variables, T value) {
    variables.put(name, check(value));
  }

  /** Whether this scope (or one above it) has the variable at all, even as null. */
  public boolean isSetIn(VariableScope scope) {
    return scope.hasVariable(name);
  }

  @SuppressWarnings("unchecked")
  private T cast(Object value) {
    if (value == null) {
      return null;
    }
    if (type == Integer.class && (value instanceof Long || value instanceof Short)) {
      long whole = ((Number) value).longValue();
      if (whole == (int) whole) {
        return (T) Integer.valueOf((int) whole);
      }
    }
    if (type == Long.class && (value instanceof Integer || value instanceof Short)) {
      return (T) Long.valueOf(((Number) value).longValue());
    }
    if (!type.isInstance(value)) {
      throw new IllegalStateException("The process variable '" + name + "' holds " + kind(value) + ", not "
          + describe());
    }
    if (elementType != null) {
      for (Object element : (Collection<?>) value) {
        if (element != null && !elementType.isInstance(element)) {
          throw new IllegalStateException("The process variable '" + name + "' holds a list with " + kind(element)
              + " in it, not only " + elementType.getSimpleName());
        }
      }
    }
    return (T) value;
  }

  private Object check(T value) {
    if (value != null) {
      cast(value);
    }
    return value;
  }

  private String describe() {
    return elementType == null ? type.getSimpleName() : type.getSimpleName() + " of " + elementType.getSimpleName();
  }

  private static String kind(Object value) {
    String type = value.getClass().getSimpleName();
    return ("AEIOU".indexOf(type.charAt(0)) >= 0 ? "an " : "a ") + type;
  }

  /** The name, so a variable reads naturally in messages and expressions built from it. */
  @Override
  public String toString() {
    return name;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Variable<?> that && name.equals(that.name) && type == that.type
        && Objects.equals(elementType, that.elementType);
  }

  @Override
  public int hashCode() {
    return name.hashCode();
  }
}
