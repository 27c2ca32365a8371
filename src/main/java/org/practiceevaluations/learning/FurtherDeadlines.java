package org.practiceevaluations.learning;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.practiceevaluations.common.NotFoundException;
import org.practiceevaluations.evaluation.Deadlines;
import org.practiceevaluations.evaluation.Evaluation;
import org.practiceevaluations.evaluation.EvaluationAction;
import org.practiceevaluations.reporting.LearningSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The further deadlines a QA meeting sets on actions not carried out (guide: "Actions arising from practice
 * evaluations and recording"): each moves its action, is reminded before, and is followed until met or missed.
 * Runs in the caller's (the engine's) transaction.
 */
@Service
@Transactional
public class FurtherDeadlines {

  private static final Logger LOG = LoggerFactory.getLogger(FurtherDeadlines.class);

  private final FurtherDeadlineRepository furtherDeadlines;
  private final EntityManager entityManager;
  private final ActionsUpdateTask actionsUpdateTask;
  private final Deadlines deadlines;
  private final LearningSettings settings;
  private final Clock clock;

  public FurtherDeadlines(FurtherDeadlineRepository furtherDeadlines, EntityManager entityManager,
      ActionsUpdateTask actionsUpdateTask, Deadlines deadlines, LearningSettings settings, Clock clock) {
    this.furtherDeadlines = furtherDeadlines;
    this.entityManager = entityManager;
    this.actionsUpdateTask = actionsUpdateTask;
    this.deadlines = deadlines;
    this.settings = settings;
    this.clock = clock;
  }

  /** A further deadline the meeting set on an action: the action's id, the new date, a note. */
  public record NewDeadline(long actionId, LocalDate dueOn, String note) {}

  /**
   * Moves each action to its further deadline ({@link EvaluationAction#extendTo}) and keeps the deadlines to follow;
   * an evaluation still waiting for the team's progress update gets the new earliest date on that task. Returns the
   * further deadlines' ids.
   */
  public List<Long> set(QaMeeting meeting, List<NewDeadline> deadlinesSet) {
    List<Long> ids = new ArrayList<>();
    Set<Evaluation> changed = new LinkedHashSet<>();
    for (NewDeadline set : deadlinesSet) {
      EvaluationAction action = entityManager.find(EvaluationAction.class, set.actionId());
      if (action == null) {
        throw new IllegalArgumentException("No action " + set.actionId() + ".");
      }
      FurtherDeadline deadline = furtherDeadlines.save(new FurtherDeadline(meeting.getId(), action.getId(),
          action.getEvaluation().getReference(), action.getNumber(), action.getDueOn(), set.dueOn(), set.note()));
      action.extendTo(set.dueOn());
      ids.add(deadline.getId());
      changed.add(action.getEvaluation());
    }
    changed.forEach(actionsUpdateTask::followEarliestOpenAction);
    return ids;
  }

  /** When a further deadline is, and when to remind the team. */
  public record Dates(Instant due, Instant reminder, String evaluationReference, int actionNumber, String actionOwner,
      String teamCode) {}

  @Transactional(readOnly = true)
  public Dates dates(long furtherDeadlineId) {
    FurtherDeadline deadline = deadline(furtherDeadlineId);
    EvaluationAction action = entityManager.find(EvaluationAction.class, deadline.getActionId());
    Instant due = deadlines.dueAfter(deadline.getNewDueOn().atStartOfDay(clock.getZone()).toInstant(), "P0D");
    return new Dates(due, deadlines.reminderBefore(due, settings.furtherDeadlineReminderBefore()),
        deadline.getEvaluationReference(), deadline.getActionNumber(), action.getOwner(),
        action.getEvaluation().getTeam().getCode());
  }

  /**
   * Whether there is nothing more to chase for this further deadline. Done: met. Moved again by a later meeting:
   * superseded (the newer deadline is followed instead, so this one must not report a miss). Neither, and the
   * date has passed: missed (there is then nothing more to chase either; the action comes back to the next
   * meeting), answering false so the managers are told. Otherwise it stays pending.
   */
  public boolean check(long furtherDeadlineId) {
    FurtherDeadline deadline = deadline(furtherDeadlineId);
    EvaluationAction action = entityManager.find(EvaluationAction.class, deadline.getActionId());
    Instant now = clock.instant();
    boolean done = !action.isOpen();
    if (done) {
      deadline.settle(FurtherDeadline.Status.MET, now);
    } else if (action.getDueOn().isAfter(deadline.getNewDueOn())) {
      deadline.settle(FurtherDeadline.Status.SUPERSEDED, now);
      return true;
    } else if (!now.isBefore(dates(furtherDeadlineId).due())) {
      deadline.settle(FurtherDeadline.Status.MISSED, now);
      LOG.info("Further deadline {} of {} action {} missed", furtherDeadlineId, deadline.getEvaluationReference(),
          deadline.getActionNumber());
    }
    return done;
  }

  public FurtherDeadline deadline(long id) {
    return furtherDeadlines.findById(id).orElseThrow(() -> new NotFoundException("No further deadline " + id + "."));
  }
}
