package org.practiceevaluations.caseregister;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.repository.query.Param;
import org.springframework.data.jpa.repository.Query;

public interface ChildCaseRepository extends JpaRepository<ChildCase, Long> {
  // JPQL rather than derived: Hibernate keeps the plan of a query string (asked in every step that reads a case)
  @Query("select c from ChildCase c where c.childReference = :childReference")
  Optional<ChildCase> findByChildReference(@Param("childReference") String childReference);

  List<ChildCase> findByOpenTrueOrderByChildReference();

  List<ChildCase> findByTeamCodeOrderByChildReference(String teamCode);

  List<ChildCase> findAllByOrderByChildReference();
}
