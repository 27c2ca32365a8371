package org.practiceevaluations.evaluation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface EvaluationRepository extends JpaRepository<Evaluation, Long> {

  Optional<Evaluation> findByReference(String reference);

  Optional<Evaluation> findByProcessInstanceId(String processInstanceId);

  List<Evaluation> findByChildReferenceOrderByAllocatedAtDesc(String childReference);

  /** Per child: when their latest evaluation was allocated ([childReference, Instant]). */
  @Query("select e.childReference, max(e.allocatedAt) from Evaluation e group by e.childReference")
  List<Object[]> latestAllocationPerChild();

  /** Per auditor: evaluations allocated and not yet submitted ([auditor, count]). */
  @Query("select e.auditor, count(e) from Evaluation e where e.submittedAt is null "
      + "and e.stage <> org.practiceevaluations.evaluation.EvaluationStage.CANCELLED group by e.auditor")
  List<Object[]> openEvaluationsPerAuditor();

  /** Per moderator: moderations not yet complete ([moderator, count]). */
  @Query("select e.moderator, count(e) from Evaluation e where e.moderated = true and e.moderatedAt is null "
      + "and e.stage <> org.practiceevaluations.evaluation.EvaluationStage.CANCELLED group by e.moderator")
  List<Object[]> openModerationsPerModerator();

  /** Per auditor, allocated in the period: [auditor, allocated, submitted by the auditor themselves]. */
  @Query("select e.auditor, count(e), sum(case when e.completedBy = e.auditor and e.submittedAt is not null "
      + "then 1 else 0 end) from Evaluation e where e.allocatedAt >= :from and e.allocatedAt < :to "
      + "and e.stage <> org.practiceevaluations.evaluation.EvaluationStage.CANCELLED group by e.auditor")
  List<Object[]> allocatedAndCompletedByAuditor(@Param("from") Instant from, @Param("to") Instant to);

  /**
   * Evaluations whose final grade was settled in the period and whose auditor flagged the good practice for sharing
   * across children's services (the quarterly report's digest), oldest first.
   */
  @Query("select e from Evaluation e where e.goodPracticeToShare = true and e.finalisedAt >= :from "
      + "and e.finalisedAt < :to and e.stage <> org.practiceevaluations.evaluation.EvaluationStage.CANCELLED "
      + "order by e.finalisedAt, e.reference")
  List<Evaluation> goodPracticeToShareFinalisedBetween(@Param("from") Instant from, @Param("to") Instant to);

  /**
   * Evaluations whose first auditor's work is past due and not yet submitted, with their case and team in the same
   * query (both are read for the list; fetched one by one they were a query per evaluation).
   */
  @Query("select e from Evaluation e join fetch e.childCase join fetch e.team where e.submittedAt is null "
      + "and e.completedAt is null and e.dueAt < :now order by e.dueAt")
  List<Evaluation> findOverdue(@Param("now") Instant now);
}
