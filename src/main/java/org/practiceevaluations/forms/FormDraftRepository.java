package org.practiceevaluations.forms;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface FormDraftRepository extends JpaRepository<FormDraft, Long> {

  Optional<FormDraft> findByTaskIdAndUserId(String taskId, String userId);

  long countByTaskId(String taskId);

  @Modifying
  @Query("delete from FormDraft d where d.taskId = :taskId")
  int deleteByTaskId(String taskId);
}
