package org.practiceevaluations.evaluation.forms;

import java.time.LocalDate;
import org.practiceevaluations.evaluation.Grade;
import org.practiceevaluations.evaluation.forms.FormAnswers.When;

/**
 * The team's view of a grade, recorded after a discussion: the reflective discussion ({@link
 * ReflectiveDiscussionForm}) and the moderation discussion ({@code moderation.ModerationDiscussionForm}).
 */
public record TeamView(LocalDate on, String discussion, Boolean agrees, Grade grade, String reason) {

  /** Reads the discussion's date ({@code dateKey}) and words ({@code discussionKey}), and the team's view. */
  public static TeamView read(FormAnswers answers, String dateKey, String discussionKey, String discussionLabel) {
    LocalDate on = answers.date(dateKey, "The date of the discussion", true, When.PAST_OR_TODAY);
    String discussion = answers.text(discussionKey, discussionLabel, true);
    Boolean agrees = answers.yesNo("teamAgreesWithGrade", "Does the team agree with the grade?", true);
    boolean disputed = Boolean.FALSE.equals(agrees);
    Grade grade = answers.grade("teamViewOfGrade", "the grade the team thinks is right", disputed);
    String reason = answers.text("teamViewReason", "The team's reasons", disputed);
    return new TeamView(on, discussion, agrees, grade, reason);
  }
}
