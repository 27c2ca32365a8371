package org.practiceevaluations.reporting;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface QuarterlyReportRepository extends JpaRepository<QuarterlyReport, Long> {
  Optional<QuarterlyReport> findByReference(String reference);
}
