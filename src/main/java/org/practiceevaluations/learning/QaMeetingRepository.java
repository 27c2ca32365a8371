package org.practiceevaluations.learning;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface QaMeetingRepository extends JpaRepository<QaMeeting, Long> {
  Optional<QaMeeting> findByReference(String reference);
}
