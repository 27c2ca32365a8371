package org.practiceevaluations.recording;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CaseNoteEntryRepository extends JpaRepository<CaseNoteEntry, Long> {

  Optional<CaseNoteEntry> findByIdempotencyKey(String idempotencyKey);

  List<CaseNoteEntry> findByChildReferenceOrderByCreatedAtDescIdDesc(String childReference);

  List<CaseNoteEntry> findByEvaluationReferenceOrderByCreatedAtDescIdDesc(String evaluationReference);
}
