package org.practiceevaluations.recording;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.practiceevaluations.catalogue.Catalogue;
import org.practiceevaluations.catalogue.Grade;
import org.practiceevaluations.catalogue.Judgement;
import org.practiceevaluations.evaluation.Evaluation;
import org.practiceevaluations.evaluation.EvaluationAction;
import org.practiceevaluations.evaluation.EvaluationStage;
import org.practiceevaluations.evaluation.EvaluationType;
import org.practiceevaluations.evaluation.EvaluationView.Person;
import org.practiceevaluations.evaluation.EvaluationView;
import org.practiceevaluations.evaluation.FamilyFeedback;
import org.practiceevaluations.support.ShippedCatalogue;

/**
 * Evaluation views built in memory (no database), with every part filled in: a moderated evaluation with a
 * discrepancy, a disputed grade the audit manager decided, three actions and a safety escalation. Every person
 * and child is invented.
 */
public final class SampleViews {

  static final String SCRIPT = "<script>alert(1)</script>";
  /** The team's reasons at the reflective discussion (section 15), about the first auditor's grade. */
  static final String REFLECTIVE_REASONS = "At the reflective discussion the team saw the direct work as outstanding.";
  /** The team's reasons at the moderation discussion (section 15a), about the moderator's grade. */
  static final String MODERATION_REASONS = "The team feels the moderator did not weigh the recent progress.";
  static final Person AUDITOR = new Person("pmurphy", "Paul Murphy", "paul.murphy@lowfield.example");
  static final Person MODERATOR = new Person("sclarke", "Simon Clarke", "simon.clarke@lowfield.example");
  static final Person WORKER = new Person("ejones", "Emma Jones", "emma.jones@lowfield.example");
  static final Person TEAM_MANAGER = new Person("pmurphy", "Paul Murphy", "paul.murphy@lowfield.example");
  static final Person PRACTICE_MANAGER = new Person("lharris", "Louise Harris", "louise.harris@lowfield.example");
  static final Person HEAD_OF_SERVICE = new Person("hashworth", "Helen Ashworth", "helen.ashworth@lowfield.example");
  static final Person IRO = new Person("cgreen", "Catherine Green", "catherine.green@lowfield.example");
  static final Person AUDIT_MANAGER = new Person("kmorgan", "Karen Morgan", "karen.morgan@lowfield.example");

  private SampleViews() {}

  /** Moderated, first auditor "good", moderator "requires improvement", disputed and decided by the audit manager. */
  public static EvaluationView moderated() {
    Instant allocated = Instant.parse("2026-09-01T09:00:00Z");
    List<EvaluationView.SectionRow> sections = new ArrayList<>();
    for (Catalogue.CatalogueSection s : ShippedCatalogue.catalogue().sections()) {
      boolean notRelevant = s.key().equals(ShippedCatalogue.NOT_RELEVANT_SECTION);
      Judgement first = !s.judged() ? null : notRelevant ? Judgement.NOT_RELEVANT : Judgement.GOOD;
      Judgement moderator = !s.judged() ? null : notRelevant ? Judgement.NOT_RELEVANT
          : s.number() % 3 == 0 ? Judgement.REQUIRES_IMPROVEMENT : Judgement.GOOD;
      String firstCommentary = s.key().equals("voice-of-the-child")
          ? "Arthur's wishes are recorded in his own words. The worker typed " + SCRIPT + " into the old system."
          : "First auditor: " + s.title().toLowerCase() + " is evidenced in the last six months of recording.\n"
              + "A second paragraph keeps its line break.";
      List<EvaluationView.StatementRow> statements = new ArrayList<>();
      for (int i = 0; i < s.statements().size(); i++) {
        Catalogue.Statement st = s.statements().get(i);
        statements.add(new EvaluationView.StatementRow(st.key(), st.text(), !notRelevant && i < 2,
            !notRelevant && i < 1));
      }
      sections.add(new EvaluationView.SectionRow(s.number(), s.key(), s.area(), s.title(), s.judged(),
          s.purpose() == null ? null : s.purpose().code(), first, firstCommentary, moderator,
          "Moderator: on " + s.title().toLowerCase() + ", the impact for the child is less clear.", statements));
    }
    List<EvaluationView.Action> actions = List.of(
        new EvaluationView.Action(1, "Update the chronology to cover the last six months.", WORKER,
            LocalDate.parse("2026-11-30"), "Use the chronology template in the case system.",
            EvaluationAction.Status.OPEN, null, null),
        new EvaluationView.Action(2, "Hold a supervision focused on the child's plan & contingency.", TEAM_MANAGER,
            LocalDate.parse("2026-11-14"), null, EvaluationAction.Status.DONE, "Held.", LocalDate.parse("2026-11-10")),
        new EvaluationView.Action(3, "Record the direct work sessions within 48 hours.", WORKER,
            LocalDate.parse("2026-12-15"), "Book recording time after each visit.", EvaluationAction.Status.OPEN, null,
            null));
    List<EvaluationView.Feedback> feedback = List.of(
        new EvaluationView.Feedback(FamilyFeedback.Respondent.CHILD, "young person", "home visit",
            "{\"listensToMe\":\"always\",\"explainsThings\":\"sometimes\"}",
            "He said his social worker always comes when she says she will."),
        new EvaluationView.Feedback(FamilyFeedback.Respondent.PARENT_CARER, "mother", "telephone",
            "{\"feltListenedTo\":\"yes\"}", "Mum felt the plan was clear."));
    List<EvaluationView.Escalation> escalations = List.of(new EvaluationView.Escalation(AUDITOR,
        Instant.parse("2026-09-10T14:00:00Z"), "A visit found no food in the house and the child was alone.",
        HEAD_OF_SERVICE, HEAD_OF_SERVICE, Instant.parse("2026-09-11T10:00:00Z"),
        "A strategy discussion was held the same day; the child is safe with his grandmother."));
    return new EvaluationView("PE-2026-0042", EvaluationType.MODERATED, true, EvaluationStage.SHARED, "pi-1",
        new EvaluationView.Child("C104237", "Arthur Turner", LocalDate.parse("2011-03-13"), "Child in need", null,
            null, "ATN", "Assessment Team North", "FDA", "Front Door and Assessment"),
        new EvaluationView.People(AUDITOR, MODERATOR, WORKER, TEAM_MANAGER, PRACTICE_MANAGER, HEAD_OF_SERVICE, IRO),
        new EvaluationView.Dates(allocated, Instant.parse("2026-09-22T17:00:00Z"),
            Instant.parse("2026-09-20T12:00:00Z"), Instant.parse("2026-09-27T17:00:00Z"),
            Instant.parse("2026-09-26T12:00:00Z"), Instant.parse("2026-10-05T12:00:00Z"),
            Instant.parse("2026-10-06T12:00:00Z"), Instant.parse("2026-11-06T12:00:00Z"), null),
        new EvaluationView.Contact(LocalDate.parse("2026-09-03"), "Spoke with Emma about the family's circumstances.",
            true, null, feedback),
        sections,
        new EvaluationView.Grades(Grade.GOOD, Grade.REQUIRES_IMPROVEMENT, Grade.REQUIRES_IMPROVEMENT,
            Evaluation.FinalGradeSource.AUDIT_MANAGER, true),
        new EvaluationView.TeamDiscussion(LocalDate.parse("2026-09-18"), "Emma Jones, Paul Murphy",
            "We discussed the strengths of the direct work.", false, Grade.OUTSTANDING,
            REFLECTIVE_REASONS),
        new EvaluationView.Moderation("Initial reading: plan drift in June.",
            "Weigh the impact of the plan more heavily.", "Record direct work promptly.",
            new EvaluationView.TeamDiscussion(LocalDate.parse("2026-09-25"), null,
                "Discussed with the auditor and the team.", false, Grade.GOOD, MODERATION_REASONS)),
        new EvaluationView.Dispute(true,
            new EvaluationView.GradeDiscussion(
                "The auditor and the team met; the team still sees the practice as good.", false, null,
                Instant.parse("2026-10-01T11:00:00Z")),
            new EvaluationView.GradeDecision(AUDIT_MANAGER, Grade.REQUIRES_IMPROVEMENT,
                "The moderator's reading of impact stands: requires improvement.",
                Instant.parse("2026-10-05T12:00:00Z"))),
        new EvaluationView.FollowUp(LocalDate.parse("2026-10-20"), "Actions discussed in supervision."),
        actions, escalations, AUDITOR, null, TOOL, true, null);
  }

  /** The shipped tool's words (its grade labels: "Requires improvement to be good"). */
  static final EvaluationView.Tool TOOL = tool();

  private static EvaluationView.Tool tool() {
    java.util.Map<Grade, String> labels = new java.util.EnumMap<>(Grade.class);
    ShippedCatalogue.catalogue().grades().forEach(g -> labels.put(g.grade(), g.label()));
    return new EvaluationView.Tool(1, ShippedCatalogue.catalogue().name(), labels,
        ShippedCatalogue.catalogue().notRelevantLabel());
  }

  /** Unmoderated, first auditor's grade final, no dispute, no escalation. */
  public static EvaluationView unmoderated(Grade grade) {
    EvaluationView m = moderated();
    List<EvaluationView.SectionRow> sections = m.sections().stream()
        .map(s -> new EvaluationView.SectionRow(s.number(), s.key(), s.area(), s.title(), s.judged(), s.purpose(),
            s.firstJudgement(), s.firstCommentary(), null, null, s.statements().stream()
                .map(st -> new EvaluationView.StatementRow(st.key(), st.text(), st.metByFirst(), false)).toList()))
        .toList();
    return new EvaluationView("PE-2026-0043", EvaluationType.MONTHLY, false, EvaluationStage.SHARED, "pi-2",
        m.child(), new EvaluationView.People(AUDITOR, null, WORKER, TEAM_MANAGER, PRACTICE_MANAGER, HEAD_OF_SERVICE,
            null),
        new EvaluationView.Dates(m.dates().allocatedAt(), m.dates().dueAt(), m.dates().submittedAt(), null, null,
            m.dates().submittedAt(), m.dates().sharedAt(), null, null),
        new EvaluationView.Contact(m.contact().socialWorkerContactedOn(), m.contact().socialWorkerContactNotes(), false,
            "The social worker advised that contact could put the mother at risk from a former partner.", List.of()),
        sections, new EvaluationView.Grades(grade, null, grade, Evaluation.FinalGradeSource.FIRST_AUDITOR, null),
        new EvaluationView.TeamDiscussion(m.reflectiveDiscussion().heldOn(), m.reflectiveDiscussion().attendees(),
            m.reflectiveDiscussion().discussion(), true, null, null),
        null, null, null, m.actions(), List.of(), AUDITOR, null, TOOL, false, null);
  }

  /** Unmoderated and just filed on the child's file: the team has not been sent it yet. */
  static EvaluationView justFiled(Grade grade) {
    EvaluationView u = unmoderated(grade);
    EvaluationView.Dates d = u.dates();
    return new EvaluationView(u.reference(), u.type(), u.moderated(), EvaluationStage.IN_PROGRESS,
        u.processInstanceId(), u.child(), u.people(), new EvaluationView.Dates(d.allocatedAt(), d.dueAt(),
            d.submittedAt(), d.moderationDueAt(), d.moderatedAt(), d.finalisedAt(), null, null, null),
        u.contact(), u.sections(), u.grades(), u.reflectiveDiscussion(), u.moderation(), u.dispute(),
        EvaluationView.FollowUp.NONE, u.actions(), u.escalations(), u.completedBy(), null, u.tool(),
        u.goodPracticeToShare(), u.theme());
  }
}
