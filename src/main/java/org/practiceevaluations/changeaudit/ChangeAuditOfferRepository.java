package org.practiceevaluations.changeaudit;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ChangeAuditOfferRepository extends JpaRepository<ChangeAuditOffer, Long> {
  Optional<ChangeAuditOffer> findByReference(String reference);

  Optional<ChangeAuditOffer> findByProcessInstanceId(String processInstanceId);
}
