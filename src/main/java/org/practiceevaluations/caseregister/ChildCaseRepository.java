package org.practiceevaluations.caseregister;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ChildCaseRepository extends JpaRepository<ChildCase, Long> {
  Optional<ChildCase> findByChildReference(String childReference);

  List<ChildCase> findByOpenTrueOrderByChildReference();

  List<ChildCase> findByTeamCodeOrderByChildReference(String teamCode);

  List<ChildCase> findAllByOrderByChildReference();
}
