package org.practiceevaluations.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practiceevaluations.catalogue.Grade;
import org.practiceevaluations.support.EvaluationFixtures;
import org.practiceevaluations.support.FlakyMailSender;
import org.practiceevaluations.support.MailAppTest;
import org.practiceevaluations.support.TestSmtp;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The mail server goes down: the notification job retries, then becomes an incident in Cockpit; when the server
 * is back and the audit team retries the job, every recipient has exactly one mail, including those who had
 * theirs before the server went down.
 */
@MailAppTest
class MailOutageTest {

  /** Final grade inadequate: social worker, team manager, auditor, moderator, IRO, practice manager, head of service. */
  static final List<String> SHARED_WITH = List.of("lmoore", "nadeyemi", "pmurphy", "sclarke", "mshah", "mbegum",
      "dokafor");

  @Autowired ProcessEngine engine;
  @Autowired ManagementService managementService;
  @Autowired RuntimeService runtimeService;
  @Autowired IdentityService identityService;
  @Autowired EvaluationFixtures fixtures;
  @Autowired NotificationLedger ledger;

  NotificationTestProcess process;

  @BeforeEach
  void mailServerUp() {
    process = new NotificationTestProcess(engine);
    FlakyMailSender.reset();
    TestSmtp.start();
    TestSmtp.clear();
  }

  @AfterEach
  void mailServerBack() {
    FlakyMailSender.reset();
    TestSmtp.start();
  }

  @Test
  void aMailServerOutageMidNotificationEndsInAnIncidentAndTheRetrySendsOnlyWhatIsMissing() {
    String reference = fixtures.completed("C104977", "pmurphy", Grade.INADEQUATE, "sclarke", Grade.INADEQUATE);
    ProcessInstance instance = process.startAbout("evaluation-shared", reference);
    Job job = process.job(instance, NotificationTestProcess.TASK_NOTIFY);

    // Two mails go, then the server goes away.
    FlakyMailSender.outageAfter(2);
    int tries = 0;
    while (managementService.createJobQuery().jobId(job.getId()).singleResult().getRetries() > 0) {
      tries++;
      assertThatThrownBy(() -> managementService.executeJob(job.getId()))
          .isInstanceOf(NotificationException.class)
          .hasMessageContaining("Notification evaluation-shared at Task_Notify could not be sent to")
          .hasMessageContaining("MailSendException")
          .hasMessageNotContaining("@");
      assertThat(tries).as("tries before the incident").isLessThanOrEqualTo(4);
    }
    assertThat(tries).isGreaterThanOrEqualTo(3);
    assertThat(addressesReceived()).hasSize(2);

    Incident incident = runtimeService.createIncidentQuery().processInstanceId(instance.getId()).singleResult();
    assertThat(incident).as("incident in Cockpit").isNotNull();
    assertThat(incident.getIncidentType()).isEqualTo(Incident.FAILED_JOB_HANDLER_TYPE);
    assertThat(incident.getActivityId()).isEqualTo(NotificationTestProcess.TASK_NOTIFY);
    assertThat(incident.getIncidentMessage()).contains("could not be sent to").doesNotContain("@");
    // the audit manager's overview explains it from what the failing code said, not from its wording
    assertThat(org.practiceevaluations.audit.IncidentCauses.explain(incident.getIncidentType(),
        incident.getIncidentMessage())).startsWith("The mail server could not be reached, so the e-mail")
        .contains("Retry the incident when the mail server is back");
    Map<NotificationLedger.State, Long> states = ledger.entries(instance.getId(), null, 100).stream()
        .collect(Collectors.groupingBy(NotificationLedger.Entry::state, Collectors.counting()));
    assertThat(states).containsEntry(NotificationLedger.State.SENT, 2L)
        .containsEntry(NotificationLedger.State.FAILED, (long) SHARED_WITH.size() - 2);

    // The server is back; the audit team retries the job (Cockpit's "retry" sets the retries).
    TestSmtp.start();
    managementService.setJobRetries(job.getId(), 1);
    assertThat(runtimeService.createIncidentQuery().processInstanceId(instance.getId()).count()).isZero();
    managementService.executeJob(job.getId());

    assertThat(addressesReceived()).containsExactlyInAnyOrderElementsOf(addressesOf(SHARED_WITH));
    assertThat(ledger.entries(instance.getId(), null, 100)).hasSize(SHARED_WITH.size())
        .allSatisfy(entry -> assertThat(entry.state()).isEqualTo(NotificationLedger.State.SENT));
    assertThat(process.reviewTask(instance)).as("the process went on").isNotNull();
  }

  @Test
  void aMailServerDownFromTheStartSendsEveryoneOneMailOnceItIsBack() {
    String reference = fixtures.completed(Grade.GOOD);
    ProcessInstance instance = process.startAbout("evaluation-overdue", reference);
    Job job = process.job(instance, NotificationTestProcess.TASK_NOTIFY);
    TestSmtp.stop();

    while (managementService.createJobQuery().jobId(job.getId()).singleResult().getRetries() > 0) {
      assertThatThrownBy(() -> managementService.executeJob(job.getId())).isInstanceOf(NotificationException.class);
    }
    assertThat(runtimeService.createIncidentQuery().processInstanceId(instance.getId()).count()).isEqualTo(1);
    assertThat(TestSmtp.received()).isEmpty();

    TestSmtp.start();
    managementService.setJobRetries(job.getId(), 1);
    managementService.executeJob(job.getId());

    assertThat(addressesReceived()).containsExactlyInAnyOrderElementsOf(addressesOf(List.of("kmorgan", "pmurphy")));
  }

  private List<String> addressesReceived() {
    return TestSmtp.received().stream().map(TestSmtp::to).toList();
  }

  private List<String> addressesOf(List<String> userIds) {
    return userIds.stream()
        .map(id -> identityService.createUserQuery().userId(id).singleResult().getEmail()).toList();
  }
}
