package org.practiceevaluations.notification;

import org.practiceevaluations.common.StepFailure;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.practiceevaluations.common.NotFoundException;
import org.practiceevaluations.common.Variable;
import org.practiceevaluations.evaluation.EvaluationView;
import org.practiceevaluations.evaluation.ProcessEvaluations;
import org.practiceevaluations.evaluation.EvaluationViews;
import org.springframework.stereotype.Component;

/**
 * Every notification task of the models ("Send the evaluation to the auditor (and moderator)", "Remind the team
 * manager and the action owner", "Tell the requester it was accepted", ...): the one delegate behind them all,
 * {@code camunda:delegateExpression="${notify}"} with an input parameter {@code template} naming a
 * {@link NotificationTemplate}. Make the task {@code asyncBefore} so a mail
 * server outage retries (the engine-wide retry cycle) and then becomes an incident in Cockpit.
 */
@Component("notify")
public class Notify implements JavaDelegate {

  /** The task's input parameter: the {@link NotificationTemplate}'s key. */
  public static final Variable<String> TEMPLATE = Variable.text("template");

  private final NotificationService notifications;
  private final EvaluationViews evaluations;
  private final DeliveryPoints deliveryPoints;
  private final ProcessEvaluations processEvaluations;
  private final java.util.List<NotificationTexts> texts;

  public Notify(NotificationService notifications, EvaluationViews evaluations,
      DeliveryPoints deliveryPoints, ProcessEvaluations processEvaluations, java.util.List<NotificationTexts> texts) {
    this.texts = texts;
    this.processEvaluations = processEvaluations;
    this.notifications = notifications;
    this.evaluations = evaluations;
    this.deliveryPoints = deliveryPoints;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String activityId = execution.getCurrentActivityId();
    NotificationTemplate template = NotificationTemplate.require(TEMPLATE.getLocal(execution), activityId);
    Map<String, Object> variables = new java.util.HashMap<>(execution.getVariables());
    for (NotificationTexts source : texts) {
      if (source.templates().contains(template)) {
        source.texts(execution.getProcessInstanceId()).forEach(variables::putIfAbsent);
      }
    }
    EvaluationView evaluation = evaluation(template, execution, activityId);
    NotificationContext context = new NotificationContext(template, execution.getProcessInstanceId(), activityId,
        variables, evaluation);
    notifications.send(context, deliveryPoints.of(execution));
  }

  /**
   * The evaluation the mail is about: the one linked to the process, viewed from the row already read (no second
   * look-up by its reference), its lists read only if the template shows them ({@link EvaluationViews#forMail});
   * in a process linked to none, the one it names ({@link ProcessEvaluations#namedReference}).
   */
  private EvaluationView evaluation(NotificationTemplate template, DelegateExecution execution, String activityId) {
    java.util.Optional<org.practiceevaluations.evaluation.Evaluation> linked = processEvaluations.of(execution);
    if (linked.isPresent()) {
      return evaluations.forMail(linked.get());
    }
    String reference = processEvaluations.namedReference(execution).orElse(null);
    if (reference == null) {
      if (template.aboutAnEvaluation()) {
        throw new NotificationException(StepFailure.MAIL_EVALUATION_NOT_NAMED.say(
            java.util.Map.of("template", template.key()),
            "Notification " + template.key() + " at " + activityId + " is about an evaluation, but the process is "
                + "linked to none."));
      }
      return null;
    }
    try {
      return evaluations.view(reference);
    } catch (NotFoundException e) {
      throw new NotificationException(StepFailure.MAIL_EVALUATION_UNKNOWN.say(
          java.util.Map.of("template", template.key(), "evaluation", reference),
          "Notification " + template.key() + " at " + activityId + ": " + e.getMessage()));
    }
  }
}
