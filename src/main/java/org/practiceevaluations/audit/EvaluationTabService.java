package org.practiceevaluations.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.practiceevaluations.audit.AuditOverview.Person;
import org.practiceevaluations.audit.EvaluationTab.Action;
import org.practiceevaluations.audit.EvaluationTab.CaseDetails;
import org.practiceevaluations.audit.EvaluationTab.ConcernDetails;
import org.practiceevaluations.audit.EvaluationTab.EvaluationDetails;
import org.practiceevaluations.audit.EvaluationTab.GradeValue;
import org.practiceevaluations.audit.EvaluationTab.Role;
import org.practiceevaluations.caseregister.ChildCase;
import org.practiceevaluations.catalogue.Grade;
import org.practiceevaluations.common.NotFoundException;
import org.practiceevaluations.concern.CaseOfConcern;
import org.practiceevaluations.concern.CaseOfConcernProcess;
import org.practiceevaluations.concern.ConcernProgressReview;
import org.practiceevaluations.evaluation.DisputeRecord;
import org.practiceevaluations.evaluation.Evaluation;
import org.practiceevaluations.evaluation.EvaluationAction;
import org.practiceevaluations.evaluation.PracticeEvaluationProcess;
import org.practiceevaluations.evaluation.ReflectiveDiscussion;
import org.practiceevaluations.recording.DatabaseCaseRecord;
import org.practiceevaluations.recording.FiledDocumentRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the evaluation a process instance is about, and everything the "Evaluation" tab in Cockpit shows of it.
 * A practice evaluation's process is linked to its evaluation, a case of concern's process to its concern (and so
 * to the concern's current evaluation); any other process of the application (the moderation, a safety
 * escalation) carries the evaluation's or the concern's reference as its business key.
 */
@Service
@Transactional(readOnly = true)
public class EvaluationTabService {

  private final AuditQueries queries;
  private final HistoryService historyService;
  private final ConcernDeadlines concernDeadlines;
  private final StaffNames staffNames;
  private final FiledDocumentRepository documents;
  private final ObjectProvider<DatabaseCaseRecord> builtInCaseRecord;
  private final Clock clock;
  private final org.practiceevaluations.evaluation.EvaluationViews views;

  public EvaluationTabService(AuditQueries queries, HistoryService historyService, ConcernDeadlines concernDeadlines,
      StaffNames staffNames, FiledDocumentRepository documents, ObjectProvider<DatabaseCaseRecord> builtInCaseRecord,
      Clock clock, org.practiceevaluations.evaluation.EvaluationViews views) {
    this.views = views;
    this.queries = queries;
    this.historyService = historyService;
    this.concernDeadlines = concernDeadlines;
    this.staffNames = staffNames;
    this.documents = documents;
    this.builtInCaseRecord = builtInCaseRecord;
    this.clock = clock;
  }

  public EvaluationTab forProcessInstance(String processInstanceId) {
    Optional<Evaluation> evaluation = queries.evaluationOfProcess(processInstanceId);
    Optional<CaseOfConcern> concern;
    String processKey;
    if (evaluation.isPresent()) {
      processKey = PracticeEvaluationProcess.KEY;
      concern = queries.concernAbout(evaluation.get().getReference());
    } else if ((concern = queries.concernOfProcess(processInstanceId)).isPresent()) {
      processKey = CaseOfConcernProcess.KEY;
      evaluation = queries.evaluation(concern.get().getCurrentEvaluationReference());
    } else {
      HistoricProcessInstance instance = historyService.createHistoricProcessInstanceQuery()
          .processInstanceId(processInstanceId).singleResult();
      if (instance == null) {
        throw new NotFoundException("No process instance " + processInstanceId + ".");
      }
      processKey = instance.getProcessDefinitionKey();
      String businessKey = instance.getBusinessKey();
      evaluation = businessKey == null ? Optional.empty() : queries.evaluation(businessKey);
      if (evaluation.isPresent()) {
        concern = queries.concernAbout(businessKey);
      } else {
        concern = businessKey == null ? Optional.empty() : queries.concern(businessKey);
        evaluation = concern.flatMap(c -> queries.evaluation(c.getCurrentEvaluationReference()));
      }
      if (evaluation.isEmpty()) {
        String name = instance.getProcessDefinitionName() != null ? instance.getProcessDefinitionName() : processKey;
        throw new NotFoundException("This process (" + name + ") is not about one evaluation.");
      }
    }

    Instant now = clock.instant();
    ZoneId zone = clock.getZone();
    Evaluation e = evaluation.orElseThrow(() -> new NotFoundException(
        "The evaluation of process instance " + processInstanceId + " is not in the application's records."));
    Set<String> people = new HashSet<>();
    people.addAll(List.of(e.people().auditor(), e.people().socialWorker(), e.people().teamManager(),
        e.people().practiceManager(), e.people().headOfService()));
    addIfPresent(people, e.people().moderator(), e.people().iro(), e.people().allocatedBy(), e.grades().completedBy(),
        e.dispute().decidedBy());
    e.getActions().forEach(a -> people.add(a.getOwner()));
    concern.ifPresent(c -> addIfPresent(people, c.getPracticeManager()));
    Map<String, String> names = staffNames.of(people);

    return new EvaluationTab(processInstanceId, processKey, now, zone.getId(), details(e, names, now, zone),
        concern.map(c -> concernDetails(c, names, now, zone)).orElse(null));
  }

  private EvaluationDetails details(Evaluation e, Map<String, String> names, Instant now, ZoneId zone) {
    ChildCase c = e.getChildCase();
    CaseDetails theCase = new CaseDetails(e.getChildReference(), c.getChildName(), c.getLegalStatus().label(),
        e.getTeam().getName(), e.getTeam().getServiceArea().getName());
    return new EvaluationDetails(e.getReference(), e.getType().label(), e.isModerated(), e.getStage().name(),
        StageLabels.of(e.getStage()), e.getProcessInstanceId(), theCase, people(e, names),
        deadlines(e, now, zone), grades(e), discussions(e, names), actions(e, names, now, zone), caseNotes(e),
        documents(e), tool(e));
  }

  /** The tool's version and each section's statements, as the first auditor and the moderator found them. */
  private EvaluationTab.Tool tool(Evaluation e) {
    org.practiceevaluations.evaluation.EvaluationViews.Judged judged = views.judged(e);
    List<EvaluationTab.Section> sections = judged.sections().stream().map(s -> new EvaluationTab.Section(
        s.number(), s.title(), s.judged(), judged.tool().label(s.firstJudgement()),
        judged.tool().label(s.moderatorJudgement()), (int) s.metByFirst(), (int) s.metByModerator(),
        s.statements().stream().map(st -> new EvaluationTab.Statement(st.text(), st.metByFirst(),
            st.metByModerator())).toList())).toList();
    return new EvaluationTab.Tool(judged.tool().version(), judged.tool().name(), sections);
  }

  private static List<Role> people(Evaluation e, Map<String, String> names) {
    List<Role> roles = new ArrayList<>();
    role(roles, "First auditor", e.people().auditor(), names);
    role(roles, "Moderator", e.people().moderator(), names);
    role(roles, "Allocated social worker", e.people().socialWorker(), names);
    role(roles, "Team manager", e.people().teamManager(), names);
    role(roles, "Practice manager", e.people().practiceManager(), names);
    role(roles, "Head of service", e.people().headOfService(), names);
    role(roles, "Independent reviewing officer", e.people().iro(), names);
    role(roles, "Allocated by", e.people().allocatedBy(), names);
    if (e.grades().completedBy() != null && !e.grades().completedBy().equals(e.people().auditor())) {
      role(roles, "Evaluation completed by", e.grades().completedBy(), names);
    }
    role(roles, "Grade decided by", e.dispute().decidedBy(), names);
    return roles;
  }

  private static List<Deadline> deadlines(Evaluation e, Instant now, ZoneId zone) {
    List<Deadline> list = new ArrayList<>();
    list.add(Deadline.of("Allocated", null, e.dates().allocatedAt(), now, zone));
    list.add(Deadline.of("First auditor's evaluation", e.dates().dueAt(), e.dates().submittedAt(), now, zone));
    if (e.isModerated()) {
      list.add(Deadline.of("Moderation", e.moderation().dueAt(), e.moderation().moderatedAt(), now, zone));
    }
    list.add(Deadline.of("Final grade settled", null, e.grades().finalisedAt(), now, zone));
    list.add(Deadline.of("Shared with the team", null, e.dates().sharedAt(), now, zone));
    list.add(Deadline.of("Team's case audit case note", e.dates().caseNoteDueAt(), e.dates().caseNoteAddedAt(), now,
        zone));
    list.add(Deadline.of("Evaluation closed", null, e.dates().completedAt(), now, zone));
    return list;
  }

  private static EvaluationTab.Grades grades(Evaluation e) {
    return new EvaluationTab.Grades(grade(e.grades().firstGrade()), grade(e.moderation().moderatedGrade()),
        grade(e.grades().finalGrade()), source(e.grades().finalGradeSource()), e.moderation().discrepancy());
  }

  private static EvaluationTab.Discussions discussions(Evaluation e, Map<String, String> names) {
    ReflectiveDiscussion r = e.reflectiveDiscussion();
    EvaluationTab.TeamDiscussion reflective = new EvaluationTab.TeamDiscussion(r.heldOn(), r.attendees(),
        r.discussion(), r.teamAgrees(), grade(r.teamView()), r.teamViewReason());
    EvaluationTab.TeamDiscussion moderation = !e.isModerated() ? null : new EvaluationTab.TeamDiscussion(
        e.moderation().discussionOn(), null, e.moderation().discussion(), e.moderation().teamAgrees(),
        grade(e.moderation().teamView()), e.moderation().teamViewReason());
    DisputeRecord d = e.dispute();
    EvaluationTab.GradeDiscussion disputed = d.discussion() == null && d.resolved() == null ? null
        : new EvaluationTab.GradeDiscussion(d.discussedAt(), d.discussion(), d.resolved(), grade(d.agreedGrade()));
    EvaluationTab.Decision decision = d.decidedBy() == null ? null : new EvaluationTab.Decision(
        new Person(d.decidedBy(), names.getOrDefault(d.decidedBy(), d.decidedBy())), d.decidedAt(),
        grade(d.decidedGrade()), d.decisionReason());
    return new EvaluationTab.Discussions(reflective, moderation, disputed, decision);
  }

  private static List<Action> actions(Evaluation e, Map<String, String> names, Instant now, ZoneId zone) {
    LocalDate today = now.atZone(zone).toLocalDate();
    return e.getActions().stream().map(a -> new Action(a.getNumber(), a.getDescription(),
        new Person(a.getOwner(), names.getOrDefault(a.getOwner(), a.getOwner())), a.getDueOn(),
        a.isOpen() ? "Open" : "Done", a.getCompletedOn(), a.getProgressNote(),
        a.getStatus() == EvaluationAction.Status.OPEN && a.getDueOn().isBefore(today))).toList();
  }

  private EvaluationTab.CaseNotes caseNotes(Evaluation e) {
    DatabaseCaseRecord record = builtInCaseRecord.getIfAvailable();
    if (record == null) {
      return new EvaluationTab.CaseNotes(true, List.of());
    }
    return new EvaluationTab.CaseNotes(false, record.notesAbout(e.getReference()).stream()
        .map(n -> new EvaluationTab.Note(n.getCreatedAt(), n.getSubject(), n.getKind(),
            n.getAuthorName() != null ? n.getAuthorName() : n.getAuthor(), n.getText()))
        .toList());
  }

  private List<EvaluationTab.Document> documents(Evaluation e) {
    return documents.findByEvaluationReferenceOrderByStoredAtDescIdDesc(e.getReference()).stream()
        .map(d -> new EvaluationTab.Document(d.getId(), d.getFileName(), d.getFolder(), d.getStoredAt(),
            d.getSize(), "/api/documents/" + d.getId()))
        .toList();
  }

  private ConcernDetails concernDetails(CaseOfConcern c, Map<String, String> names, Instant now, ZoneId zone) {
    ConcernDeadlines.ProcessDates dates = c.getProcessInstanceId() == null ? ConcernDeadlines.ProcessDates.NONE
        : concernDeadlines.of(List.of(c.getProcessInstanceId()))
            .getOrDefault(c.getProcessInstanceId(), ConcernDeadlines.ProcessDates.NONE);
    List<Deadline> deadlines = ConcernDeadlines.deadlines(dates,
        new ConcernDeadlines.Progress(c.getResponseAt(), c.getReviewMeetingOn(), c.getReAuditDueOn()), now, zone);
    boolean open = c.getStatus() == CaseOfConcern.Status.OPEN;
    List<ConcernProgressReview> reviews = c.getProgressReviews();
    ConcernProgressReview last = reviews.isEmpty() ? null : reviews.get(reviews.size() - 1);
    return new ConcernDetails(c.getReference(), open ? "Open" : "Closed", c.getProcessInstanceId(), c.getOpenedAt(),
        c.getClosedAt(), c.getPracticeManager() == null ? null
            : new Person(c.getPracticeManager(), names.getOrDefault(c.getPracticeManager(), c.getPracticeManager())),
        deadlines, open ? ConcernDeadlines.next(deadlines).orElse(null) : null, reviews.size(),
        last == null ? null : last.getReviewedOn(), last == null ? null : last.isOnTrack(),
        c.getOutcome() == null ? null : "Improved and sustained");
  }

  private static void role(List<Role> roles, String role, String userId, Map<String, String> names) {
    if (userId != null) {
      roles.add(new Role(role, userId, names.getOrDefault(userId, userId)));
    }
  }

  private static void addIfPresent(Set<String> set, String... values) {
    for (String v : values) {
      if (v != null) {
        set.add(v);
      }
    }
  }

  private static GradeValue grade(Grade grade) {
    return grade == null ? null : new GradeValue(grade.code(), grade.label());
  }

  private static String source(Evaluation.FinalGradeSource source) {
    if (source == null) {
      return null;
    }
    return switch (source) {
      case FIRST_AUDITOR -> "First auditor (not moderated)";
      case MODERATOR -> "Moderator";
      case AGREED_AFTER_DISCUSSION -> "Agreed with the team after discussion";
      case AUDIT_MANAGER -> "Audit manager's decision";
    };
  }
}
