package org.practiceevaluations.evaluation;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ThemeRepository extends JpaRepository<Theme, Long> {
  Optional<Theme> findByReference(String reference);
}
