package org.practiceevaluations.cycle;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AuditCycleRepository extends JpaRepository<AuditCycle, Long> {
  Optional<AuditCycle> findByReference(String reference);

  boolean existsByReference(String reference);
}
