package org.practiceevaluations.cycle;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.practiceevaluations.notification.NotificationTemplate;
import org.practiceevaluations.notification.NotificationTexts;
import org.springframework.stereotype.Component;

/** The audit manager's reason for a decision on a request, for the mail to the person who asked. */
@Component
class AuditRequestTexts implements NotificationTexts {

  private final AuditRequestRepository requests;

  AuditRequestTexts(AuditRequestRepository requests) {
    this.requests = requests;
  }

  @Override
  public Set<NotificationTemplate> templates() {
    return Set.of(NotificationTemplate.REQUEST_ACCEPTED, NotificationTemplate.REQUEST_DECLINED);
  }

  @Override
  public Set<String> names() {
    return Set.of(CycleProcess.Vars.DECISION_REASON.name());
  }

  @Override
  public Map<String, Object> texts(String processInstanceId) {
    Map<String, Object> texts = new HashMap<>();
    requests.findByProcessInstanceId(processInstanceId).ifPresent(request -> {
      if (request.getDecisionReason() != null) {
        CycleProcess.Vars.DECISION_REASON.put(texts, request.getDecisionReason());
      }
    });
    return texts;
  }
}
