package org.practiceevaluations.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.practiceevaluations.support.PostgresAppTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The ledger's SQL (row locks, limits) on real PostgreSQL, and what each state means on the next try. */
@PostgresAppTest
class NotificationLedgerOnPostgresTest {

  @Autowired NotificationLedger ledger;
  @Autowired Outbox outbox;
  @Autowired MailChannel channel;

  @Test
  void aKeyIsSentOnceAFailedOneIsTriedAgainAndAPendingOneIsReportedAsInterrupted() {
    DeliveryKey failing = new DeliveryKey("pi-pg", "Task_Send", "exec-pg", 0, "ejones");
    NotificationLedger.Begun first = ledger.begin(failing, "evaluation-reminder", "PE-2026-0900", "SMTP");
    assertThat(first.alreadySent()).isFalse();
    assertThat(first.interrupted()).isFalse();
    ledger.markFailed(first.id(), "MailSendException");

    NotificationLedger.Begun retry = ledger.begin(failing, "evaluation-reminder", "PE-2026-0900", "SMTP");
    assertThat(retry.id()).isEqualTo(first.id());
    assertThat(retry.interrupted()).as("after a failure").isFalse();
    // The try stops here without a word (the node died mid-send): the row stays PENDING.
    NotificationLedger.Begun afterCrash = ledger.begin(failing, "evaluation-reminder", "PE-2026-0900", "SMTP");
    assertThat(afterCrash.interrupted()).as("after a crash mid-send").isTrue();
    ledger.markSent(afterCrash.id());

    assertThat(ledger.begin(failing, "evaluation-reminder", "PE-2026-0900", "SMTP").alreadySent()).isTrue();
    assertThat(ledger.entries("pi-pg", null, 10)).singleElement().satisfies(entry -> {
      assertThat(entry.state()).isEqualTo(NotificationLedger.State.SENT);
      assertThat(entry.attempts()).isEqualTo(3);
      assertThat(entry.sentAt()).isNotNull();
    });
  }

  @Test
  void theOutboxIsWrittenOnceAndReadBack() {
    assertThat(channel.name()).isEqualTo("OUTBOX");
    DeliveryKey key = new DeliveryKey("pi-pg-outbox", "Task_Send", "exec-pg", 0, "kmorgan");
    OutgoingMail mail = new OutgoingMail("re-audit-due", "kmorgan", "Karen Morgan", "karen.morgan@lowfield.example",
        "PE-2026-0901: re-audit due", "text", "<p>html</p>", key.messageId(), "PE-2026-0901", "pi-pg-outbox", null);
    AtomicInteger writes = new AtomicInteger();

    for (int i = 0; i < 2; i++) {
      ledger.deliverOnce(key, "re-audit-due", "PE-2026-0901", channel.name(), id -> {
        writes.incrementAndGet();
        channel.deliver(mail, id);
      });
    }

    assertThat(writes).hasValue(1);
    assertThat(outbox.messages("kmorgan", "re-audit-due", "PE-2026-0901", null, 5)).singleElement()
        .satisfies(message -> assertThat(message.subject()).isEqualTo("PE-2026-0901: re-audit due"));
  }
}
