package org.practiceevaluations.learning;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.practiceevaluations.common.NotFoundException;
import org.practiceevaluations.directory.ServiceArea;
import org.practiceevaluations.evaluation.Deadlines;
import org.practiceevaluations.evaluation.ReferenceGenerator;
import org.practiceevaluations.reporting.LearningSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The monthly QA meeting of each service area (guide: "Actions arising from practice evaluations and recording"):
 * the meeting opened for an area and month, and what the practice manager recorded of it. Its pack is
 * {@link QaMeetingPacks} (filed by {@link QaMeetingPackFiles}), its further deadlines {@link FurtherDeadlines}, who
 * manages the area {@link AreaManagers}, its month and monthly start {@link QaMeetingSchedule}. Runs in the caller's
 * (the engine's) transaction.
 */
@Service
@Transactional
public class QaMeetings {

  private static final Logger LOG = LoggerFactory.getLogger(QaMeetings.class);

  private final QaMeetingRepository meetings;
  private final AreaManagers areaManagers;
  private final FurtherDeadlines furtherDeadlines;
  private final ReferenceGenerator references;
  private final Deadlines deadlines;
  private final LearningSettings settings;
  private final Clock clock;

  public QaMeetings(QaMeetingRepository meetings, AreaManagers areaManagers, FurtherDeadlines furtherDeadlines,
      ReferenceGenerator references, Deadlines deadlines, LearningSettings settings, Clock clock) {
    this.meetings = meetings;
    this.areaManagers = areaManagers;
    this.furtherDeadlines = furtherDeadlines;
    this.references = references;
    this.deadlines = deadlines;
    this.settings = settings;
    this.clock = clock;
  }

  /** What the process needs to know of a new meeting. */
  public record Opened(QaMeeting meeting, String areaName, String practiceManager, List<String> practiceManagers) {}

  /** Records the meeting of an area and month, due within the configured time. */
  public Opened open(String areaCode, YearMonth month, String processInstanceId) {
    ServiceArea area = areaManagers.area(areaCode);
    List<String> practiceManagers = areaManagers.practiceManagers(area.getCode());
    if (practiceManagers.isEmpty()) {
      throw new IllegalArgumentException("The service area " + area.getCode() + " has no teams.");
    }
    Instant now = clock.instant();
    QaMeeting meeting = meetings.save(new QaMeeting(references.next("QA", month.getYear()), area.getCode(), month,
        now, deadlines.dueAfter(now, settings.qaMeetingWithin()), processInstanceId));
    LOG.info("QA meeting {} of service area {} for {} opened", meeting.getReference(), area.getCode(), month);
    return new Opened(meeting, area.getName(), practiceManagers.get(0), practiceManagers);
  }

  public QaMeeting get(String reference) {
    return meetings.findByReference(reference)
        .orElseThrow(() -> new NotFoundException("No QA meeting " + reference + "."));
  }

  /**
   * Records the meeting and the further deadlines it set ({@link FurtherDeadlines#set}). Returns the further
   * deadlines' ids.
   */
  public List<Long> record(String reference, LocalDate heldOn, String attendees, String notes,
      List<FurtherDeadlines.NewDeadline> deadlinesSet, String recordedBy) {
    QaMeeting meeting = get(reference);
    meeting.record(heldOn, attendees, notes, recordedBy, clock.instant());
    List<Long> ids = furtherDeadlines.set(meeting, deadlinesSet);
    LOG.info("QA meeting {} recorded: {} further deadline(s) set", reference, ids.size());
    return ids;
  }
}
