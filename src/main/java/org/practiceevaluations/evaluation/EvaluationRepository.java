package org.practiceevaluations.evaluation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface EvaluationRepository extends JpaRepository<Evaluation, Long> {

  Optional<Evaluation> findByReference(String reference);

  List<Evaluation> findByChildReferenceOrderByAllocatedAtDesc(String childReference);

  /** Evaluations whose first auditor's work is past due and not yet submitted. */
  @Query("select e from Evaluation e where e.submittedAt is null and e.completedAt is null and e.dueAt < :now "
      + "order by e.dueAt")
  List<Evaluation> findOverdue(@Param("now") Instant now);
}
