package org.practiceevaluations.evaluation;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SafetyEscalationRepository extends JpaRepository<SafetyEscalation, Long> {

  java.util.Optional<SafetyEscalation> findByIdempotencyKey(String idempotencyKey);
}
