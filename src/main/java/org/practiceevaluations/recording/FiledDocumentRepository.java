package org.practiceevaluations.recording;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FiledDocumentRepository extends JpaRepository<FiledDocument, Long> {

  Optional<FiledDocument> findByIdempotencyKey(String idempotencyKey);

  List<FiledDocument> findByEvaluationReferenceOrderByStoredAtDescIdDesc(String evaluationReference);

  List<FiledDocument> findByChildReferenceOrderByStoredAtDescIdDesc(String childReference);
}
