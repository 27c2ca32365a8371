package org.practiceevaluations.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practiceevaluations.catalogue.Grade;
import org.practiceevaluations.support.EvaluationFixtures;
import org.practiceevaluations.support.FakeNotify;
import org.practiceevaluations.support.IsolatedAppTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * GOV.UK Notify as the mail channel, against a Notify of the test's own that checks the API key's JWT and the
 * payload as Notify does: the same ledger and exactly-once rules as SMTP (ADR 0005); a rate-limited answer is
 * retried and sends only what is missing; a refused key or recipient is an incident at once, saying what to correct.
 * The evaluation is PE-... audited by pmurphy; "evaluation-overdue" goes to the audit manager (kmorgan) and him.
 */
@IsolatedAppTest
class NotifyChannelTest {

  @Autowired ProcessEngine engine;
  @Autowired ManagementService managementService;
  @Autowired RuntimeService runtimeService;
  @Autowired EvaluationFixtures fixtures;
  @Autowired NotificationLedger ledger;
  @Autowired MailChannel channel;

  FakeNotify notify = FakeNotify.get();
  NotificationTestProcess process;
  String reference;

  @BeforeEach
  void anOverdueEvaluation() {
    notify.reset();
    process = new NotificationTestProcess(engine);
    reference = fixtures.completed(Grade.GOOD);
  }

  @Test
  void eachPersonsMailGoesToNotifyWithTheKeysJwtTheirTemplateAndTheFieldsOnce() {
    ProcessInstance instance = process.startAbout("evaluation-overdue", reference);

    process.sendNotification(instance);

    assertThat(channel.name()).isEqualTo("NOTIFY");
    assertThat(notify.badJwts()).isEmpty();
    assertThat(notify.received()).hasSize(2).allSatisfy(request -> assertThat(request.answered()).isEqualTo(201));
    List<JsonNode> payloads = notify.received().stream().map(FakeNotify.Received::payload).toList();
    assertThat(payloads).extracting(p -> p.get("email_address").asText())
        .containsExactlyInAnyOrder("karen.morgan@lowfield.example", "paul.murphy@lowfield.example");
    assertThat(payloads).allSatisfy(p -> {
      assertThat(p.get("template_id").asText()).isEqualTo(FakeNotify.OVERDUE_TEMPLATE_ID);
      JsonNode fields = p.get("personalisation");
      assertThat(fields.get("subject").asText()).startsWith(reference + ": practice evaluation overdue since");
      assertThat(fields.get("body").asText()).startsWith("Hello ").contains(reference)
          .contains("this e-mail names no child");
      assertThat(fields.get("reference").asText()).isEqualTo(reference);
      assertThat(fields.get("link").asText()).contains("/camunda/app/tasklist/default/");
      assertThat(p.get("reference").asText()).hasSize(64);
    });
    assertThat(ledger.entries(instance.getId(), null, 10)).hasSize(2).allSatisfy(entry -> {
      assertThat(entry.state()).isEqualTo(NotificationLedger.State.SENT);
      assertThat(entry.channel()).isEqualTo("NOTIFY");
    });
  }

  @Test
  void aRateLimitedAnswerIsRetriedAndSendsOnlyToWhoeverIsMissing() {
    ProcessInstance instance = process.startAbout("evaluation-overdue", reference);
    notify.answer(201, 429);
    Job job = process.job(instance, NotificationTestProcess.TASK_NOTIFY);

    assertThatThrownBy(() -> managementService.executeJob(job.getId()))
        .hasMessageContaining("could not be sent to").hasMessageContaining("NotifyUnavailableException");
    Job waiting = managementService.createJobQuery().jobId(job.getId()).singleResult();
    assertThat(waiting.getRetries()).as("retries left: it will be tried again").isEqualTo(2);
    assertThat(managementService.createJobQuery().jobId(job.getId()).withException().count()).isEqualTo(1);
    assertThat(runtimeService.createIncidentQuery().processInstanceId(instance.getId()).count()).isZero();
    assertThat(ledger.entries(instance.getId(), null, 10)).extracting(NotificationLedger.Entry::state)
        .containsExactlyInAnyOrder(NotificationLedger.State.SENT, NotificationLedger.State.FAILED);

    managementService.executeJob(job.getId());

    List<FakeNotify.Received> requests = notify.received();
    assertThat(requests).extracting(FakeNotify.Received::answered).containsExactly(201, 429, 201);
    assertThat(requests.get(2).payload().get("email_address").asText())
        .isEqualTo(requests.get(1).payload().get("email_address").asText());
    assertThat(requests.stream().filter(r -> r.answered() == 201).map(r -> r.payload().get("email_address").asText()))
        .as("each person accepted once").doesNotHaveDuplicates().hasSize(2);
    assertThat(ledger.entries(instance.getId(), null, 10)).extracting(NotificationLedger.Entry::state)
        .containsOnly(NotificationLedger.State.SENT);
  }

  @Test
  void aRefusedKeyIsAClearIncidentAtOnceAndARetryAfterwardsSendsEverything() {
    ProcessInstance instance = process.startAbout("evaluation-overdue", reference);
    notify.revokeKey(true);
    Job job = process.job(instance, NotificationTestProcess.TASK_NOTIFY);

    assertThatThrownBy(() -> managementService.executeJob(job.getId()))
        .isInstanceOf(PermanentNotificationFailure.class);

    assertThat(managementService.createJobQuery().jobId(job.getId()).singleResult().getRetries()).isZero();
    Incident incident = runtimeService.createIncidentQuery().processInstanceId(instance.getId()).singleResult();
    assertThat(incident.getIncidentMessage())
        .startsWith("GOV.UK Notify refused the API key (403 AuthError): check practice-evaluations.mail.notify.api-key")
        .doesNotContain("@").doesNotContain("Invalid token");
    assertThat(notify.received()).hasSize(2);

    // the council puts the key right and presses Retry in Cockpit
    notify.revokeKey(false);
    managementService.setJobRetries(job.getId(), 1);
    managementService.executeJob(job.getId());

    assertThat(notify.received()).extracting(FakeNotify.Received::answered).containsExactly(403, 403, 201, 201);
    assertThat(runtimeService.createIncidentQuery().processInstanceId(instance.getId()).count()).isZero();
    assertThat(ledger.entries(instance.getId(), null, 10)).extracting(NotificationLedger.Entry::state)
        .containsOnly(NotificationLedger.State.SENT);
  }

  @Test
  void aRecipientNotifyWillNotSendToIsAnIncidentNamingThemWhileTheOthersHaveTheirMail() {
    ProcessInstance instance = process.startAbout("evaluation-overdue", reference);
    notify.answer(400);
    Job job = process.job(instance, NotificationTestProcess.TASK_NOTIFY);

    assertThatThrownBy(() -> managementService.executeJob(job.getId()))
        .isInstanceOf(PermanentNotificationFailure.class);

    String refusedTo = notify.received().get(0).payload().get("email_address").asText();
    String refusedUser = refusedTo.startsWith("karen") ? "kmorgan" : "pmurphy";
    Incident incident = runtimeService.createIncidentQuery().processInstanceId(instance.getId()).singleResult();
    assertThat(incident.getIncidentMessage()).contains("GOV.UK Notify refused evaluation-overdue to " + refusedUser
        + " (400 BadRequestError)").contains("everyone else has it").doesNotContain("@");
    assertThat(notify.received()).extracting(FakeNotify.Received::answered).containsExactly(400, 201);
  }
}
