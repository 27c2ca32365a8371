package org.practiceevaluations.concern;

import static org.practiceevaluations.concern.CaseOfConcernProcess.Vars.CONCERN_REFERENCE;
import static org.practiceevaluations.concern.CaseOfConcernProcess.Vars.IMPROVEMENT_SUSTAINED;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.practiceevaluations.evaluation.forms.FormAnswers;
import org.practiceevaluations.evaluation.forms.FormAnswers.When;
import org.practiceevaluations.evaluation.forms.FormHandler;
import org.practiceevaluations.evaluation.forms.FormSupport;
import org.springframework.stereotype.Component;

/** The form {@code concern-progress-review}: the practice manager's monthly review; has the improvement held? */
@Component
public class ConcernProgressReviewForm implements FormHandler {

  private final Concerns concerns;
  private final ConcernFormFacts facts;
  private final FormSupport support;

  public ConcernProgressReviewForm(Concerns concerns, ConcernFormFacts facts, FormSupport support) {
    this.concerns = concerns;
    this.facts = facts;
    this.support = support;
  }

  @Override
  public String formId() {
    return "concern-progress-review";
  }

  @Override
  public Map<String, Object> prepare(DelegateTask task) {
    return facts.of(task);
  }

  @Override
  public Map<String, Object> save(DelegateTask task, FormAnswers answers) {
    LocalDate on = answers.date("reviewedOn", "The date of the review", true, When.PAST_OR_TODAY);
    String progress = answers.text("progress", "The progress since the last review", true);
    Boolean onTrack = answers.yesNo("onTrack", "Is the plan on track?", true);
    Boolean sustained = answers.yesNo("improvementSustained",
        "Has the improvement in practice held since the last review?", true);
    answers.throwIfInvalid();
    concerns.addProgressReview(CONCERN_REFERENCE.get(task), on, support.actor(task), progress, onTrack, sustained);
    // read by the decision concern-outcome (docs/guide.md, "Cases of concern")
    Map<String, Object> routing = new HashMap<>();
    IMPROVEMENT_SUSTAINED.put(routing, sustained);
    return routing;
  }
}
