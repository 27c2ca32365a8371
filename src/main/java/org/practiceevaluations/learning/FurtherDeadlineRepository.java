package org.practiceevaluations.learning;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FurtherDeadlineRepository extends JpaRepository<FurtherDeadline, Long> {
  List<FurtherDeadline> findByActionIdOrderByIdAsc(Long actionId);

  List<FurtherDeadline> findByMeetingIdOrderByIdAsc(Long meetingId);
}
