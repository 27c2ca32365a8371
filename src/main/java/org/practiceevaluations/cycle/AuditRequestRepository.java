package org.practiceevaluations.cycle;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AuditRequestRepository extends JpaRepository<AuditRequest, Long> {
  Optional<AuditRequest> findByReference(String reference);

  Optional<AuditRequest> findByProcessInstanceId(String processInstanceId);

  List<AuditRequest> findByStatusOrderByRequestedAt(AuditRequest.Status status);
}
