package org.practiceevaluations.learning;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.practiceevaluations.common.NotFoundException;
import org.practiceevaluations.directory.ServiceArea;
import org.practiceevaluations.directory.Team;
import org.practiceevaluations.directory.TeamDirectory;
import org.practiceevaluations.evaluation.Deadlines;
import org.practiceevaluations.evaluation.Evaluation;
import org.practiceevaluations.evaluation.EvaluationAction;
import org.practiceevaluations.evaluation.EvaluationStage;
import org.practiceevaluations.evaluation.Grade;
import org.practiceevaluations.evaluation.PracticeEvaluationProcess;
import org.practiceevaluations.evaluation.ReferenceGenerator;
import org.practiceevaluations.identity.StaffDirectory;
import org.practiceevaluations.recording.CaseRecord;
import org.practiceevaluations.recording.NoteKind;
import org.practiceevaluations.reporting.LearningSettings;
import org.practiceevaluations.reporting.ReportDocument;
import org.practiceevaluations.reporting.ReportDocumentRepository;
import org.practiceevaluations.reporting.ReportDocuments;
import org.practiceevaluations.reporting.ReportFiling;
import org.practiceevaluations.reporting.ReportPeriod;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The monthly QA meeting of each service area (guide: "Actions arising from practice evaluations and recording"):
 * the meeting and its pack, what the practice manager recorded, the further deadlines set on actions not carried
 * out, and whether each was met. Runs in the caller's (the engine's) transaction.
 */
@Service
@Transactional
public class QaMeetings {

  private static final Logger LOG = LoggerFactory.getLogger(QaMeetings.class);

  @PersistenceContext
  private EntityManager entityManager;

  private final QaMeetingRepository meetings;
  private final FurtherDeadlineRepository furtherDeadlines;
  private final TeamDirectory directory;
  private final StaffDirectory staff;
  private final CaseRecord caseRecord;
  private final ReferenceGenerator references;
  private final ReportDocuments documents;
  private final ReportFiling filing;
  private final ReportDocumentRepository reportDocuments;
  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final Deadlines deadlines;
  private final LearningSettings settings;
  private final Clock clock;

  public QaMeetings(QaMeetingRepository meetings, FurtherDeadlineRepository furtherDeadlines,
      TeamDirectory directory, StaffDirectory staff, CaseRecord caseRecord, ReferenceGenerator references,
      ReportDocuments documents, ReportFiling filing, ReportDocumentRepository reportDocuments,
      RuntimeService runtimeService, TaskService taskService, Deadlines deadlines, LearningSettings settings,
      Clock clock) {
    this.meetings = meetings;
    this.furtherDeadlines = furtherDeadlines;
    this.directory = directory;
    this.staff = staff;
    this.caseRecord = caseRecord;
    this.references = references;
    this.documents = documents;
    this.filing = filing;
    this.reportDocuments = reportDocuments;
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.deadlines = deadlines;
    this.settings = settings;
    this.clock = clock;
  }

  // ------------------------------------------------------------------------------------------- the meeting

  /** The month a start form names ("2027-03"), or, left empty, the month that ended last. */
  public YearMonth month(String text) {
    YearMonth current = YearMonth.now(clock);
    if (text == null || text.isBlank()) {
      return current.minusMonths(1);
    }
    YearMonth month;
    try {
      month = YearMonth.parse(text.trim());
    } catch (java.time.format.DateTimeParseException e) {
      throw new IllegalArgumentException("'" + text.trim() + "' is not a month: write it like 2027-03.");
    }
    if (month.isAfter(current)) {
      throw new IllegalArgumentException("The month " + month + " has not started yet.");
    }
    return month;
  }

  /** Starts a QA meeting for every service area with teams, for the month that ended last. */
  public List<String> startForEveryArea() {
    YearMonth month = YearMonth.now(clock).minusMonths(1);
    List<String> areas = directory.teams().stream().map(t -> t.getServiceArea().getCode()).distinct().toList();
    for (String area : areas) {
      runtimeService.startProcessInstanceByKey(QaMeetingProcess.KEY, Map.of(QaMeetingProcess.Vars.SERVICE_AREA_CODE.name(),
          area, QaMeetingProcess.Vars.MONTH.name(), month.toString()));
    }
    LOG.info("QA meetings of {} started for service areas {}", month, areas);
    return areas;
  }

  /** What the process needs to know of a new meeting. */
  public record Opened(QaMeeting meeting, String areaName, String practiceManager, List<String> practiceManagers) {}

  /** Records the meeting of an area and month, due within the configured time. */
  public Opened open(String areaCode, YearMonth month, String processInstanceId) {
    ServiceArea area = area(areaCode);
    List<String> practiceManagers = practiceManagers(area.getCode());
    if (practiceManagers.isEmpty()) {
      throw new IllegalArgumentException("The service area " + area.getCode() + " has no teams.");
    }
    Instant now = clock.instant();
    QaMeeting meeting = meetings.save(new QaMeeting(references.next("QA", month.getYear()), area.getCode(), month,
        now, deadlines.dueAfter(now, settings.qaMeetingWithin()), processInstanceId));
    LOG.info("QA meeting {} of service area {} for {} opened", meeting.getReference(), area.getCode(), month);
    return new Opened(meeting, area.getName(), practiceManagers.get(0), practiceManagers);
  }

  public QaMeeting get(String reference) {
    return meetings.findByReference(reference)
        .orElseThrow(() -> new NotFoundException("No QA meeting " + reference + "."));
  }

  /** The meeting's pack, read now. */
  @Transactional(readOnly = true)
  public QaMeetingPack pack(String reference) {
    QaMeeting meeting = get(reference);
    return pack(meeting.getReference(), meeting.getServiceAreaCode(), meeting.month());
  }

  /** A pack for any area and month (the REST API's on-demand view). */
  @Transactional(readOnly = true)
  public QaMeetingPack pack(String reference, String areaCode, YearMonth month) {
    ServiceArea area = area(areaCode);
    ReportPeriod period = ReportPeriod.month(month);
    // The month's evaluations, and those graded requires improvement or inadequate that still have an open action
    // (only those: the area's low grades of every year before would otherwise be read each month).
    List<Evaluation> inArea = entityManager.createQuery("select e from Evaluation e where e.team.serviceArea.code = :area "
            + "and ((e.grades.finalisedAt >= :from and e.grades.finalisedAt < :to) or (e.grades.finalGrade in :low and exists "
            + "(select a.id from EvaluationAction a where a.evaluation = e and a.status = :open))) order by e.reference",
            Evaluation.class)
        .setParameter("area", area.getCode()).setParameter("from", period.startAt(clock.getZone()))
        .setParameter("to", period.endAt(clock.getZone()))
        .setParameter("low", List.of(Grade.REQUIRES_IMPROVEMENT, Grade.INADEQUATE))
        .setParameter("open", EvaluationAction.Status.OPEN).getResultList().stream()
        .filter(e -> e.getStage() != EvaluationStage.CANCELLED).toList();
    LocalDate today = LocalDate.now(clock);

    List<QaMeetingPack.EvaluationLine> ofMonth = inArea.stream()
        .filter(e -> period.contains(e.grades().finalisedAt(), clock.getZone()))
        .map(e -> new QaMeetingPack.EvaluationLine(e.getReference(), e.getChildReference(), e.getTeam().getName(),
            e.getType().label(), e.grades().finalGrade() == null ? "" : e.grades().finalGrade().label(),
            e.grades().finalisedAt().atZone(clock.getZone()).toLocalDate(), e.isModerated(),
            Boolean.TRUE.equals(e.moderation().discrepancy()), e.getActions().size(), e.openActions().size(),
            staff.displayName(e.people().socialWorker())))
        .toList();

    boolean notesHere = true;
    List<QaMeetingPack.ActionLine> actions = new ArrayList<>();
    for (Evaluation e : inArea) {
      if (e.grades().finalGrade() != Grade.REQUIRES_IMPROVEMENT && e.grades().finalGrade() != Grade.INADEQUATE
          || e.openActions().isEmpty()) {
        continue;
      }
      Optional<List<CaseRecord.CaseNote>> notes = caseRecord.caseNotesAbout(e.getReference());
      notesHere &= notes.isPresent();
      List<QaMeetingPack.Note> teamNotes = notes.orElse(List.of()).stream()
          .filter(n -> NoteKind.TEAM_PROGRESS.code().equals(n.kind()))
          .map(n -> new QaMeetingPack.Note(n.createdAt().atZone(clock.getZone()).toLocalDate(), n.authorName(),
              n.subject(), n.text()))
          .toList();
      for (EvaluationAction a : e.openActions()) {
        List<String> earlier = furtherDeadlines.findByActionIdOrderByIdAsc(a.getId()).stream()
            .map(f -> "from " + f.getPreviousDueOn() + " to " + f.getNewDueOn() + " ("
                + f.getStatus().name().toLowerCase() + ")").toList();
        actions.add(new QaMeetingPack.ActionLine(a.getId(), e.getReference(), e.getChildReference(),
            e.getTeam().getName(), e.grades().finalGrade().label(), a.getNumber(), a.getDescription(),
            staff.displayName(a.getOwner()), a.getOwner(), a.getDueOn(), a.getDueOn().isBefore(today),
            a.getProgressNote(), a.getUpdatedAt() == null ? null : a.getUpdatedAt().atZone(clock.getZone()).toLocalDate(),
            teamNotes, earlier));
      }
    }
    actions.sort(Comparator.comparing(QaMeetingPack.ActionLine::teamName)
        .thenComparing(QaMeetingPack.ActionLine::evaluationReference).thenComparing(QaMeetingPack.ActionLine::number));
    return new QaMeetingPack(reference, area.getCode(), area.getName(), month, clock.instant(), ofMonth, actions,
        notesHere);
  }

  public byte[] packPdf(QaMeetingPack pack) {
    return documents.pdf("qa-meeting-pack", Map.of("p", pack), "The QA meeting pack " + pack.reference());
  }

  /** Renders the meeting's pack and files it in the report store, once; returns where to download it. */
  public String savePack(String reference) {
    QaMeeting meeting = get(reference);
    QaMeetingPack pack = pack(reference);
    ReportDocument filed = filing.file(ReportDocument.Kind.QA_MEETING_PACK, reference,
        ReportPeriod.month(meeting.month()), meeting.getServiceAreaCode(),
        "QA meeting pack " + pack.title() + ".pdf", "application/pdf", packPdf(pack), reference + "/pack");
    return filing.downloadUrl(filed);
  }

  /** Where the meeting's pack can be downloaded, once it is filed. */
  @Transactional(readOnly = true)
  public Optional<String> packUrl(String reference) {
    return reportDocuments.findByReportReferenceOrderByIdAsc(reference).stream().findFirst().map(filing::downloadUrl);
  }

  /** A further deadline the meeting set on an action: the action's id, the new date, a note. */
  public record NewDeadline(long actionId, LocalDate dueOn, String note) {}

  /**
   * Records the meeting, moves each action to its further deadline ({@link EvaluationAction#extendTo}) and keeps
   * the deadlines to follow; an evaluation still waiting for the team's progress update gets the new earliest date
   * on that task. Returns the further deadlines' ids.
   */
  public List<Long> record(String reference, LocalDate heldOn, String attendees, String notes,
      List<NewDeadline> deadlinesSet, String recordedBy) {
    QaMeeting meeting = get(reference);
    meeting.record(heldOn, attendees, notes, recordedBy, clock.instant());
    List<Long> ids = new ArrayList<>();
    Set<Evaluation> changed = new LinkedHashSet<>();
    for (NewDeadline set : deadlinesSet) {
      EvaluationAction action = entityManager.find(EvaluationAction.class, set.actionId());
      if (action == null) {
        throw new IllegalArgumentException("No action " + set.actionId() + ".");
      }
      FurtherDeadline deadline = furtherDeadlines.save(new FurtherDeadline(meeting.getId(), action.getId(),
          action.getEvaluation().getReference(), action.getNumber(), action.getDueOn(), set.dueOn(), set.note()));
      action.extendTo(set.dueOn());
      ids.add(deadline.getId());
      changed.add(action.getEvaluation());
    }
    changed.forEach(this::moveTeamsUpdateTask);
    LOG.info("QA meeting {} recorded: {} further deadline(s) set", reference, ids.size());
    return ids;
  }

  /** When a further deadline is, and when to remind the team. */
  public record Dates(Instant due, Instant reminder, String evaluationReference, int actionNumber, String actionOwner,
      String teamCode) {}

  @Transactional(readOnly = true)
  public Dates dates(long furtherDeadlineId) {
    FurtherDeadline deadline = deadline(furtherDeadlineId);
    EvaluationAction action = entityManager.find(EvaluationAction.class, deadline.getActionId());
    Instant due = deadlines.dueAfter(deadline.getNewDueOn().atStartOfDay(clock.getZone()).toInstant(), "P0D");
    return new Dates(due, deadlines.reminderBefore(due, settings.furtherDeadlineReminderBefore()),
        deadline.getEvaluationReference(), deadline.getActionNumber(), action.getOwner(),
        action.getEvaluation().getTeam().getCode());
  }

  /**
   * Whether there is nothing more to chase for this further deadline. Done: met. Moved again by a later meeting:
   * superseded (the newer deadline is followed instead, so this one must not report a miss). Neither, and the
   * date has passed: missed (there is then nothing more to chase either; the action comes back to the next
   * meeting), answering false so the managers are told. Otherwise it stays pending.
   */
  public boolean check(long furtherDeadlineId) {
    FurtherDeadline deadline = deadline(furtherDeadlineId);
    EvaluationAction action = entityManager.find(EvaluationAction.class, deadline.getActionId());
    Instant now = clock.instant();
    boolean done = !action.isOpen();
    if (done) {
      deadline.settle(FurtherDeadline.Status.MET, now);
    } else if (action.getDueOn().isAfter(deadline.getNewDueOn())) {
      deadline.settle(FurtherDeadline.Status.SUPERSEDED, now);
      return true;
    } else if (!now.isBefore(dates(furtherDeadlineId).due())) {
      deadline.settle(FurtherDeadline.Status.MISSED, now);
      LOG.info("Further deadline {} of {} action {} missed", furtherDeadlineId, deadline.getEvaluationReference(),
          deadline.getActionNumber());
    }
    return done;
  }

  public FurtherDeadline deadline(long id) {
    return furtherDeadlines.findById(id).orElseThrow(() -> new NotFoundException("No further deadline " + id + "."));
  }

  // ------------------------------------------------------------------------------------------- helpers

  /** The practice managers of an area's teams, in the directory's order. */
  public List<String> practiceManagers(String areaCode) {
    return directory.teams().stream().filter(t -> t.getServiceArea().getCode().equals(areaCode))
        .map(Team::getPracticeManager).distinct().toList();
  }

  /** May this person see the area's packs: its practice managers and its head of service. */
  public boolean isAreaManager(String userId, String areaCode) {
    return practiceManagers(areaCode).contains(userId) || directory.serviceAreas().stream()
        .anyMatch(a -> a.getCode().equals(areaCode) && userId.equals(a.getHeadOfService()));
  }

  private ServiceArea area(String code) {
    String wanted = code == null ? "" : code.trim();
    return directory.serviceAreas().stream().filter(a -> a.getCode().equalsIgnoreCase(wanted)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("There is no service area " + wanted + "."));
  }

  /**
   * The evaluation's own process may be waiting for the team's progress update, due by the earliest open action:
   * with a further deadline that date has moved, so the task and the variable follow it.
   */
  private void moveTeamsUpdateTask(Evaluation evaluation) {
    if (evaluation.getProcessInstanceId() == null) {
      return;
    }
    Instant next = evaluation.openActions().stream().map(EvaluationAction::getDueOn).min(Comparator.naturalOrder())
        .map(d -> deadlines.dueAfter(d.atStartOfDay(clock.getZone()).toInstant(), "P0D")).orElse(null);
    if (next == null) {
      return;
    }
    List<Task> tasks = taskService.createTaskQuery().processInstanceId(evaluation.getProcessInstanceId())
        .taskDefinitionKey(PracticeEvaluationProcess.Elements.UPDATE_ACTIONS).list();
    for (Task task : tasks) {
      task.setDueDate(Deadlines.toDate(next));
      taskService.saveTask(task);
      Map<String, Object> variables = new HashMap<>();
      variables.put(PracticeEvaluationProcess.Vars.NEXT_ACTION_DUE_DATE.name(), Deadlines.toDate(next));
      runtimeService.setVariables(evaluation.getProcessInstanceId(), variables);
    }
  }
}
