package org.practiceevaluations.concern;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CaseOfConcernRepository extends JpaRepository<CaseOfConcern, Long> {
  Optional<CaseOfConcern> findByReference(String reference);

  Optional<CaseOfConcern> findByProcessInstanceId(String processInstanceId);

  Optional<CaseOfConcern> findByFirstEvaluationReference(String evaluationReference);

  Optional<CaseOfConcern> findByCurrentEvaluationReferenceAndStatus(String evaluationReference,
      CaseOfConcern.Status status);

  List<CaseOfConcern> findByStatusOrderByOpenedAt(CaseOfConcern.Status status);
}
