package org.practiceevaluations.learning;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TeamReviewRepository extends JpaRepository<TeamReview, Long> {

  Optional<TeamReview> findByReference(String reference);

  Optional<TeamReview> findByProcessInstanceId(String processInstanceId);

  Optional<TeamReview> findFirstByTeamCodeOrderByOpenedAtDesc(String teamCode);

  List<TeamReview> findByTeamCodeAndStatus(String teamCode, TeamReview.Status status);
}
