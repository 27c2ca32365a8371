package org.practiceevaluations.evaluation.forms;

import org.practiceevaluations.forms.FormHandler;
import org.practiceevaluations.forms.FormAnswers;
import static org.practiceevaluations.evaluation.PracticeEvaluationProcess.Vars.*;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.practiceevaluations.evaluation.Evaluation;
import org.practiceevaluations.catalogue.Grade;
import org.springframework.stereotype.Component;

/**
 * "Review the evaluation and decide the grade" (docs/guide.md, "A disputed grade"): the audit manager settles a grade
 * the team still disputes.
 */
@Component
public class DecideGradeForm implements FormHandler {

  private final FormSupport support;

  public DecideGradeForm(FormSupport support) {
    this.support = support;
  }

  @Override
  public String formId() {
    return "decide-grade";
  }

  @Override
  public Map<String, Object> prepare(DelegateTask task) {
    return GradeFacts.of(support, support.evaluation(task));
  }

  @Override
  public Map<String, Object> save(DelegateTask task, FormAnswers answers) {
    Evaluation e = support.evaluation(task);
    Grade grade = answers.grade("decidedGrade", "the final grade", true);
    String reason = answers.text("decisionReason", "The reasons for your decision", true);
    answers.throwIfInvalid();
    Grade before = e.grades().finalGrade();
    e.decideGrade(grade, support.actor(task), reason, support.now());
    Map<String, Object> routing = new HashMap<>();
    FINAL_GRADE.put(routing, grade.code());
    GRADE_REVISED.put(routing, before != null && before != grade);
    return routing;
  }
}
