package org.practiceevaluations.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailSendException;

/** The sending loop against a mock ledger and channel: skip what was sent, carry on past a failure, then throw. */
class NotificationServiceTest {

  RecipientRules rules = mock(RecipientRules.class);
  RecipientResolver resolver = mock(RecipientResolver.class);
  MailLinks links = mock(MailLinks.class);
  MailRenderer renderer = mock(MailRenderer.class);
  NotificationLedger ledger = mock(NotificationLedger.class);
  MailChannel smtp = mock(MailChannel.class);
  NotificationService service = new NotificationService(rules, resolver, links, renderer, ledger, smtp);

  NotificationContext context = new NotificationContext(NotificationTemplate.EVALUATION_OVERDUE, "pi", "Task_Overdue",
      Map.of("evaluationReference", "PE-2026-0001"), null);
  DeliveryPoint point = new DeliveryPoint("pi", "Task_Overdue", "exec", 0);

  @BeforeEach
  void setUp() {
    when(smtp.name()).thenReturn("SMTP");
    when(smtp.transactional()).thenReturn(false);
    when(smtp.needsAddress()).thenReturn(true);
    when(rules.rolesFor(context)).thenReturn(List.of(RecipientRole.AUDIT_MANAGER, RecipientRole.AUDITOR));
    when(links.forRecipient(anyString(), any(), any())).thenReturn(new MailLinks.Links("http://x/", false, null, null));
    when(renderer.render(any(), any(), any())).thenReturn(new MailRenderer.Rendered("subject", "text", "<p>html</p>"));
  }

  @Test
  void aRetrySkipsWhoWasSentToCarriesOnPastAFailureAndThrowsForTheFailedOnly() {
    when(resolver.resolve(any(), eq(context))).thenReturn(List.of(recipient("sent"), recipient("fine"),
        recipient("fails")));
    when(ledger.begin(eq(point.keyFor("sent")), anyString(), any(), anyString()))
        .thenReturn(new NotificationLedger.Begun(1, true, false));
    when(ledger.begin(eq(point.keyFor("fine")), anyString(), any(), anyString()))
        .thenReturn(new NotificationLedger.Begun(2, false, false));
    when(ledger.begin(eq(point.keyFor("fails")), anyString(), any(), anyString()))
        .thenReturn(new NotificationLedger.Begun(3, false, false));
    doThrow(new MailSendException("550 no such mailbox fails@council.example")).when(smtp)
        .deliver(argThat(mail -> mail.recipient().equals("fails")), eq(3L));

    assertThatThrownBy(() -> service.send(context, point))
        .isInstanceOf(NotificationException.class)
        .hasMessage("[mail-not-sent people=1 refused=none template=evaluation-overdue] Notification evaluation-overdue "
            + "at Task_Overdue could not be sent to fails (MailSendException). Everyone else has it; a retry sends only "
            + "to those missing.")
        .hasNoCause();

    verify(smtp, never()).deliver(argThat(mail -> mail.recipient().equals("sent")), anyLong());
    verify(smtp).deliver(argThat(mail -> mail.recipient().equals("fine")), eq(2L));
    verify(ledger).markSent(eq(2L), anyString());
    verify(ledger).markFailed(3, "MailSendException");
    verify(ledger, never()).markSent(eq(3L), any());
  }

  @Test
  void theMessageIdIsTheSameOnEveryTryOfTheSameKey() {
    when(resolver.resolve(any(), eq(context))).thenReturn(List.of(recipient("fine")));
    when(ledger.begin(any(), anyString(), any(), anyString())).thenReturn(new NotificationLedger.Begun(2, false, true));

    assertThat(service.send(context, point)).containsEntry("fine", NotificationService.Outcome.SENT);

    verify(smtp).deliver(argThat(mail -> mail.messageId().equals(point.keyFor("fine").messageId())), eq(2L));
  }

  @Test
  void someoneWithoutAnAddressIsRecordedAndTheOthersStillGetTheirs() {
    when(resolver.resolve(any(), eq(context))).thenReturn(List.of(
        new Recipient("noaddr", "No", "No Address", null, Set.of(RecipientRole.AUDITOR)), recipient("fine")));
    when(ledger.begin(any(), anyString(), any(), anyString())).thenReturn(new NotificationLedger.Begun(2, false, false));

    Map<String, NotificationService.Outcome> outcomes = service.send(context, point);

    assertThat(outcomes).containsEntry("noaddr", NotificationService.Outcome.NO_ADDRESS)
        .containsEntry("fine", NotificationService.Outcome.SENT);
    verify(ledger).recordNoAddress(point.keyFor("noaddr"), "evaluation-overdue", "PE-2026-0001", "SMTP");
    verify(renderer, never()).render(any(), argThat(r -> r.userId().equals("noaddr")), any());
  }

  @Test
  void noRecipientsIsNotAnError() {
    when(resolver.resolve(any(), eq(context))).thenReturn(List.of());
    assertThat(service.send(context, point)).isEmpty();
  }

  private static Recipient recipient(String id) {
    return new Recipient(id, "First", "First Last", id + "@council.example", Set.of(RecipientRole.AUDITOR));
  }
}
