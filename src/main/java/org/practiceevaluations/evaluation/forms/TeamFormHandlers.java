package org.practiceevaluations.evaluation.forms;

import static org.practiceevaluations.evaluation.PracticeEvaluationProcess.Vars.*;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.practiceevaluations.evaluation.Deadlines;
import org.practiceevaluations.evaluation.Evaluation;
import org.practiceevaluations.evaluation.EvaluationAction;
import org.practiceevaluations.evaluation.EvaluationLifecycle;
import org.practiceevaluations.evaluation.forms.FormAnswers.When;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The receiving team's forms (docs/guide.md, "The team's follow-up"): supervision, the case audit case note, the
 * actions' progress.
 */
@Configuration
public class TeamFormHandlers {

  /** The team manager's case note text, handed to the step that adds it to the child's record. */
  public static final String TEAM_CASE_NOTE = org.practiceevaluations.recording.RecordingVariables.TEAM_CASE_NOTE.name();

  private final FormSupport support;
  private final EvaluationLifecycle lifecycle;

  public TeamFormHandlers(FormSupport support, EvaluationLifecycle lifecycle) {
    this.support = support;
    this.lifecycle = lifecycle;
  }

  private Map<String, Object> summary(Evaluation e) {
    Map<String, Object> values = new HashMap<>(support.caseFacts(e));
    values.put("finalGradeText", FormSupport.label(e.grades().finalGrade()));
    values.put("caseNoteDueText", support.day(e.dates().caseNoteDueAt()));
    values.put("actionList", support.actionRows(e, false));
    return values;
  }

  @Bean
  FormHandler supervisionDiscussion() {
    return new FormHandler() {
      public String formId() {
        return "supervision-discussion";
      }

      public Map<String, Object> prepare(DelegateTask task) {
        return summary(support.evaluation(task));
      }

      public Map<String, Object> save(DelegateTask task, FormAnswers answers) {
        Evaluation e = support.evaluation(task);
        LocalDate on = answers.date("supervisionOn", "The date of the supervision", true, When.PAST_OR_TODAY);
        String notes = answers.text("supervisionNotes", "What was discussed and agreed", true);
        answers.throwIfInvalid();
        e.teamFollowUp().recordSupervision(on, notes);
        return Map.of();
      }
    };
  }

  @Bean
  FormHandler caseNoteOnActions() {
    return new FormHandler() {
      public String formId() {
        return "case-note-on-actions";
      }

      public Map<String, Object> prepare(DelegateTask task) {
        return summary(support.evaluation(task));
      }

      public Map<String, Object> save(DelegateTask task, FormAnswers answers) {
        String note = answers.text("caseNote", "The case audit case note", true);
        answers.throwIfInvalid();
        EvaluationLifecycle.ActionsState state =
            lifecycle.recordTeamCaseNote(support.evaluation(task).getReference());
        // the note waits in the application's table for the step that adds it to the child's record
        support.keepForALaterStep(task, TEAM_CASE_NOTE, note);
        Map<String, Object> routing = new HashMap<>();
        routing.put(OPEN_ACTION_COUNT.name(), state.openActions());
        routing.put(NEXT_ACTION_DUE_DATE.name(), FormSupport.nullable(Deadlines.toDate(state.nextActionDue())));
        return routing;
      }
    };
  }

  @Bean
  FormHandler updateActions() {
    return new FormHandler() {
      public String formId() {
        return "update-actions";
      }

      public Map<String, Object> prepare(DelegateTask task) {
        Evaluation e = support.evaluation(task);
        Map<String, Object> values = new HashMap<>(support.caseFacts(e));
        values.put("actionUpdates", support.actionRows(e, true));
        return values;
      }

      public Map<String, Object> save(DelegateTask task, FormAnswers answers) {
        Evaluation e = support.evaluation(task);
        Set<Integer> seen = new HashSet<>();
        Map<EvaluationAction, Boolean> done = new HashMap<>();
        Map<EvaluationAction, String> notes = new HashMap<>();
        for (Map<String, Object> row : answers.rows("actionUpdates", "The actions")) {
          Object numberValue = row.get("number");
          Integer number = null;
          try {
            number = numberValue == null ? null : Integer.valueOf(numberValue.toString().replace(".0", ""));
          } catch (NumberFormatException ignored) {
            // reported below
          }
          EvaluationAction action = number == null ? null : e.action(number).orElse(null);
          if (action == null || !seen.add(number)) {
            answers.problem("The list of actions does not match this evaluation's actions; reload the task.");
            continue;
          }
          boolean finished = Boolean.TRUE.equals(answers.rowYesNo(row, "done"));
          String note = answers.rowText(row, "progressNote", "Action " + number + ": the progress so far", !finished,
              FormAnswers.MAX_SHORT_TEXT);
          done.put(action, finished);
          notes.put(action, note);
        }
        answers.throwIfInvalid();
        LocalDate today = answers.today();
        done.forEach((action, finished) -> action.update(finished, notes.get(action), today, support.now()));
        EvaluationLifecycle.ActionsState state = lifecycle.actionsState(e.getReference());
        Map<String, Object> routing = new HashMap<>();
        routing.put(OPEN_ACTION_COUNT.name(), state.openActions());
        routing.put(NEXT_ACTION_DUE_DATE.name(), FormSupport.nullable(Deadlines.toDate(state.nextActionDue())));
        return routing;
      }
    };
  }
}
