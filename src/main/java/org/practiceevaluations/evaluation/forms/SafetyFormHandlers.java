package org.practiceevaluations.evaluation.forms;

import org.practiceevaluations.forms.FormAnswers;
import org.practiceevaluations.forms.FormHandler;
import static org.practiceevaluations.evaluation.PracticeEvaluationProcess.Vars.*;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.practiceevaluations.evaluation.SafetyEscalation;
import org.practiceevaluations.evaluation.SafetyEscalations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The head of service's confirmation of what was done after a safety escalation (docs/guide.md, "Safety escalations").
 */
@Configuration
public class SafetyFormHandlers {

  private final FormSupport support;
  private final SafetyEscalations escalations;

  public SafetyFormHandlers(FormSupport support, SafetyEscalations escalations) {
    this.support = support;
    this.escalations = escalations;
  }

  @Bean
  FormHandler confirmSafetyAction() {
    return new FormHandler() {
      public String formId() {
        return "confirm-safety-action";
      }

      public Map<String, Object> prepare(DelegateTask task) {
        Map<String, Object> values = new HashMap<>(support.caseFacts(support.evaluation(task)));
        SafetyEscalation escalation = escalations.get(((Number) task.getVariable(ESCALATION_ID.name())).longValue());
        values.put("raisedByText", support.name(escalation.getRaisedBy()));
        values.put("concernShown", escalation.getConcern());
        return values;
      }

      public Map<String, Object> save(DelegateTask task, FormAnswers answers) {
        String action = answers.text("actionTaken", "What was done to keep the child safe", true);
        answers.throwIfInvalid();
        Object id = task.getVariable(ESCALATION_ID.name());
        escalations.confirm(((Number) id).longValue(), support.actor(task), action);
        return Map.of();
      }
    };
  }
}
