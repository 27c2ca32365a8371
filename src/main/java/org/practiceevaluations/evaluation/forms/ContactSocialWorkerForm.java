package org.practiceevaluations.evaluation.forms;

import static org.practiceevaluations.evaluation.PracticeEvaluationProcess.Vars.*;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.practiceevaluations.evaluation.Evaluation;
import org.practiceevaluations.evaluation.forms.FormAnswers.When;
import org.springframework.stereotype.Component;

/**
 * "Contact the social worker": what they said, and whether the family may be contacted (which routes the family's
 * feedback).
 */
@Component
public class ContactSocialWorkerForm implements FormHandler {

  private final FormSupport support;

  public ContactSocialWorkerForm(FormSupport support) {
    this.support = support;
  }

  @Override
  public String formId() {
    return "contact-social-worker";
  }

  @Override
  public Map<String, Object> prepare(DelegateTask task) {
    return support.caseFacts(support.evaluation(task));
  }

  @Override
  public Map<String, Object> save(DelegateTask task, FormAnswers answers) {
    Evaluation e = support.evaluation(task);
    LocalDate contacted = answers.date("socialWorkerContactedOn", "The date you spoke to the social worker", true,
        When.PAST_OR_TODAY);
    String notes = answers.text("socialWorkerContactNotes", "What the social worker told you", true);
    Boolean safe = answers.yesNo("familyContactSafe", "Is it safe to contact the family?", true);
    String reason = answers.text("familyNotContactedReason", "The reason the family will not be contacted",
        Boolean.FALSE.equals(safe));
    answers.throwIfInvalid();
    support.escalateIfTicked(task, answers, e, support.actor(task));
    e.recordSocialWorkerContact(contacted, notes, safe, reason);
    Map<String, Object> routing = new HashMap<>();
    FAMILY_CONTACT_SAFE.put(routing, safe);
    return routing;
  }
}
