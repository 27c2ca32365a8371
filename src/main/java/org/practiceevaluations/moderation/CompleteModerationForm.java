package org.practiceevaluations.moderation;

import static org.practiceevaluations.evaluation.PracticeEvaluationProcess.Vars.MODERATED_GRADE;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.practiceevaluations.catalogue.Catalogue;
import org.practiceevaluations.catalogue.Grade;
import org.practiceevaluations.catalogue.Judgement;
import org.practiceevaluations.evaluation.Evaluation;
import org.practiceevaluations.evaluation.EvaluationAction;
import org.practiceevaluations.evaluation.SectionJudgement;
import org.practiceevaluations.evaluation.forms.ActionAnswers;
import org.practiceevaluations.evaluation.forms.EvaluationSections;
import org.practiceevaluations.evaluation.forms.FormSupport;
import org.practiceevaluations.forms.FormAnswers;
import org.practiceevaluations.forms.FormHandler;
import org.springframework.stereotype.Component;

/**
 * "Complete the moderation evaluation" (docs/guide.md, "Moderation"): the moderator's judgements beside the first
 * auditor's, their own actions, learning for the auditor and the team, and the moderated grade (which routes the
 * inadequate-grade notice at once).
 */
@Component
public class CompleteModerationForm implements FormHandler {

  private final FormSupport support;

  public CompleteModerationForm(FormSupport support) {
    this.support = support;
  }

  @Override
  public String formId() {
    return "complete-moderation";
  }

  /** The first auditor's statements, judgements and commentary, shown read-only beside the moderator's. */
  @Override
  public Map<String, Object> prepare(DelegateTask task) {
    Evaluation e = support.evaluation(task);
    Catalogue catalogue = support.catalogue(e);
    Map<String, Object> values = new HashMap<>(support.caseFacts(e));
    values.putAll(support.toolValues(catalogue, task));
    values.put(EvaluationSections.LIST, support.json(sideBySide(catalogue, e)));
    values.put("firstGradeText", EvaluationSections.gradeLabel(catalogue, e.grades().firstGrade()));
    values.put("initialFindingsShown", e.moderation().initialFindings() == null ? "" : e.moderation().initialFindings());
    values.put("actionList", support.actionRows(e, false));
    values.put("actionOwners", support.options(ActionAnswers.owners(support, e)));
    values.putAll(support.earlierEvaluation(e));
    return values;
  }

  @Override
  public Map<String, Object> save(DelegateTask task, FormAnswers answers) {
    Evaluation e = support.evaluation(task);
    Catalogue catalogue = support.catalogue(e);
    List<SectionJudgement> sections = EvaluationSections.read(answers, catalogue,
        SectionJudgement.Stage.MODERATION);
    List<EvaluationAction> added = ActionAnswers.read(answers, e, "moderatorActions", "Your action ", 0);
    Grade grade = answers.grade("moderatedGrade", "your overall grade", true);
    String forAuditor = answers.text("learningForAuditor", "Learning for the first auditor", false);
    String forTeam = answers.text("learningForTeam", "Learning for the team", false);
    answers.throwIfInvalid();
    support.escalateIfTicked(task, answers, e, support.actor(task));
    e.replaceSections(SectionJudgement.Stage.MODERATION, sections);
    e.replaceModeratorActions(added);
    e.moderation().record(grade, forAuditor, forTeam);
    // routes the inadequate-grade notice at once (docs/guide.md, "Moderation")
    Map<String, Object> routing = new HashMap<>();
    MODERATED_GRADE.put(routing, grade.code());
    return routing;
  }

  /** The list of sections for the moderator: each with the first auditor's answers beside it. */
  static List<Map<String, Object>> sideBySide(Catalogue catalogue, Evaluation e) {
    Map<String, SectionJudgement> first = new HashMap<>();
    e.sections(SectionJudgement.Stage.FIRST).forEach(s -> first.put(s.getSectionKey(), s));
    List<Map<String, Object>> rows = EvaluationSections.rows(catalogue);
    for (Map<String, Object> row : rows) {
      SectionJudgement f = first.get((String) row.get("key"));
      Catalogue.CatalogueSection section = catalogue.section((String) row.get("key")).orElseThrow();
      String judgement = f == null || f.getJudgement() == null ? "" : f.getJudgement() == Judgement.NOT_RELEVANT
          ? catalogue.notRelevantLabel() : catalogue.label(Grade.parse(f.getJudgement().code()));
      row.put("firstJudgementText", judgement.isEmpty() ? "" : "**First auditor's judgement:** " + judgement);
      StringBuilder met = new StringBuilder();
      if (!section.statements().isEmpty()) {
        long count = f == null ? 0 : section.statements().stream()
            .filter(st -> f.getStatementsMet().contains(st.key())).count();
        met.append("**Statements the first auditor found met:** ").append(count).append(" of ")
            .append(section.statements().size());
        section.statements().stream().filter(st -> f != null && f.getStatementsMet().contains(st.key()))
            .forEach(st -> met.append("\n- ").append(st.text()));
      }
      row.put("firstStatementsText", met.toString());
      row.put("firstCommentary", f == null || f.getCommentary() == null ? "" : f.getCommentary());
    }
    return rows;
  }
}
