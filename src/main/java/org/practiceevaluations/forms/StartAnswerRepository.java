package org.practiceevaluations.forms;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface StartAnswerRepository extends JpaRepository<StartAnswer, Long> {

  Optional<StartAnswer> findByProcessInstanceIdAndName(String processInstanceId, String name);
}
