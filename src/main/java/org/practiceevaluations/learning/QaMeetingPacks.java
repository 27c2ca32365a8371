package org.practiceevaluations.learning;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.practiceevaluations.catalogue.Grade;
import org.practiceevaluations.directory.ServiceArea;
import org.practiceevaluations.evaluation.Evaluation;
import org.practiceevaluations.evaluation.EvaluationAction;
import org.practiceevaluations.evaluation.EvaluationStage;
import org.practiceevaluations.filing.ReportPeriod;
import org.practiceevaluations.identity.StaffDirectory;
import org.practiceevaluations.recording.CaseRecord;
import org.practiceevaluations.recording.NoteKind;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A QA meeting's pack, read now: the area's evaluations of the month, and the open actions of those graded requires
 * improvement or inadequate with the team's updates, case audit case notes and earlier further deadlines.
 */
@Service
@Transactional(readOnly = true)
public class QaMeetingPacks {

  private final QaMeetings meetings;
  private final AreaManagers areaManagers;
  private final FurtherDeadlineRepository furtherDeadlines;
  private final StaffDirectory staff;
  private final CaseRecord caseRecord;
  private final EntityManager entityManager;
  private final Clock clock;

  public QaMeetingPacks(QaMeetings meetings, AreaManagers areaManagers, FurtherDeadlineRepository furtherDeadlines,
      StaffDirectory staff, CaseRecord caseRecord, EntityManager entityManager, Clock clock) {
    this.meetings = meetings;
    this.areaManagers = areaManagers;
    this.furtherDeadlines = furtherDeadlines;
    this.staff = staff;
    this.caseRecord = caseRecord;
    this.entityManager = entityManager;
    this.clock = clock;
  }

  /** The meeting's pack, read now. */
  public QaMeetingPack pack(String reference) {
    QaMeeting meeting = meetings.get(reference);
    return pack(meeting.getReference(), meeting.getServiceAreaCode(), meeting.month());
  }

  /** A pack for any area and month (the REST API's on-demand view). */
  public QaMeetingPack pack(String reference, String areaCode, YearMonth month) {
    ServiceArea area = areaManagers.area(areaCode);
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
}
