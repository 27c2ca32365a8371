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
 * "Discuss the grade with the team" (docs/guide.md, "A disputed grade"): whether the grade is agreed now, and the
 * grade agreed.
 */
@Component
public class DiscussGradeForm implements FormHandler {

  private final FormSupport support;

  public DiscussGradeForm(FormSupport support) {
    this.support = support;
  }

  @Override
  public String formId() {
    return "discuss-grade";
  }

  @Override
  public Map<String, Object> prepare(DelegateTask task) {
    Evaluation e = support.evaluation(task);
    e.openDispute();
    return GradeFacts.of(support, e);
  }

  @Override
  public Map<String, Object> save(DelegateTask task, FormAnswers answers) {
    Evaluation e = support.evaluation(task);
    String discussion = answers.text("disputeDiscussion", "The discussion of the grade with the team", true);
    Boolean agreed = answers.yesNo("gradeAgreed", "Is the grade agreed now?", true);
    Grade agreedGrade = answers.grade("agreedGrade", "the grade agreed with the team", Boolean.TRUE.equals(agreed));
    answers.throwIfInvalid();
    Grade before = e.grades().finalGrade();
    e.recordDisputeDiscussion(discussion, agreed, agreedGrade, support.now());
    Map<String, Object> routing = new HashMap<>();
    GRADE_AGREED.put(routing, agreed);
    FINAL_GRADE.put(routing, e.grades().finalGrade().code());
    GRADE_REVISED.put(routing, before != null && before != e.grades().finalGrade());
    return routing;
  }
}
