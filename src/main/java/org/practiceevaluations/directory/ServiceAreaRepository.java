package org.practiceevaluations.directory;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ServiceAreaRepository extends JpaRepository<ServiceArea, Long> {
  Optional<ServiceArea> findByCode(String code);
}
