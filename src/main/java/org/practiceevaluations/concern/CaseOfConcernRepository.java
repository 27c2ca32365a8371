package org.practiceevaluations.concern;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.repository.query.Param;
import org.springframework.data.jpa.repository.Query;

public interface CaseOfConcernRepository extends JpaRepository<CaseOfConcern, Long> {
  Optional<CaseOfConcern> findByReference(String reference);

  // JPQL rather than a derived query: Hibernate keeps the translated plan of a query string, not of the criteria
  // query Spring Data derives from a method's name, so the finders asked in every step skip the translation
  @Query("select c from CaseOfConcern c where c.processInstanceId = :processInstanceId")
  Optional<CaseOfConcern> findByProcessInstanceId(@Param("processInstanceId") String processInstanceId);

  Optional<CaseOfConcern> findByFirstEvaluationReference(String evaluationReference);

  @Query("select c from CaseOfConcern c where c.currentEvaluationReference = :evaluationReference"
      + " and c.status = :status")
  Optional<CaseOfConcern> findByCurrentEvaluationReferenceAndStatus(
      @Param("evaluationReference") String evaluationReference, @Param("status") CaseOfConcern.Status status);

  List<CaseOfConcern> findByStatusOrderByOpenedAt(CaseOfConcern.Status status);
}
