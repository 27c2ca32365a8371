package org.practiceevaluations.cycle;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface QueuedCaseRepository extends JpaRepository<QueuedCase, Long> {
  List<QueuedCase> findByStatusAndDueOnLessThanEqualOrderByKindAscDueOnAscIdAsc(QueuedCase.Status status,
      LocalDate cycleDate);

  List<QueuedCase> findByStatusOrderByDueOnAscIdAsc(QueuedCase.Status status);
}
