package org.practiceevaluations.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.practiceevaluations.catalogue.Grade;
import org.practiceevaluations.evaluation.EvaluationViews;
import org.practiceevaluations.support.AppTest;
import org.practiceevaluations.support.EvaluationFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The default profile has no mail server: notifications go to the outbox, which only the audit team can read,
 * and the log says which template went to which user id, nothing more.
 */
@AppTest
@Import(EvaluationFixtures.class)
@ExtendWith(OutputCaptureExtension.class)
class OutboxTest {

  @Autowired ProcessEngine engine;
  @Autowired EvaluationFixtures fixtures;
  @Autowired EvaluationViews views;
  @Autowired NotificationService notifications;
  @Autowired MailChannel channel;
  @Autowired Outbox outbox;
  @Autowired TestRestTemplate rest;

  @Test
  void withoutAMailServerTheMailsGoToTheOutboxAndTheLogNamesOnlyTemplateAndUserId(CapturedOutput output) {
    assertThat(channel.name()).isEqualTo("OUTBOX");
    // Case C104237: social worker ejones; the auditor pmurphy is also the team manager (one mail).
    String reference = fixtures.completed(Grade.GOOD);
    NotificationTestProcess process = new NotificationTestProcess(engine);
    ProcessInstance instance = process.startAbout("evaluation-shared", reference);
    process.sendNotification(instance);

    List<Outbox.Message> messages = outbox.messages(null, null, reference, null, 100);
    assertThat(messages).extracting(Outbox.Message::recipient).containsExactlyInAnyOrder("ejones", "pmurphy");
    Outbox.Message toManager = messages.stream().filter(m -> m.recipient().equals("pmurphy")).findFirst().orElseThrow();
    assertThat(toManager.subject()).startsWith(reference + ":");
    assertThat(toManager.recipientEmail()).isEqualTo("paul.murphy@lowfield.example");
    assertThat(toManager.text()).startsWith("Hello Paul,")
        .contains("You are receiving this as the auditor and the team manager.");
    assertThat(toManager.html()).contains("Arthur Turner");
    assertThat(toManager.processInstanceId()).isEqualTo(instance.getId());

    assertThat(output.getOut()).contains("outbox: evaluation-shared to ejones", "outbox: evaluation-shared to pmurphy")
        .doesNotContain("lowfield.example").doesNotContain("Arthur").doesNotContain("Turner")
        .doesNotContain("Emma").doesNotContain(toManager.subject());
  }

  @Autowired MailRenderer renderer;

  @Test
  void theApplicationsMailEngineCompilesItsExpressionsThoughSpringBootsEngineDoesNot() {
    // Spring Boot's own Thymeleaf engine has the compiler off (its default); the mails' engine keeps it on (ADR 0040)
    assertThat(renderer.compilesExpressions()).isTrue();
  }

  @Autowired NotificationLedger ledger;

  @Test
  void theLedgerProvesWhatWentByTheTemplateAndAHashWithoutKeepingTheMail() throws Exception {
    String reference = fixtures.completed(Grade.GOOD);
    NotificationTestProcess process = new NotificationTestProcess(engine);
    process.sendNotification(process.startAbout("evaluation-shared", reference));

    List<NotificationLedger.Entry> sent = ledger.entries(null, reference, 100);
    assertThat(sent).hasSize(2).allSatisfy(e -> {
      assertThat(e.state()).isEqualTo(NotificationLedger.State.SENT);
      assertThat(e.template()).isEqualTo("evaluation-shared");
      assertThat(e.contentSha256()).matches("[0-9a-f]{64}");
    });
    // the copy the local evaluation mode keeps (a mailbox's, for the recipient) matches what the ledger proves
    for (Outbox.Message mail : outbox.messages(null, null, reference, null, 100)) {
      java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
      for (String part : List.of(mail.subject(), mail.text(), mail.html())) {
        digest.update(part.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        digest.update((byte) 0);
      }
      assertThat(sent).filteredOn(e -> e.recipient().equals(mail.recipient())).singleElement()
          .extracting(NotificationLedger.Entry::contentSha256)
          .isEqualTo(java.util.HexFormat.of().formatHex(digest.digest()));
    }
    // a changed word is not what went
    Outbox.Message any = outbox.messages(null, null, reference, null, 1).get(0);
    OutgoingMail changed = new OutgoingMail("evaluation-shared", any.recipient(), null, null, any.subject(),
        any.text().replace("Hello", "Hi"), any.html(), null, reference, null, null);
    assertThat(sent).extracting(NotificationLedger.Entry::contentSha256).doesNotContain(changed.contentSha256());
  }

  @Test
  void theAuditTeamReadsTheOutboxOverRestAndNobodyElseDoes() {
    String reference = fixtures.completed(Grade.REQUIRES_IMPROVEMENT);
    NotificationTestProcess process = new NotificationTestProcess(engine);
    process.sendNotification(process.startAbout("evaluation-reminder", reference));

    ResponseEntity<List<Map<String, Object>>> asAuditManager = rest.withBasicAuth("kmorgan", "demo").exchange(
        "/api/outbox?evaluationReference=" + reference, HttpMethod.GET, null,
        new ParameterizedTypeReference<>() {});
    assertThat(asAuditManager.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(asAuditManager.getBody()).hasSize(1).first().satisfies(message -> {
      assertThat(message).containsEntry("template", "evaluation-reminder").containsEntry("recipient", "pmurphy")
          .containsEntry("evaluationReference", reference).containsKeys("subject", "text", "html", "createdAt");
    });
    ResponseEntity<String> ledger = rest.withBasicAuth("kmorgan", "demo")
        .getForEntity("/api/notifications?evaluationReference=" + reference, String.class);
    assertThat(ledger.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(ledger.getBody()).contains("\"state\":\"SENT\"").contains("\"channel\":\"OUTBOX\"");

    assertThat(rest.withBasicAuth("ejones", "demo").getForEntity("/api/outbox", String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rest.withBasicAuth("ejones", "demo").getForEntity("/api/notifications", String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rest.getForEntity("/api/outbox", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void theSameNotificationAtTheSamePointIsWrittenToTheOutboxOnce() {
    String reference = fixtures.completed(Grade.OUTSTANDING);
    NotificationContext context = new NotificationContext(NotificationTemplate.EVALUATION_SHARED, "pi-outbox-once",
        "Task_Share", Map.of("evaluationReference", reference), views.view(reference));
    DeliveryPoint point = new DeliveryPoint("pi-outbox-once", "Task_Share", "exec-1", 0);

    Map<String, NotificationService.Outcome> first = notifications.send(context, point);
    Map<String, NotificationService.Outcome> again = notifications.send(context, point);
    Map<String, NotificationService.Outcome> nextRound =
        notifications.send(context, new DeliveryPoint("pi-outbox-once", "Task_Share", "exec-1", 1));

    assertThat(first).containsOnly(Map.entry("ejones", NotificationService.Outcome.SENT),
        Map.entry("pmurphy", NotificationService.Outcome.SENT));
    assertThat(again).containsOnly(Map.entry("ejones", NotificationService.Outcome.ALREADY_SENT),
        Map.entry("pmurphy", NotificationService.Outcome.ALREADY_SENT));
    assertThat(nextRound).containsValues(NotificationService.Outcome.SENT);
    assertThat(outbox.messages(null, null, null, "pi-outbox-once", 100)).hasSize(4);
  }
}
