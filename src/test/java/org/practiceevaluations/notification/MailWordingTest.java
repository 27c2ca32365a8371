package org.practiceevaluations.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.practiceevaluations.directory.TeamDirectory;
import org.practiceevaluations.evaluation.EvaluationView;
import org.practiceevaluations.recording.SampleViews;

/**
 * Every mail template, rendered for every case it has, read as a person reads it (issues 15 and 16): the dates and
 * references are the right ones (the first overdue notice at 17:00 on the due date, later ones a week on, each step of
 * a case of concern under its own CC- reference with its own date), and a minimal mail (production's default) names
 * no child and quotes nothing people wrote, while the full one carries the summary.
 *
 * <p>The sample evaluation (SampleViews.moderated) is PE-2026-0042 of Arthur Turner, due Tuesday 22 September 2026
 * at 17:00, with a safety escalation ("no food in the house") and a team that disputes the grade.
 */
class MailWordingTest {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final String CONCERN = "CC-2026-0003";
  private static final Instant DUE = Instant.parse("2026-09-22T16:00:00Z"); // 17:00 in London (summer time)
  /** What a minimal mail must never carry about the sample's child, or what people wrote. */
  private static final List<String> PERSONAL = List.of("Arthur", "Turner", "2011", "Child in need", "no food",
      "grandmother", "did not weigh", "still sees the practice as good", "Update the chronology", "Weigh the impact",
      "Record direct work", "Spoke with Emma");

  private final EvaluationView evaluation = dueAtFivePm(SampleViews.moderated());

  // --- the overdue notices ----------------------------------------------------------------------------------------

  @Test
  void theFirstOverdueNoticeAtFiveOnTheDueDateSaysItWasDueToday() {
    MailRenderer.Rendered mail = render("evaluation-overdue", MailContent.MINIMAL, DUE, Map.of(),
        RecipientRole.AUDIT_MANAGER);

    assertThat(mail.subject()).isEqualTo("PE-2026-0042: practice evaluation overdue since 22 September 2026");
    assertThat(mail.text()).contains("The practice evaluation PE-2026-0042 was due today, Tuesday 22 September 2026,"
        + " and has not been submitted yet.").doesNotContain("days ago").doesNotContain("0 days");
    assertThat(plain(mail.html())).contains("was due today, Tuesday 22 September 2026, and has not been submitted yet.");
  }

  @Test
  void laterOverdueNoticesSayHowLongAgo() {
    MailRenderer.Rendered week = render("evaluation-overdue", MailContent.MINIMAL, DUE.plusSeconds(7 * 86400),
        Map.of(), RecipientRole.AUDIT_MANAGER);
    MailRenderer.Rendered nextDay = render("moderation-overdue", MailContent.MINIMAL,
        Instant.parse("2026-09-28T16:00:00Z"), Map.of(), RecipientRole.MODERATOR);

    assertThat(week.text()).contains("was due on Tuesday 22 September 2026, 7 days ago, and has not been submitted yet.");
    assertThat(nextDay.text()).contains("The moderation of practice evaluation PE-2026-0042 was due yesterday, Sunday 27"
        + " September 2026, and is not complete yet.");
  }

  @Test
  void theReminderCountsTheDaysLeft() {
    MailRenderer.Rendered mail = render("evaluation-reminder", MailContent.MINIMAL, DUE.minusSeconds(7 * 86400),
        Map.of(), RecipientRole.AUDITOR);

    assertThat(mail.text()).contains("the practice evaluation PE-2026-0042 is due on Tuesday 22 September 2026, in 7"
        + " days.");
  }

  // --- each step of a case of concern ------------------------------------------------------------------------------

  @Test
  void eachStepOfACaseOfConcernQuotesTheConcernsReferenceAndItsOwnDate() {
    Map<String, Object> concern = new HashMap<>(Map.of(NotificationContext.CONCERN_REFERENCE, CONCERN,
        "practiceManagerResponseDueDate", date("2026-10-13T16:00:00Z"),
        "reviewMeetingDueDate", date("2026-11-06T17:00:00Z"),
        "reAuditDueDate", date("2027-01-06T17:00:00Z")));
    Instant opened = Instant.parse("2026-10-06T12:00:00Z");

    MailRenderer.Rendered atOnce = render("inadequate-grade", MailContent.MINIMAL, opened, concern,
        RecipientRole.AUDIT_MANAGER);
    assertThat(atOnce.subject()).isEqualTo(CONCERN + ": graded inadequate, remedial actions needed");
    assertThat(atOnce.text()).contains("The auditor has graded the practice evaluation PE-2026-0042 inadequate; it is"
        + " followed as case of concern " + CONCERN + ".");

    MailRenderer.Rendered circulated = render("inadequate-evaluation-circulated", MailContent.MINIMAL, opened, concern,
        RecipientRole.PRACTICE_MANAGER);
    assertThat(circulated.subject()).startsWith(CONCERN + ":");
    assertThat(circulated.text()).contains("it is followed as case of concern " + CONCERN);

    MailRenderer.Rendered response = render("practice-manager-response-due", MailContent.MINIMAL, opened, concern,
        RecipientRole.PRACTICE_MANAGER);
    assertThat(response.subject()).isEqualTo(CONCERN + ": please send your response to the audit manager by 13 October"
        + " 2026");
    assertThat(response.text()).contains("by Tuesday 13 October 2026.");

    MailRenderer.Rendered late = render("practice-manager-response-overdue", MailContent.MINIMAL,
        Instant.parse("2026-10-13T16:00:00Z"), concern, RecipientRole.AUDIT_MANAGER);
    assertThat(late.subject()).startsWith(CONCERN + ":");
    assertThat(late.text()).contains("The practice manager's response on case of concern " + CONCERN
        + " (practice evaluation PE-2026-0042) was due today, Tuesday 13 October 2026, and has not arrived yet.");

    MailRenderer.Rendered meeting = render("review-meeting-due", MailContent.MINIMAL,
        Instant.parse("2026-10-30T17:00:00Z"), concern, RecipientRole.AUDITOR);
    assertThat(meeting.subject()).isEqualTo(CONCERN + ": meeting to review the remedial actions by 6 November 2026");
    assertThat(meeting.text()).contains("For case of concern " + CONCERN + " (practice evaluation PE-2026-0042) this"
        + " meeting is due by Friday 6 November 2026.");
    assertThat(plain(meeting.html())).contains("this meeting is due by Friday 6 November 2026.");

    concern.put("progressReviewDueDate", date("2026-12-13T17:00:00Z"));
    MailRenderer.Rendered monthly = render("monthly-review-due", MailContent.MINIMAL,
        Instant.parse("2026-12-06T17:00:00Z"), concern, RecipientRole.PRACTICE_MANAGER);
    assertThat(monthly.subject()).isEqualTo(CONCERN + ": this month's review of progress is due by 13 December 2026");
    assertThat(monthly.text()).contains("This month's review of progress on the actions of case of concern " + CONCERN
        + " (practice evaluation PE-2026-0042) is due by Sunday 13 December 2026");

    MailRenderer.Rendered lateReview = render("monthly-review-overdue", MailContent.MINIMAL,
        Instant.parse("2026-12-20T17:00:00Z"), concern, RecipientRole.AUDIT_MANAGER);
    assertThat(lateReview.subject()).isEqualTo(CONCERN + ": this month's review of progress is late");
    assertThat(lateReview.text()).contains("was due on Sunday 13 December 2026, 7 days ago, and has not arrived yet",
        "has been reminded. You will hear again each week while it is late.");

    concern.put("reAuditEvaluationReference", "PE-2026-0099");
    MailRenderer.Rendered reAudit = render("re-audit-due", MailContent.MINIMAL, Instant.parse("2026-12-06T09:00:00Z"),
        concern, RecipientRole.AUDIT_MANAGER);
    assertThat(reAudit.subject()).isEqualTo(CONCERN + ": re-audit allocated, due by 6 January 2027");
    assertThat(reAudit.text()).contains("The re-audit for case of concern " + CONCERN + " (practice evaluation"
        + " PE-2026-0042) has been allocated as practice evaluation PE-2026-0099, due by Wednesday 6 January 2027:"
        + " within three months of the grade");

    Map<String, Object> reviewed = new HashMap<>(concern);
    reviewed.putAll(Map.of("concernLatestReviewOn", java.time.LocalDate.of(2026, 12, 11),
        "concernLatestReviewOnTrack", true, "concernLatestReviewSustained", false,
        "concernLatestReviewProgress", "Spoke with Emma about the plan."));
    MailRenderer.Rendered review = render("progress-review-received", MailContent.MINIMAL,
        Instant.parse("2026-12-11T12:00:00Z"), reviewed, RecipientRole.AUDIT_MANAGER);
    assertThat(review.text()).contains("reviewed progress on case of concern " + CONCERN, "on Friday 11 December 2026",
        "Is the plan on track? yes. Has the improvement held since the last review? no.")
        .doesNotContain("Spoke with Emma");
    assertThat(render("progress-review-received", MailContent.FULL, Instant.parse("2026-12-11T12:00:00Z"), reviewed,
        RecipientRole.AUDIT_MANAGER).text()).contains("Progress since the last review: Spoke with Emma about the plan.");
  }

  // --- every template, both contents ------------------------------------------------------------------------------

  static Stream<Arguments> everyTemplateInBothContents() {
    List<Arguments> all = new ArrayList<>();
    for (NotificationTemplate template : NotificationTemplate.values()) {
      for (MailContent content : MailContent.values()) {
        all.add(Arguments.of(template, content));
      }
    }
    return all.stream();
  }

  /**
   * The renderer has Spring compile a template's expressions once they have run a hundred times: each template,
   * rendered past that point by one renderer, reads exactly as it did the first time (interpreted). In the default
   * content, minimal (each template needs its hundred renders: about twenty seconds in the suite); the full content's
   * extra lines are property reads of the same kind, rendered interpreted by the other tests.
   */
  @Test
  void everyTemplateReadsTheSameOnceItsExpressionsAreCompiled() {
    for (MailContent content : List.of(MailContent.MINIMAL)) {
      MailRenderer renderer = new MailRenderer("Lowfield Council", Clock.fixed(DUE.plusSeconds(3600), LONDON),
          mock(TeamDirectory.class), content.name().toLowerCase());
      Map<NotificationTemplate, MailRenderer.Rendered> first = new java.util.EnumMap<>(NotificationTemplate.class);
      for (int round = 0; round < 102; round++) {
        for (NotificationTemplate template : NotificationTemplate.values()) {
          MailRenderer.Rendered mail = renderer.render(new NotificationContext(template, "pi-1", "Task_Send",
                  everyTemplatesVariables(), template.aboutAnEvaluation() ? evaluation : null),
              new Recipient("dpatel", "Dana", "Dana Patel", "dana.patel@lowfield.example",
                  EnumSet.allOf(RecipientRole.class)),
              new MailLinks.Links("https://pe.lowfield.example/camunda/app/tasklist/default/#/?task=t-1", true,
                  "Review", null));
          MailRenderer.Rendered before = first.putIfAbsent(template, mail);
          if (before != null && !before.equals(mail)) {
            assertThat(mail).as("%s (%s), round %d", template.key(), content, round).isEqualTo(before);
          }
        }
      }
      assertThat(first).hasSize(NotificationTemplate.values().length);
    }
  }

  /** The variables the processes give the templates, one sample of each. */
  private static Map<String, Object> everyTemplatesVariables() {
    Map<String, Object> vars = new HashMap<>(Map.of(NotificationContext.CONCERN_REFERENCE, CONCERN,
        "practiceManagerResponseDueDate", date("2026-10-13T16:00:00Z"),
        "reviewMeetingDueDate", date("2026-11-06T17:00:00Z"), "reAuditDueDate", date("2027-01-06T17:00:00Z"),
        "actionNumber", 1, "furtherDeadlineDate", "2026-12-31", "requestReference", "AR-2026-0007",
        "decisionReason", "Arthur's case was audited in June.", "teamLearningText", "Record direct work promptly.",
        "actionPlanText", "Weigh the impact of the plan more heavily."));
    vars.putAll(Map.of("periodLabel", "July to September 2026", "serviceAreaName", "Front Door and Assessment",
        "monthLabel", "September 2026", "reportUrl", "https://pe.lowfield.example/api/reports/documents/7"));
    return vars;
  }

  @ParameterizedTest(name = "{0}, {1}")
  @MethodSource("everyTemplateInBothContents")
  void everyTemplateReadsWellAndAMinimalMailNamesNoChild(NotificationTemplate template, MailContent content) {
    Map<String, Object> vars = everyTemplatesVariables();
    EvaluationView e = template.aboutAnEvaluation() ? evaluation : null;

    MailRenderer.Rendered mail = renderAs(template.key(), content, DUE.plusSeconds(3600), vars, e,
        EnumSet.allOf(RecipientRole.class).toArray(RecipientRole[]::new));

    assertThat(mail.subject()).doesNotContain("null").doesNotContain("${").isNotBlank();
    for (String part : List.of(mail.text(), plain(mail.html()))) {
      assertThat(part).as("%s (%s)", template.key(), content).startsWith("Hello ").contains("Dana")
          .doesNotContain("${").doesNotContain("[(").doesNotContain(" null").doesNotContain("0 days ago")
          .doesNotContain("due by not set");
    }
    if (e != null) {
      assertThat(mail.subject()).startsWith(template.key().startsWith("inadequate") || isConcernStep(template)
          ? CONCERN + ":" : "PE-2026-0042:");
    }
    if (content == MailContent.MINIMAL) {
      for (String personal : PERSONAL) {
        assertThat(mail.text()).as("%s, minimal, plain text", template.key()).doesNotContain(personal);
        assertThat(plain(mail.html())).as("%s, minimal, HTML", template.key()).doesNotContain(personal);
      }
      if (e != null) {
        assertThat(mail.text()).contains("this e-mail names no child");
      }
    }
  }

  @Test
  void theFullContentCarriesTheSummaryForCouncilsWhoseMailIsInsideASecureBoundary() {
    MailRenderer.Rendered allocated = render("evaluation-allocated", MailContent.FULL, DUE.minusSeconds(21 * 86400),
        Map.of(), RecipientRole.AUDITOR);
    MailRenderer.Rendered escalation = render("safety-escalation", MailContent.FULL, DUE, Map.of(),
        RecipientRole.HEAD_OF_SERVICE);
    MailRenderer.Rendered minimalEscalation = render("safety-escalation", MailContent.MINIMAL, DUE, Map.of(),
        RecipientRole.HEAD_OF_SERVICE);

    assertThat(allocated.text()).contains("Child: Arthur Turner, C104237", "Legal status: Child in need",
        "ABOUT THE CASE", "please do not forward it outside the council");
    assertThat(escalation.text()).contains("A visit found no food in the house and the child was alone.");
    assertThat(minimalEscalation.subject()).isEqualTo(escalation.subject());
    assertThat(minimalEscalation.text()).contains("During practice evaluation PE-2026-0042, a child has been judged at"
        + " risk of significant harm.", "What they are worried about is recorded with the evaluation",
        "Please make sure the concern is acted on today").doesNotContain("no food");
  }

  // --- helpers -----------------------------------------------------------------------------------------------------

  private static boolean isConcernStep(NotificationTemplate template) {
    return List.of("practice-manager-response-due", "practice-manager-response-overdue", "review-meeting-due",
        "monthly-review-due", "re-audit-due", "practice-manager-response-received", "progress-review-received",
        "monthly-review-overdue", "concern-closed-grade-revised").contains(template.key());
  }

  private MailRenderer.Rendered render(String template, MailContent content, Instant now, Map<String, Object> vars,
      RecipientRole... roles) {
    return renderAs(template, content, now, vars, evaluation, roles);
  }

  private static MailRenderer.Rendered renderAs(String template, MailContent content, Instant now,
      Map<String, Object> vars, EvaluationView e, RecipientRole... roles) {
    MailRenderer renderer = new MailRenderer("Lowfield Council", Clock.fixed(now, LONDON), mock(TeamDirectory.class),
        content.name().toLowerCase());
    NotificationContext context = new NotificationContext(NotificationTemplate.byKey(template).orElseThrow(), "pi-1",
        "Task_Send", vars, e);
    Recipient recipient = new Recipient("dpatel", "Dana", "Dana Patel", "dana.patel@lowfield.example",
        EnumSet.copyOf(List.of(roles)));
    return renderer.render(context, recipient, new MailLinks.Links(
        "https://pe.lowfield.example/camunda/app/tasklist/default/#/?task=t-1", true, "Review", null));
  }

  /** The sample with its due date at 17:00 London time on 22 September 2026. */
  private static EvaluationView dueAtFivePm(EvaluationView v) {
    EvaluationView.Dates d = v.dates();
    return new EvaluationView(v.reference(), v.type(), v.moderated(), v.stage(), v.processInstanceId(), v.child(),
        v.people(), new EvaluationView.Dates(d.allocatedAt(), DUE, d.submittedAt(),
            Instant.parse("2026-09-27T16:00:00Z"), d.moderatedAt(), d.finalisedAt(), d.sharedAt(), d.caseNoteDueAt(),
            d.completedAt()),
        v.contact(), v.sections(), v.grades(), v.reflectiveDiscussion(), v.moderation(), v.dispute(), v.followUp(),
        v.actions(), v.escalations(), v.completedBy(), v.previousEvaluationReference(), EvaluationView.Tool.STANDARD,
        false, null);
  }

  private static Date date(String instant) {
    return Date.from(Instant.parse(instant));
  }

  /** The HTML as a reader sees it: tags dropped, entities and spaces as text. */
  private static String plain(String html) {
    String body = html.substring(html.indexOf("<body"));
    return org.springframework.web.util.HtmlUtils.htmlUnescape(body.replaceAll("<[^>]+>", " "))
        .replaceAll("\\s+", " ").replace(" ,", ",").replace(" .", ".").trim().replaceFirst("^.*?Hello", "Hello");
  }
}
