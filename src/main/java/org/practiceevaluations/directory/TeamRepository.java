package org.practiceevaluations.directory;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.repository.query.Param;
import org.springframework.data.jpa.repository.Query;

public interface TeamRepository extends JpaRepository<Team, Long> {
  // JPQL rather than derived: Hibernate keeps the plan of a query string (asked in every step that reads a team)
  @Query("select t from Team t where t.code = :code")
  Optional<Team> findByCode(@Param("code") String code);

  List<Team> findAllByOrderByServiceAreaNameAscNameAsc();

  List<Team> findByTeamManagerOrPracticeManager(String teamManager, String practiceManager);
}
