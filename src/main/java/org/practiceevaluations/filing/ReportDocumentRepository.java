package org.practiceevaluations.filing;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReportDocumentRepository extends JpaRepository<ReportDocument, Long> {

  Optional<ReportDocument> findByIdempotencyKey(String idempotencyKey);

  List<ReportDocument> findByReportReferenceOrderByIdAsc(String reportReference);

  List<ReportDocument> findAllByOrderByStoredAtDescIdDesc();
}
