package org.practiceevaluations.evaluation.forms;

import org.practiceevaluations.forms.FormHandler;
import org.practiceevaluations.forms.FormAnswers;
import static org.practiceevaluations.evaluation.PracticeEvaluationProcess.Vars.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.practiceevaluations.catalogue.Catalogue;
import org.practiceevaluations.evaluation.Evaluation;
import org.practiceevaluations.evaluation.EvaluationAction;
import org.practiceevaluations.catalogue.Grade;
import org.practiceevaluations.evaluation.SectionJudgement;
import org.springframework.stereotype.Component;

/**
 * "Complete the evaluation": the first auditor's judgements of every section, the actions, good practice to share, a
 * thematic evaluation's answers, and the first grade (which routes the inadequate-grade notice).
 */
@Component
public class CompleteEvaluationForm implements FormHandler {

  private final FormSupport support;

  public CompleteEvaluationForm(FormSupport support) {
    this.support = support;
  }

  @Override
  public String formId() {
    return "complete-evaluation";
  }

  @Override
  public Map<String, Object> prepare(DelegateTask task) {
    Evaluation e = support.evaluation(task);
    Map<String, Object> values = new HashMap<>(support.caseFacts(e));
    values.put("actionOwners", support.options(ActionAnswers.owners(support, e)));
    values.putAll(support.toolValues(support.catalogue(e), task));
    values.putAll(support.earlierEvaluation(e));
    values.putAll(support.theme(e));
    return values;
  }

  @Override
  public Map<String, Object> save(DelegateTask task, FormAnswers answers) {
    Evaluation e = support.evaluation(task);
    Catalogue catalogue = support.catalogue(e);
    List<SectionJudgement> sections = EvaluationSections.read(answers, catalogue, SectionJudgement.Stage.FIRST);
    List<EvaluationAction> actions = ActionAnswers.read(answers, e, "actions", "Action ", 0);
    Grade grade = answers.grade("overallGrade", "the overall grade", true);
    boolean share = goodPracticeToShare(answers, catalogue);
    ThemeAnswers theme = support.themeAnswers(e, answers);
    answers.throwIfInvalid();
    String actor = support.actor(task);
    support.escalateIfTicked(task, answers, e, actor);
    e.replaceSections(SectionJudgement.Stage.FIRST, sections);
    e.replaceActions(actions);
    e.shareGoodPractice(share);
    theme.saveTo(e);
    e.grades().recordFirstGrade(grade, actor);
    Map<String, Object> routing = new HashMap<>();
    FIRST_GRADE.put(routing, grade.code());
    return routing;
  }

  /**
   * The "share this example across Children's Services" box of the good practice section: the example is that
   * section's commentary, so a ticked box needs one.
   */
  private static boolean goodPracticeToShare(FormAnswers answers, Catalogue catalogue) {
    Map<String, Object> row = EvaluationSections.row(answers, catalogue, Catalogue.Purpose.GOOD_PRACTICE);
    boolean share = Boolean.TRUE.equals(answers.rowYesNo(row, "share"));
    Object example = row.get("commentary");
    if (share && (example == null || example.toString().isBlank())) {
      answers.problem("Describe the good practice example to share across Children's Services.");
    }
    return share;
  }
}
