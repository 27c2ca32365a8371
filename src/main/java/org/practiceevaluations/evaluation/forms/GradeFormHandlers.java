package org.practiceevaluations.evaluation.forms;

import static org.practiceevaluations.evaluation.PracticeEvaluationProcess.Vars.*;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.practiceevaluations.evaluation.Evaluation;
import org.practiceevaluations.evaluation.Grade;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A disputed grade (docs/guide.md, "A disputed grade"): the discussion with the team, then, if still unresolved, the
 * audit manager.
 */
@Configuration
public class GradeFormHandlers {

  private final FormSupport support;
  private final org.practiceevaluations.evaluation.EvaluationLifecycle lifecycle;

  public GradeFormHandlers(FormSupport support, org.practiceevaluations.evaluation.EvaluationLifecycle lifecycle) {
    this.support = support;
    this.lifecycle = lifecycle;
  }

  private Map<String, Object> gradeFacts(Evaluation e) {
    Map<String, Object> values = new HashMap<>(support.caseFacts(e));
    values.put("firstGradeText", FormSupport.label(e.grades().firstGrade()));
    values.put("moderatedGradeText", e.isModerated() ? FormSupport.label(e.moderation().moderatedGrade()) : "not moderated");
    values.put("finalGradeText", FormSupport.label(e.grades().finalGrade()));
    values.put("teamViewOfGradeText", FormSupport.label(e.teamViewOfCurrentGrade()));
    values.put("teamViewReasonShown", e.teamReasonsAboutCurrentGrade() == null ? "" : e.teamReasonsAboutCurrentGrade());
    values.put("disputeDiscussionShown", e.dispute().discussion() == null ? "" : e.dispute().discussion());
    return values;
  }

  @Bean
  FormHandler discussGrade() {
    return new FormHandler() {
      public String formId() {
        return "discuss-grade";
      }

      public Map<String, Object> prepare(DelegateTask task) {
        Evaluation e = support.evaluation(task);
        e.openDispute();
        return gradeFacts(e);
      }

      public Map<String, Object> save(DelegateTask task, FormAnswers answers) {
        Evaluation e = support.evaluation(task);
        String discussion = answers.text("disputeDiscussion", "The discussion of the grade with the team", true);
        Boolean agreed = answers.yesNo("gradeAgreed", "Is the grade agreed now?", true);
        Grade agreedGrade = answers.grade("agreedGrade", "the grade agreed with the team", Boolean.TRUE.equals(agreed));
        answers.throwIfInvalid();
        Grade before = e.grades().finalGrade();
        e.recordDisputeDiscussion(discussion, agreed, agreedGrade, support.now());
        Map<String, Object> routing = new HashMap<>();
        routing.put(GRADE_AGREED.name(), agreed);
        routing.put(FINAL_GRADE.name(), e.grades().finalGrade().code());
        routing.put(GRADE_REVISED.name(), before != null && before != e.grades().finalGrade());
        return routing;
      }
    };
  }

  /**
   * "Say whether the team accepts the grade" (docs/guide.md, "A disputed grade"): once the evaluation has reached it,
   * the team may dispute an unmoderated evaluation's grade within the time evaluation-deadlines gives it.
   */
  @Bean
  FormHandler acceptGrade() {
    return new FormHandler() {
      public String formId() {
        return "accept-grade";
      }

      public Map<String, Object> prepare(DelegateTask task) {
        Evaluation e = support.evaluation(task);
        Map<String, Object> values = gradeFacts(e);
        values.put("sharedText", support.day(e.dates().sharedAt()));
        Object end = task.getVariable(DISPUTE_WINDOW_END_DATE.name());
        values.put("disputeWindowEndText",
            end instanceof java.util.Date date ? support.day(date.toInstant()) : "the date on this task");
        return values;
      }

      @SuppressWarnings("unchecked")
      public Map<String, Object> save(DelegateTask task, FormAnswers answers) {
        Evaluation e = support.evaluation(task);
        Boolean accepts = answers.yesNo("teamAcceptsGrade", "Does the team accept the grade?", true);
        boolean disputes = Boolean.FALSE.equals(accepts);
        Grade view = answers.grade("teamViewOfGrade", "the grade the team thinks is right", disputes);
        String reason = answers.text("teamViewReason", "The team's reasons", disputes);
        if (disputes && view != null && view == e.grades().finalGrade()) {
          answers.problem("The grade the team thinks is right is the grade it received: choose another, or say the "
              + "team accepts it.");
        }
        answers.throwIfInvalid();
        Map<String, Object> routing = new HashMap<>();
        routing.put(TEAM_DISPUTES_GRADE.name(), disputes);
        if (disputes) {
          e.recordDisputeAfterSharing(support.actor(task), view, reason, support.now());
          routing.put(DISPUTE_DUE_DATE.name(), org.practiceevaluations.evaluation.Deadlines.toDate(
              lifecycle.disputeAfterSharingDue((Map<String, Object>) task.getVariable(DEADLINES.name()))));
        }
        return routing;
      }
    };
  }

  /**
   * "Speak to the team before it is sent (no surprises)" (docs/guide.md, "The practice evaluation"): the auditor tells
   * the team of an inadequate outcome and the remedial actions before the written evaluation reaches them.
   */
  @Bean
  FormHandler speakToTeam() {
    return new FormHandler() {
      public String formId() {
        return "speak-to-team";
      }

      public Map<String, Object> prepare(DelegateTask task) {
        Evaluation e = support.evaluation(task);
        Map<String, Object> values = gradeFacts(e);
        values.put("actionList", support.actionRows(e, false));
        Object due = task.getVariable(SPEAK_TO_TEAM_DUE_DATE.name());
        values.put("speakToTeamDueText",
            due instanceof java.util.Date date ? support.day(date.toInstant()) : "as soon as you can");
        return values;
      }

      public Map<String, Object> save(DelegateTask task, FormAnswers answers) {
        Evaluation e = support.evaluation(task);
        java.time.LocalDate on = answers.date("spokeToTeamOn", "The date you spoke to the team", true,
            FormAnswers.When.PAST_OR_TODAY);
        String notes = answers.text("spokeToTeamNotes", "What you told them", true);
        answers.throwIfInvalid();
        e.teamFollowUp().recordTeamToldOfOutcome(on, support.actor(task), notes);
        return Map.of();
      }
    };
  }

  @Bean
  FormHandler decideGrade() {
    return new FormHandler() {
      public String formId() {
        return "decide-grade";
      }

      public Map<String, Object> prepare(DelegateTask task) {
        return gradeFacts(support.evaluation(task));
      }

      public Map<String, Object> save(DelegateTask task, FormAnswers answers) {
        Evaluation e = support.evaluation(task);
        Grade grade = answers.grade("decidedGrade", "the final grade", true);
        String reason = answers.text("decisionReason", "The reasons for your decision", true);
        answers.throwIfInvalid();
        Grade before = e.grades().finalGrade();
        e.decideGrade(grade, support.actor(task), reason, support.now());
        return Map.of(FINAL_GRADE.name(), grade.code(), GRADE_REVISED.name(), before != null && before != grade);
      }
    };
  }
}
