package org.practiceevaluations.audit;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.practiceevaluations.catalogue.Grade;
import org.practiceevaluations.concern.CaseOfConcern;
import org.practiceevaluations.evaluation.Evaluation;
import org.practiceevaluations.evaluation.EvaluationStage;
import org.practiceevaluations.evaluation.EvaluationType;
import org.springframework.stereotype.Repository;

/**
 * The audit overview's questions to the application's tables: each one query, grouped in the database where it
 * counts, so the overview costs the same whether there are ten evaluations or ten thousand. JPQL, so Hibernate
 * writes the SQL for H2 and PostgreSQL alike.
 */
@Repository
public class AuditQueries {

  /**
   * Stages of an evaluation that is still going on: every stage but complete and cancelled. The queries ask for these
   * ("stage in"), never for "not closed": the open evaluations are then a few ranges of the stage index, not a scan
   * of every finished one (README "Performance", figure 3).
   */
  public static final List<EvaluationStage> OPEN_STAGES = List.of(EvaluationStage.ALLOCATED,
      EvaluationStage.IN_PROGRESS, EvaluationStage.AWAITING_MODERATION, EvaluationStage.GRADE_DISPUTED,
      EvaluationStage.SHARED, EvaluationStage.ACTIONS_OPEN);

  private final EntityManager em;

  public AuditQueries(EntityManager em) {
    this.em = em;
  }

  public record Area(String code, String name) {}

  public record StageCount(String areaCode, EvaluationStage stage, long count) {}

  public record Late(String reference, String processInstanceId, EvaluationType type, String teamName,
      String areaName, String auditor, String moderator, Instant dueAt, Instant submittedAt,
      Instant moderationDueAt) {}

  public record LateCaseNote(String reference, String processInstanceId, String teamName, String areaName,
      String teamManager, Instant dueAt) {}

  public record GradeCount(String areaCode, Grade grade, long count) {}

  public record ModerationPair(Grade firstGrade, Grade moderatedGrade, long count) {}

  public record OpenConcern(String reference, String processInstanceId, String evaluationReference,
      Instant openedAt, Instant responseAt, LocalDate reviewMeetingOn, LocalDate reAuditDueOn, String teamName,
      String areaName) {}

  public List<Area> serviceAreas() {
    return em.createQuery("select new org.practiceevaluations.audit.AuditQueries$Area(sa.code, sa.name) "
        + "from ServiceArea sa order by sa.name", Area.class).getResultList();
  }

  /** Open evaluations per service area and stage. */
  public List<StageCount> openByAreaAndStage() {
    return em.createQuery("select new org.practiceevaluations.audit.AuditQueries$StageCount(sa.code, e.stage, "
            + "count(e)) from Evaluation e join e.team t join t.serviceArea sa where e.stage in :open "
            + "group by sa.code, e.stage", StageCount.class)
        .setParameter("open", OPEN_STAGES)
        .getResultList();
  }

  /**
   * Evaluations past their due date: the first auditor's work not submitted, or a moderation not completed.
   * Earliest due first.
   */
  public List<Late> overdueEvaluations(Instant now) {
    return em.createQuery("select new org.practiceevaluations.audit.AuditQueries$Late(e.reference, "
            + "e.processInstanceId, e.type, t.name, sa.name, e.people.auditor, e.people.moderator, e.dates.dueAt, "
            + "e.dates.submittedAt, "
            + "e.moderation.dueAt) from Evaluation e join e.team t join t.serviceArea sa "
            + "where e.stage in :open and ((e.dates.submittedAt is null and e.dates.dueAt < :now) or "
            + "(e.moderated = true and e.dates.submittedAt is not null and e.moderation.moderatedAt is null "
            + "and e.moderation.dueAt < :now))", Late.class)
        .setParameter("open", OPEN_STAGES)
        .setParameter("now", now)
        .getResultList();
  }

  /** Shared evaluations whose team has not written its "case audit" case note by the due date. */
  public List<LateCaseNote> overdueTeamCaseNotes(Instant now) {
    return em.createQuery("select new org.practiceevaluations.audit.AuditQueries$LateCaseNote(e.reference, "
            + "e.processInstanceId, t.name, sa.name, e.people.teamManager, e.dates.caseNoteDueAt) "
            + "from Evaluation e join e.team t join t.serviceArea sa where e.stage in :open "
            + "and e.dates.caseNoteAddedAt is null and e.dates.caseNoteDueAt < :now "
            + "order by e.dates.caseNoteDueAt, e.reference",
            LateCaseNote.class)
        .setParameter("open", OPEN_STAGES)
        .setParameter("now", now)
        .getResultList();
  }

  /** Final grades settled in [from, to), per service area and grade. */
  public List<GradeCount> finalGrades(Instant from, Instant to) {
    return em.createQuery("select new org.practiceevaluations.audit.AuditQueries$GradeCount(sa.code, "
            + "e.grades.finalGrade, count(e)) from Evaluation e join e.team t join t.serviceArea sa "
            + "where e.grades.finalGrade is not null and e.grades.finalisedAt >= :from and e.grades.finalisedAt < :to "
            + "and e.stage <> :cancelled group by sa.code, e.grades.finalGrade", GradeCount.class)
        .setParameter("from", from)
        .setParameter("to", to)
        .setParameter("cancelled", EvaluationStage.CANCELLED)
        .getResultList();
  }

  /** Moderations completed in [from, to), per pair of first and moderated grade. */
  public List<ModerationPair> moderations(Instant from, Instant to) {
    return em.createQuery("select new org.practiceevaluations.audit.AuditQueries$ModerationPair(e.grades.firstGrade, "
            + "e.moderation.moderatedGrade, count(e)) from Evaluation e "
            + "where e.moderation.moderatedAt >= :from and e.moderation.moderatedAt < :to "
            + "and e.grades.firstGrade is not null and e.moderation.moderatedGrade is not null "
            + "and e.stage <> :cancelled "
            + "group by e.grades.firstGrade, e.moderation.moderatedGrade", ModerationPair.class)
        .setParameter("from", from)
        .setParameter("to", to)
        .setParameter("cancelled", EvaluationStage.CANCELLED)
        .getResultList();
  }

  /** Open cases of concern with the team of the evaluation they are about now. */
  public List<OpenConcern> openConcerns() {
    return em.createQuery("select new org.practiceevaluations.audit.AuditQueries$OpenConcern(c.reference, "
            + "c.processInstanceId, c.currentEvaluationReference, c.openedAt, c.responseAt, "
            + "c.reviewMeetingOn, c.reAuditDueOn, t.name, sa.name) "
            + "from CaseOfConcern c, Evaluation e join e.team t join t.serviceArea sa "
            + "where e.reference = c.currentEvaluationReference and c.status = :open order by c.openedAt",
            OpenConcern.class)
        .setParameter("open", CaseOfConcern.Status.OPEN)
        .getResultList();
  }

  public Optional<Evaluation> evaluationOfProcess(String processInstanceId) {
    return em.createQuery("select e from Evaluation e where e.processInstanceId = :id", Evaluation.class)
        .setParameter("id", processInstanceId).getResultStream().findFirst();
  }

  public Optional<Evaluation> evaluation(String reference) {
    return em.createQuery("select e from Evaluation e where e.reference = :ref", Evaluation.class)
        .setParameter("ref", reference).getResultStream().findFirst();
  }

  public Optional<CaseOfConcern> concernOfProcess(String processInstanceId) {
    return em.createQuery("select c from CaseOfConcern c where c.processInstanceId = :id", CaseOfConcern.class)
        .setParameter("id", processInstanceId).getResultStream().findFirst();
  }

  public Optional<CaseOfConcern> concern(String reference) {
    return em.createQuery("select c from CaseOfConcern c where c.reference = :ref", CaseOfConcern.class)
        .setParameter("ref", reference).getResultStream().findFirst();
  }

  /** The latest case of concern an evaluation opened or carries on. */
  public Optional<CaseOfConcern> concernAbout(String evaluationReference) {
    return em.createQuery("select c from CaseOfConcern c where c.currentEvaluationReference = :ref "
            + "or c.firstEvaluationReference = :ref or c.reAuditEvaluationReference = :ref order by c.openedAt desc",
            CaseOfConcern.class)
        .setParameter("ref", evaluationReference).setMaxResults(1).getResultStream().findFirst();
  }
}
