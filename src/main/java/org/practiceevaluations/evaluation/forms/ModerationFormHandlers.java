package org.practiceevaluations.evaluation.forms;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.practiceevaluations.evaluation.Evaluation;
import org.practiceevaluations.evaluation.Grade;
import org.practiceevaluations.evaluation.SectionJudgement;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The moderator's forms (docs/guide.md, "Moderation"). */
@Configuration
public class ModerationFormHandlers {

  private final FormSupport support;

  public ModerationFormHandlers(FormSupport support) {
    this.support = support;
  }

  @Bean
  FormHandler moderatorInitialFindings() {
    return new FormHandler() {
      public String formId() {
        return "moderator-initial-findings";
      }

      public Map<String, Object> prepare(DelegateTask task) {
        return support.caseFacts(support.evaluation(task));
      }

      public Map<String, Object> save(DelegateTask task, FormAnswers answers) {
        Evaluation e = support.evaluation(task);
        String findings = answers.text("initialFindings", "Your initial findings", false);
        answers.throwIfInvalid();
        support.escalateIfTicked(task, answers, e, support.actor(task));
        e.recordInitialFindings(findings);
        return Map.of();
      }
    };
  }

  @Bean
  FormHandler completeModeration() {
    return new FormHandler() {
      public String formId() {
        return "complete-moderation";
      }

      /** The first auditor's judgements, shown read-only beside the moderator's. */
      public Map<String, Object> prepare(DelegateTask task) {
        Evaluation e = support.evaluation(task);
        Map<String, Object> values = new HashMap<>(support.caseFacts(e));
        for (SectionJudgement s : e.sections(SectionJudgement.Stage.FIRST)) {
          values.put("first" + s.getSectionNumber() + "Judgement", s.getJudgement().label());
          values.put("first" + s.getSectionNumber() + "Commentary", s.getCommentary() == null ? "" : s.getCommentary());
        }
        values.put("firstGradeText", FormSupport.label(e.getFirstGrade()));
        values.put("initialFindingsShown", e.getInitialFindings() == null ? "" : e.getInitialFindings());
        values.put("actionList", support.actionRows(e, false));
        return values;
      }

      public Map<String, Object> save(DelegateTask task, FormAnswers answers) {
        Evaluation e = support.evaluation(task);
        List<SectionJudgement> sections = AuditorFormHandlers.sections(answers, SectionJudgement.Stage.MODERATION);
        Grade grade = answers.grade("moderatedGrade", "your overall grade", true);
        String forAuditor = answers.text("learningForAuditor", "Learning for the first auditor", false);
        String forTeam = answers.text("learningForTeam", "Learning for the team", false);
        answers.throwIfInvalid();
        support.escalateIfTicked(task, answers, e, support.actor(task));
        e.replaceSections(SectionJudgement.Stage.MODERATION, sections);
        e.recordModeration(grade, forAuditor, forTeam);
        // routes the inadequate-grade notice at once (docs/guide.md, "Moderation")
        return Map.of(org.practiceevaluations.evaluation.PracticeEvaluationProcess.Vars.MODERATED_GRADE,
            grade.code());
      }
    };
  }

  @Bean
  FormHandler moderationDiscussion() {
    return new FormHandler() {
      public String formId() {
        return "moderation-discussion";
      }

      public Map<String, Object> prepare(DelegateTask task) {
        Evaluation e = support.evaluation(task);
        Map<String, Object> values = new HashMap<>(support.caseFacts(e));
        values.put("firstGradeText", FormSupport.label(e.getFirstGrade()));
        values.put("moderatedGradeText", FormSupport.label(e.getModeratedGrade()));
        values.put("gradesDifferText", (e.getFirstGrade() == e.getModeratedGrade()
            ? "Your grade is the same as the first auditor's."
            : "Your grade differs from the first auditor's: this will be recorded as a discrepancy.")
            + " Your grade is the final grade: if the team does not agree, record its view and reasons here; this "
            + "discussion settles it, and no one else regrades a moderated evaluation.");
        return values;
      }

      public Map<String, Object> save(DelegateTask task, FormAnswers answers) {
        Evaluation e = support.evaluation(task);
        AuditorFormHandlers.TeamView view = AuditorFormHandlers.teamView(answers, "moderationDiscussionOn",
            "moderationDiscussion", "The moderation discussion (section 15a)");
        answers.throwIfInvalid();
        support.escalateIfTicked(task, answers, e, support.actor(task));
        e.completeModeration(view.on(), view.discussion(), view.agrees(), view.grade(), view.reason(), support.now());
        return Map.of();
      }
    };
  }
}
