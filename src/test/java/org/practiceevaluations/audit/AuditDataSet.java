package org.practiceevaluations.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.Consumer;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.practiceevaluations.caseregister.ChildCase;
import org.practiceevaluations.caseregister.ChildCaseRepository;
import org.practiceevaluations.catalogue.Grade;
import org.practiceevaluations.catalogue.Judgement;
import org.practiceevaluations.concern.CaseOfConcernProcess;
import org.practiceevaluations.evaluation.Evaluation;
import org.practiceevaluations.evaluation.EvaluationAction;
import org.practiceevaluations.evaluation.EvaluationRepository;
import org.practiceevaluations.evaluation.EvaluationType;
import org.practiceevaluations.evaluation.PracticeEvaluationProcess;
import org.practiceevaluations.evaluation.ReferenceGenerator;
import org.practiceevaluations.evaluation.SectionJudgement;
import org.practiceevaluations.recording.EvaluationRecording;
import org.practiceevaluations.recording.NoteKind;
import org.practiceevaluations.recording.ReAudit;
import org.practiceevaluations.support.TestSmtp;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A known set of evaluations, cases of concern and one incident, seen on {@link #NOW} (Wednesday 18 November 2026,
 * 10:00 in London), with the figures the audit overview must show worked out by hand below. The fictional
 * council's demo directory: Front Door and Assessment (FDA), Safeguarding and Family Support (SFS), Children in
 * Care and Care Leavers (CIC).
 *
 * <p>Open evaluations are started through the practice evaluation process with the engine clock at their
 * allocation time, so their due dates are the model's (one month, 17:00 London time; three weeks when moderated).
 * Each record is then taken on with the methods the form handlers call, with the clock at each step's time; the
 * processes themselves wait at their allocation e-mail, except M1's and O1's, which have gone out, so the
 * auditor's work and the moderation have begun. Finished evaluations of this and the last
 * quarter are records only, as evaluations finished before the application was installed would be. The cases of
 * concern are opened by their process, which works out their deadlines; one practice manager has answered through
 * the task form. The allocation e-mail of A2 fails three times with the mail server down: one incident.
 *
 * <pre>
 * open evaluations     stage                area  allocated   due (first auditor)  notes
 *   A1                 allocated            FDA   8 Nov       8 Dec 17:00
 *   A2                 allocated            SFS   8 Oct       8 Nov 17:00          overdue 10 days; incident
 *   P1                 in progress          FDA   13 Oct      13 Nov 17:00         overdue 5 days
 *   P2                 in progress          CIC   13 Nov      13 Dec 17:00
 *   M1 (moderated)     awaiting moderation  SFS   1 Oct       (submitted 20 Oct)   moderation due 11 Nov: 7 days
 *   S1                 shared               FDA   1 Sep       good, final 2 Oct    team case note due 5 Nov: 13 days
 *   S2                 shared               CIC   10 Oct      req. impr., 9 Nov    case note due 12 Dec
 *   X1 (moderated)     shared               SFS   25 Sep      RI, moderated inadequate 28 Oct; concern CC-2026-0002
 *   X2                 shared               CIC   15 Sep      inadequate 15 Oct; concern CC-2026-0001
 *   O1 (moderated)     actions open         CIC   20 Sep      good, moderated good 14 Oct; case note 2 Nov
 * finished (records only)
 *   H1 (moderated) FDA good, moderated outstanding 3 Nov   H2 SFS requires improvement 20 Oct
 *   B1 CIC good, 00:30 on 1 Oct London time (still 30 Sep in UTC): this quarter
 *   L1 (moderated) FDA good, moderated good 12 Aug          L2 FDA requires improvement 29 Sep
 *   L3 SFS requires improvement 15 Jul                      L4 (moderated) CIC outstanding, moderated the same 10 Sep
 *   L0 CIC good 20 Jun (the quarter before last: counted nowhere)
 *
 * open evaluations by stage: allocated 2, in progress 2, awaiting moderation 1, grade disputed 0, shared 4,
 *   actions open 1 (10); FDA 3 (allocated, in progress, shared), SFS 3 (allocated, awaiting moderation, shared),
 *   CIC 4 (in progress, shared 2, actions open)
 * overdue, earliest due first: A2 evaluation 10 days (cgreen), M1 moderation 7 days (sclarke), P1 evaluation 5 days
 * overdue team case notes: S1, 13 days (pmurphy)
 * concerns: CC-2026-0002 (X1, opened 30 Oct): next the practice manager's response, due 6 Nov, overdue 12 days;
 *           CC-2026-0001 (X2, opened 19 Oct, answered 24 Oct): next the review meeting, due 19 Nov, in 1 day
 * final grades Oct-Dec (this quarter): FDA outstanding 1 good 1; SFS RI 1 inadequate 1; CIC good 2 RI 1 inadequate 1;
 *   all 8, good or better 4 (50%), by area 100%, 0%, 50%
 * final grades Jul-Sep (last quarter): FDA good 1 RI 1; SFS RI 1; CIC outstanding 1; all 4, good or better 2 (50%)
 * moderation this quarter: O1 same, X1 lower, H1 higher: 3 moderated, 1 agreed (33%), 1 higher, 1 lower
 * moderation last quarter: L1 same, L4 same: 2 moderated, 2 agreed (100%)
 * </pre>
 */
public final class AuditDataSet {

  /** "Now" for every test on this data set: Wednesday 18 November 2026, 10:00 GMT (London). */
  public static final Instant NOW = Instant.parse("2026-11-18T10:00:00Z");

  /** S1's first action's progress note, with characters that would be markup if a page parsed them as HTML. */
  public static final String S1_PROGRESS_NOTE =
      "Chronology brought up to date <b>today</b> <img src=x onerror=\"document.title='parsed'\"> & checked.";

  private static final Map<ApplicationContext, AuditDataSet> SEEDED = new WeakHashMap<>();
  /** What the team of O1 said at the reflective discussion (section 15), before it agreed at moderation (15a). */
  static final String O1_SECTION_15_REASONS = "The team sees the pathway planning as outstanding work.";

  /** Reference and process instance of each evaluation by its name above (A1, S1, ...). */
  public record Seeded(String reference, String processInstanceId, String childReference) {}

  private final Map<String, Seeded> evaluations = new LinkedHashMap<>();
  private final Map<String, Seeded> concerns = new LinkedHashMap<>();
  private String incidentProcessInstanceId;

  private final RuntimeService runtime;
  private final ManagementService management;
  private final TaskService tasks;
  private final EvaluationRepository evaluationRepository;
  private final ChildCaseRepository cases;
  private final ReferenceGenerator references;
  private final EvaluationRecording recording;
  private final TransactionTemplate tx;

  private AuditDataSet(ApplicationContext context) {
    this.runtime = context.getBean(RuntimeService.class);
    this.management = context.getBean(ManagementService.class);
    this.tasks = context.getBean(TaskService.class);
    this.evaluationRepository = context.getBean(EvaluationRepository.class);
    this.cases = context.getBean(ChildCaseRepository.class);
    this.references = context.getBean(ReferenceGenerator.class);
    this.recording = context.getBean(EvaluationRecording.class);
    this.tx = context.getBean(TransactionTemplate.class);
  }

  /**
   * The data set in this context's database, seeded on first use. Leaves the engine clock at {@link #NOW}; call
   * {@link #backToRealTime()} when done.
   */
  public static synchronized AuditDataSet in(ApplicationContext context) {
    AuditDataSet dataSet = SEEDED.get(context);
    if (dataSet == null) {
      dataSet = new AuditDataSet(context);
      try {
        dataSet.seed();
      } finally {
        ClockUtil.setCurrentTime(Date.from(NOW));
      }
      SEEDED.put(context, dataSet);
    }
    ClockUtil.setCurrentTime(Date.from(NOW));
    return dataSet;
  }

  public static void backToRealTime() {
    ClockUtil.reset();
  }

  public Seeded evaluation(String name) {
    return evaluations.get(name);
  }

  public String reference(String name) {
    return evaluations.get(name).reference();
  }

  public String processOf(String name) {
    return evaluations.get(name).processInstanceId();
  }

  /** The concern opened by evaluation {@code name} (X1 or X2). */
  public Seeded concernOf(String name) {
    return concerns.get(name);
  }

  public String incidentProcessInstanceId() {
    return incidentProcessInstanceId;
  }

  // --- seeding -------------------------------------------------------------------------------------------------

  private void seed() {
    TestSmtp.start();

    // Finished before this quarter or earlier: records only.
    finished("L0", "C106198", "cgreen", null, Grade.GOOD, null, at("2026-06-20T11:00:00Z"));
    finished("L1", "C104348", "mshah", "sclarke", Grade.GOOD, Grade.GOOD, at("2026-08-12T14:00:00Z"));
    finished("L2", "C104681", "rking", null, Grade.REQUIRES_IMPROVEMENT, null, at("2026-09-29T15:00:00Z"));
    finished("L3", "C105236", "cgreen", null, Grade.REQUIRES_IMPROVEMENT, null, at("2026-07-15T10:00:00Z"));
    finished("L4", "C106161", "rking", "afitzgerald", Grade.OUTSTANDING, Grade.OUTSTANDING,
        at("2026-09-10T13:00:00Z"));
    finished("B1", "C106124", "mshah", null, Grade.GOOD, null, at("2026-09-30T23:30:00Z"));
    finished("H1", "C104644", "cgreen", "afitzgerald", Grade.GOOD, Grade.OUTSTANDING, at("2026-11-03T14:00:00Z"));
    finished("H2", "C105125", "rking", null, Grade.REQUIRES_IMPROVEMENT, null, at("2026-10-20T16:00:00Z"));

    // Open evaluations, started by the process at their allocation time.
    start("S1", "C104311", "cgreen", null, "2026-09-01T09:00:00Z");
    start("X2", "C105791", "mshah", null, "2026-09-15T09:00:00Z");
    start("O1", "C106087", "rking", "afitzgerald", "2026-09-20T09:00:00Z");
    start("X1", "C105421", "cgreen", "sclarke", "2026-09-25T09:00:00Z");
    start("M1", "C105347", "rking", "sclarke", "2026-10-01T09:00:00Z");
    start("A2", "C105014", "cgreen", null, "2026-10-08T09:00:00Z");
    start("S2", "C105754", "mshah", null, "2026-10-10T09:00:00Z");
    start("P1", "C104607", "rking", null, "2026-10-13T09:00:00Z");
    start("A1", "C104274", "rking", null, "2026-11-08T09:00:00Z");
    start("P2", "C105717", "mshah", null, "2026-11-13T09:00:00Z");

    inProgress("P1", "2026-10-20");
    inProgress("P2", "2026-11-16");

    submitted("M1", Grade.GOOD, "2026-10-20T12:00:00Z", "2026-11-11T17:00:00Z");

    submitted("S1", Grade.GOOD, "2026-10-02T12:00:00Z", null);
    actions("S1", List.of(
        new EvaluationAction("Update the chronology to cover the last six months.", "ejones", day("2026-10-30"),
            "Use the chronology template in the case system."),
        new EvaluationAction("Record the child's wishes and feelings after each visit.", "ejones",
            day("2026-11-30"), null)));
    // Typed by a person, shown by the Cockpit tab: it must come out as these characters, not as markup.
    actionDone("S1", 1, S1_PROGRESS_NOTE, "2026-10-21T10:00:00Z");
    shared("S1", "2026-10-05T12:00:00Z", "2026-11-05T17:00:00Z");

    submitted("S2", Grade.REQUIRES_IMPROVEMENT, "2026-11-09T12:00:00Z", null);
    shared("S2", "2026-11-12T12:00:00Z", "2026-12-12T17:00:00Z");

    submitted("O1", Grade.GOOD, "2026-10-08T12:00:00Z", "2026-10-15T17:00:00Z");
    actions("O1", List.of(
        new EvaluationAction("Update the pathway plan with Reece's accommodation goals.", "zdaniels",
            day("2026-11-10"), "Agree the goals with Reece at the next visit."),
        new EvaluationAction("Hold a supervision focused on the pathway plan.", "dhughes", day("2026-10-30"),
            null)));
    moderated("O1", Grade.GOOD, "2026-10-14T15:00:00Z");
    actionDone("O1", 2, "Supervision held on 28 October; the plan is now reviewed monthly.", "2026-10-28T16:00:00Z");
    shared("O1", "2026-10-16T12:00:00Z", "2026-11-16T17:00:00Z");
    teamCaseNote("O1", "Discussed at supervision on 28 October. The pathway plan update is in hand.",
        "2026-11-02T10:00:00Z");

    submitted("X2", Grade.INADEQUATE, "2026-10-15T12:00:00Z", null);
    shared("X2", "2026-10-19T09:00:00Z", "2026-11-19T17:00:00Z");
    openConcern("X2", "2026-10-19T10:00:00Z");
    practiceManagerAnswers("X2", "2026-10-24T11:00:00Z");

    submitted("X1", Grade.REQUIRES_IMPROVEMENT, "2026-10-20T12:00:00Z", "2026-10-27T17:00:00Z");
    moderated("X1", Grade.INADEQUATE, "2026-10-28T15:00:00Z");
    shared("X1", "2026-10-30T09:00:00Z", "2026-11-30T17:00:00Z");
    openConcern("X1", "2026-10-30T10:00:00Z");

    allocationMailFailsThreeTimes("A2");
  }

  /** A finished evaluation: submitted (and moderated) at {@code finalisedAt}, shared, closed. */
  private void finished(String name, String child, String auditor, String moderator, Grade first, Grade moderatedGrade,
      Instant finalisedAt) {
    clock(finalisedAt);
    String reference = tx.execute(status -> {
      ChildCase childCase = cases.findByChildReference(child).orElseThrow();
      boolean isModerated = moderator != null;
      Instant allocated = finalisedAt.minusSeconds(30L * 24 * 3600);
      Evaluation e = new Evaluation(references.next("PE", 2026),
          isModerated ? EvaluationType.MODERATED : EvaluationType.MONTHLY, isModerated, childCase, auditor, moderator,
          "kmorgan", allocated, allocated.plusSeconds(28L * 24 * 3600));
      e.recordSocialWorkerContact(LocalDate.ofInstant(allocated, java.time.ZoneOffset.UTC).plusDays(3),
          "Spoke with the social worker about the plan.", true, null);
      e.replaceSections(SectionJudgement.Stage.FIRST, sections(first, SectionJudgement.Stage.FIRST));
      e.grades().recordFirstGrade(first, auditor);
      e.markSubmitted(isModerated ? finalisedAt.minusSeconds(6L * 24 * 3600) : finalisedAt,
          isModerated ? finalisedAt.plusSeconds(24L * 3600) : null);
      if (isModerated) {
        e.replaceSections(SectionJudgement.Stage.MODERATION,
            sections(moderatedGrade, SectionJudgement.Stage.MODERATION));
        e.moderation().record(moderatedGrade, "Weigh the impact of the plan more heavily.",
            "Record direct work promptly.");
        e.completeModeration(LocalDate.ofInstant(finalisedAt, java.time.ZoneOffset.UTC),
            "Discussed with the auditor and the team.", true, null, null, finalisedAt);
      }
      e.markShared(finalisedAt.plusSeconds(3600), finalisedAt.plusSeconds(30L * 24 * 3600));
      e.markCaseNoteAdded(finalisedAt.plusSeconds(20L * 24 * 3600));
      e.markComplete(finalisedAt.plusSeconds(20L * 24 * 3600));
      return evaluationRepository.save(e).getReference();
    });
    evaluations.put(name, new Seeded(reference, null, child));
  }

  private void start(String name, String child, String auditor, String moderator, String allocatedAt) {
    clock(at(allocatedAt));
    Map<String, Object> variables = new HashMap<>();
    variables.put(PracticeEvaluationProcess.Vars.CHILD_REFERENCE.name(), child);
    variables.put(PracticeEvaluationProcess.Vars.EVALUATION_TYPE.name(), moderator == null ? "monthly" : "moderated");
    variables.put(PracticeEvaluationProcess.Vars.AUDITOR.name(), auditor);
    variables.put(PracticeEvaluationProcess.Vars.MODERATOR.name(), moderator);
    variables.put(PracticeEvaluationProcess.Vars.ALLOCATED_BY.name(), "kmorgan");
    ProcessInstance instance = runtime.startProcessInstanceByKey(PracticeEvaluationProcess.KEY, variables);
    String reference =
        (String) runtime.getVariable(instance.getId(), PracticeEvaluationProcess.Vars.EVALUATION_REFERENCE.name());
    evaluations.put(name, new Seeded(reference, instance.getId(), child));
    if (name.equals("M1") || name.equals("O1")) {
      // The allocation e-mail goes out; the auditor's work and the moderation begin.
      management.executeJob(management.createJobQuery().processInstanceId(instance.getId())
          .activityId(PracticeEvaluationProcess.Elements.SEND_ALLOCATION).singleResult().getId());
    }
  }

  /** The moderation process instance called by a moderated evaluation's process. */
  public String moderationProcessOf(String name) {
    return runtime.createProcessInstanceQuery().superProcessInstanceId(processOf(name)).singleResult().getId();
  }

  private void inProgress(String name, String contactedOn) {
    update(name, contactedOn + "T14:00:00Z", e -> e.recordSocialWorkerContact(day(contactedOn),
        "Spoke with the social worker; visits are up to date.", true, null));
  }

  private void submitted(String name, Grade grade, String submittedAt, String moderationDueAt) {
    update(name, submittedAt, e -> {
      Instant at = at(submittedAt);
      e.recordSocialWorkerContact(LocalDate.ofInstant(e.dates().allocatedAt(), java.time.ZoneOffset.UTC).plusDays(4),
          "Spoke with the social worker; it was safe to contact the family.", true, null);
      e.replaceSections(SectionJudgement.Stage.FIRST, sections(grade, SectionJudgement.Stage.FIRST));
      e.grades().recordFirstGrade(grade, e.people().auditor());
      if (name.equals("O1")) {
        // the team saw it differently at the reflective discussion (section 15), then agreed at moderation (15a)
        e.reflectiveDiscussion().record(LocalDate.ofInstant(at, java.time.ZoneOffset.UTC).minusDays(1),
            "Social worker, team manager", "We talked through the strengths and the gaps.", false, Grade.OUTSTANDING,
            O1_SECTION_15_REASONS);
      } else {
        e.reflectiveDiscussion().record(LocalDate.ofInstant(at, java.time.ZoneOffset.UTC).minusDays(1),
            "Social worker, team manager", "We talked through the strengths and the gaps.", true, null, null);
      }
      e.markSubmitted(at, moderationDueAt == null ? null : at(moderationDueAt));
    });
  }

  private void moderated(String name, Grade grade, String moderatedAt) {
    update(name, moderatedAt, e -> {
      e.replaceSections(SectionJudgement.Stage.MODERATION, sections(grade, SectionJudgement.Stage.MODERATION));
      e.moderation().record(grade, "Weigh the impact on the child more heavily.", "Record direct work promptly.");
      e.completeModeration(LocalDate.ofInstant(at(moderatedAt), java.time.ZoneOffset.UTC),
          "Discussed with the auditor and the team (section 15a).", true, null, null, at(moderatedAt));
    });
  }

  private void actions(String name, List<EvaluationAction> actions) {
    update(name, null, e -> e.replaceActions(new ArrayList<>(actions)));
  }

  private void actionDone(String name, int number, String note, String at) {
    update(name, at, e -> e.action(number).orElseThrow()
        .update(true, note, LocalDate.ofInstant(at(at), java.time.ZoneOffset.UTC), at(at)));
  }

  /**
   * Shared with the team, after the audit team's summary case note was added, as the process does; O1's PDF is
   * filed too (the other PDFs would only slow the tests down).
   */
  private void shared(String name, String sharedAt, String caseNoteDueAt) {
    update(name, sharedAt, e -> e.markShared(at(sharedAt), at(caseNoteDueAt)));
    String reference = reference(name);
    if (name.equals("O1")) {
      recording.saveEvaluationPdf(reference, "audit-data-set/" + reference + "/pdf");
    }
    recording.addCaseAuditNote(reference, NoteKind.EVALUATION_SUMMARY, ReAudit.NONE,
        "audit-data-set/" + reference + "/summary");
  }

  private void teamCaseNote(String name, String text, String at) {
    clock(at(at));
    String reference = reference(name);
    recording.addCaseAuditNote(reference, NoteKind.TEAM_PROGRESS, ReAudit.NONE, text,
        "audit-data-set/" + reference + "/team-progress");
    update(name, at, e -> e.markCaseNoteAdded(at(at)));
  }

  /**
   * The inadequate evaluation opens its case of concern. For X2 the circulation e-mail goes out, so its practice
   * manager can answer; X1's concern is still at its first e-mail.
   */
  private void openConcern(String name, String openedAt) {
    clock(at(openedAt));
    Seeded evaluation = evaluations.get(name);
    ProcessInstance concern = runtime.createMessageCorrelation(PracticeEvaluationProcess.Messages.INADEQUATE_EVALUATION)
        .processInstanceBusinessKey(evaluation.reference())
        .setVariable(PracticeEvaluationProcess.Vars.EVALUATION_REFERENCE.name(), evaluation.reference())
        .setVariable(PracticeEvaluationProcess.Vars.CHILD_REFERENCE.name(), evaluation.childReference())
        .correlateStartMessage();
    if (name.equals("X2")) {
      for (String step : List.of(CaseOfConcernProcess.Elements.CIRCULATE)) {
        Job job = management.createJobQuery().processInstanceId(concern.getId()).activityId(step).singleResult();
        management.executeJob(job.getId());
      }
    }
    String reference = (String) runtime.getVariable(concern.getId(), CaseOfConcernProcess.Vars.CONCERN_REFERENCE.name());
    concerns.put(name, new Seeded(reference, concern.getId(), evaluation.childReference()));
  }

  /** The practice manager answers through the task form ({@code practice-manager-response}). */
  private void practiceManagerAnswers(String name, String at) {
    clock(at(at));
    Task task = tasks.createTaskQuery().processInstanceId(concerns.get(name).processInstanceId())
        .taskDefinitionKey(CaseOfConcernProcess.Elements.PRACTICE_MANAGER_RESPONSE).singleResult();
    tasks.complete(task.getId(), Map.of(
        "responseActions", "Weekly visits restored; the plan was reviewed with the family on 23 October.",
        "responseToFindings", "We accept the findings and have set out the remedial actions with the team."));
  }

  /** The mail server is down while A2's allocation e-mail is tried three times: an incident in Cockpit. */
  private void allocationMailFailsThreeTimes(String name) {
    clock(NOW);
    String processInstanceId = processOf(name);
    Job job = management.createJobQuery().processInstanceId(processInstanceId)
        .activityId(PracticeEvaluationProcess.Elements.SEND_ALLOCATION).singleResult();
    TestSmtp.stop();
    try {
      for (int attempt = 1; attempt <= 3; attempt++) {
        assertThatThrownBy(() -> management.executeJob(job.getId())).hasMessageContaining("could not be sent");
      }
    } finally {
      TestSmtp.start();
    }
    assertThat(runtime.createIncidentQuery().processInstanceId(processInstanceId).count()).isEqualTo(1);
    incidentProcessInstanceId = processInstanceId;
  }

  private void update(String name, String at, Consumer<Evaluation> change) {
    if (at != null) {
      clock(at(at));
    }
    String reference = reference(name);
    tx.executeWithoutResult(status -> change.accept(evaluationRepository.findByReference(reference).orElseThrow()));
  }

  private static List<SectionJudgement> sections(Grade grade, SectionJudgement.Stage stage) {
    return org.practiceevaluations.support.ShippedCatalogue.sections(Judgement.parse(grade.code()), stage,
        "Audit data set");
  }

  private static void clock(Instant instant) {
    ClockUtil.setCurrentTime(Date.from(instant));
  }

  private static Instant at(String instant) {
    return Instant.parse(instant);
  }

  private static LocalDate day(String date) {
    return LocalDate.parse(date);
  }
}
