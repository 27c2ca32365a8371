package org.practiceevaluations.reporting;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface QuarterlyReportReviewRepository extends JpaRepository<QuarterlyReportReview, Long> {
  List<QuarterlyReportReview> findByReportOrderByIdAsc(QuarterlyReport report);
}
