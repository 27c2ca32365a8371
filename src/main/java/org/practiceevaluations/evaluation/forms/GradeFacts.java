package org.practiceevaluations.evaluation.forms;

import java.util.HashMap;
import java.util.Map;
import org.practiceevaluations.evaluation.Evaluation;

/**
 * What the forms about a grade show (docs/guide.md, "A disputed grade"): the grades so far and the team's view of the
 * current one. Used by {@link DiscussGradeForm}, {@link AcceptGradeForm}, {@link SpeakToTeamForm} and
 * {@link DecideGradeForm}.
 */
final class GradeFacts {

  private GradeFacts() {}

  static Map<String, Object> of(FormSupport support, Evaluation e) {
    Map<String, Object> values = new HashMap<>(support.caseFacts(e));
    values.put("firstGradeText", FormSupport.label(e.grades().firstGrade()));
    values.put("moderatedGradeText", e.isModerated() ? FormSupport.label(e.moderation().moderatedGrade()) : "not moderated");
    values.put("finalGradeText", FormSupport.label(e.grades().finalGrade()));
    values.put("teamViewOfGradeText", FormSupport.label(e.teamViewOfCurrentGrade()));
    values.put("teamViewReasonShown", e.teamReasonsAboutCurrentGrade() == null ? "" : e.teamReasonsAboutCurrentGrade());
    values.put("disputeDiscussionShown", e.dispute().discussion() == null ? "" : e.dispute().discussion());
    return values;
  }
}
