package org.practiceevaluations.notification;

/** Where and when in the process a notification is sent: every part of the {@link DeliveryKey} but the person. */
public record DeliveryPoint(String processInstanceId, String activityId, String executionId, int round) {

  public DeliveryKey keyFor(String recipient) {
    return new DeliveryKey(processInstanceId, activityId, executionId, round, recipient);
  }
}
