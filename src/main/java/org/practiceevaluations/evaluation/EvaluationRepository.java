package org.practiceevaluations.evaluation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface EvaluationRepository extends JpaRepository<Evaluation, Long> {

  // JPQL rather than a derived query: Hibernate keeps the translated plan of a query string, not of the criteria
  // query Spring Data derives from a method's name, so these finders, asked in every step, skip the translation
  @Query("select e from Evaluation e where e.reference = :reference")
  Optional<Evaluation> findByReference(@Param("reference") String reference);

  @Query("select e from Evaluation e where e.processInstanceId = :processInstanceId")
  Optional<Evaluation> findByProcessInstanceId(@Param("processInstanceId") String processInstanceId);

  @Query("select e from Evaluation e where e.childReference = :childReference order by e.dates.allocatedAt desc")
  List<Evaluation> findByChildReferenceOrderByAllocatedAtDesc(@Param("childReference") String childReference);

  /** Per child: when their latest evaluation was allocated ([childReference, Instant]). */
  @Query("select e.childReference, max(e.dates.allocatedAt) from Evaluation e group by e.childReference")
  List<Object[]> latestAllocationPerChild();

  /** Per auditor: evaluations allocated and not yet submitted ([auditor, count]). */
  @Query("select e.people.auditor, count(e) from Evaluation e where e.dates.submittedAt is null "
      + "and e.stage <> org.practiceevaluations.evaluation.EvaluationStage.CANCELLED group by e.people.auditor")
  List<Object[]> openEvaluationsPerAuditor();

  /** Per moderator: moderations not yet complete ([moderator, count]). */
  @Query("select e.people.moderator, count(e) from Evaluation e where e.moderated = true "
      + "and e.moderation.moderatedAt is null "
      + "and e.stage <> org.practiceevaluations.evaluation.EvaluationStage.CANCELLED group by e.people.moderator")
  List<Object[]> openModerationsPerModerator();

  /** Per auditor, allocated in the period: [auditor, allocated, submitted by the auditor themselves]. */
  @Query("select e.people.auditor, count(e), sum(case when e.grades.completedBy = e.people.auditor "
      + "and e.dates.submittedAt is not null "
      + "then 1 else 0 end) from Evaluation e where e.dates.allocatedAt >= :from and e.dates.allocatedAt < :to "
      + "and e.stage <> org.practiceevaluations.evaluation.EvaluationStage.CANCELLED group by e.people.auditor")
  List<Object[]> allocatedAndCompletedByAuditor(@Param("from") Instant from, @Param("to") Instant to);

  /**
   * Evaluations whose final grade was settled in the period and whose auditor flagged the good practice for sharing
   * across children's services (the quarterly report's digest), oldest first.
   */
  @Query("select e from Evaluation e where e.goodPracticeToShare = true and e.grades.finalisedAt >= :from "
      + "and e.grades.finalisedAt < :to and e.stage <> org.practiceevaluations.evaluation.EvaluationStage.CANCELLED "
      + "order by e.grades.finalisedAt, e.reference")
  List<Evaluation> goodPracticeToShareFinalisedBetween(@Param("from") Instant from, @Param("to") Instant to);

  /**
   * Evaluations whose first auditor's work is past due and not yet submitted, with their case and team in the same
   * query (both are read for the list; fetched one by one they were a query per evaluation).
   */
  @Query("select e from Evaluation e join fetch e.childCase join fetch e.team where e.dates.submittedAt is null "
      + "and e.dates.completedAt is null and e.dates.dueAt < :now order by e.dates.dueAt")
  List<Evaluation> findOverdue(@Param("now") Instant now);
}
