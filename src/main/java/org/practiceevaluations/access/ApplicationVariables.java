package org.practiceevaluations.access;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.practiceevaluations.changeaudit.ChangeAuditProcess;
import org.practiceevaluations.common.Variable;
import org.practiceevaluations.concern.CaseOfConcernProcess;
import org.practiceevaluations.cycle.CycleProcess;
import org.practiceevaluations.evaluation.PracticeEvaluationProcess;
import org.practiceevaluations.learning.QaMeetingProcess;
import org.practiceevaluations.learning.TeamReviewProcess;
import org.practiceevaluations.recording.RecordingVariables;
import org.practiceevaluations.reporting.LearningNeedsProcess;
import org.practiceevaluations.reporting.QuarterlyReportProcess;

/**
 * The process variables the application writes: every name declared in a process's {@code Vars} (its one home of
 * variable names). They say which evaluation a process is about, who its people are, its deadlines, grades and
 * routing; a person never writes them through an API ({@link PersonWritesPlugin}).
 */
public final class ApplicationVariables {

  private static final List<Class<?>> HOMES = List.of(PracticeEvaluationProcess.Vars.class,
      CaseOfConcernProcess.Vars.class, CycleProcess.Vars.class, QaMeetingProcess.Vars.class,
      TeamReviewProcess.Vars.class, QuarterlyReportProcess.Vars.class, LearningNeedsProcess.Vars.class,
      RecordingVariables.class, ChangeAuditProcess.Vars.class);

  private static final Set<String> NAMES = collect();

  private ApplicationVariables() {}

  public static Set<String> names() {
    return NAMES;
  }

  private static Set<String> collect() {
    Set<String> names = new TreeSet<>();
    for (Class<?> home : HOMES) {
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
