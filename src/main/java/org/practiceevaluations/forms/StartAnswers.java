package org.practiceevaluations.forms;

import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Free text a later step needs, kept in the application's table rather than in the engine (see
 * {@link StartAnswer}): a start form's text, taken by the process's first step; the team's case note, taken by the
 * step that adds it to the child's record. A process started another way (the application's own steps, tests)
 * passes its text as a variable, which {@link #take} reads when nothing was kept.
 */
@Service
@Transactional
public class StartAnswers {

  private final StartAnswerRepository answers;
  private final Clock clock;

  public StartAnswers(StartAnswerRepository answers, Clock clock) {
    this.answers = answers;
    this.clock = clock;
  }

  /** Keeps a text for the process's next step that takes it; a text kept earlier under the name is replaced. */
  public void keep(String processInstanceId, String name, String text) {
    answers.findByProcessInstanceIdAndName(processInstanceId, name).ifPresent(earlier -> {
      answers.delete(earlier);
      answers.flush();
    });
    answers.save(new StartAnswer(processInstanceId, name, text, clock.instant()));
  }

  /** The answer to a start form's field, removed from the keeping table: the caller stores it in its own table. */
  public String take(DelegateExecution execution, String name) {
    return answers.findByProcessInstanceIdAndName(execution.getProcessInstanceId(), name)
        .map(kept -> {
          answers.delete(kept);
          return kept.getAnswer();
        })
        .orElseGet(() -> {
          Object value = execution.getVariable(name);
          return value == null ? null : value.toString();
        });
  }
}
