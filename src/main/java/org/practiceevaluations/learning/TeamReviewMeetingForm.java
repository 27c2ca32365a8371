package org.practiceevaluations.learning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.practiceevaluations.catalogue.Judgement;
import org.practiceevaluations.evaluation.Evaluation;
import org.practiceevaluations.evaluation.SectionJudgement;
import org.practiceevaluations.evaluation.forms.FormSupport;
import org.practiceevaluations.forms.FormAnswers.When;
import org.practiceevaluations.forms.FormAnswers;
import org.practiceevaluations.forms.FormHandler;
import org.practiceevaluations.identity.StaffDirectory;
import org.springframework.stereotype.Component;

/** The form {@code team-review-meeting}: the audit manager's record of a team review meeting and its action plan. */
@Component
public class TeamReviewMeetingForm implements FormHandler {

  private final TeamReviews teamReviews;
  private final StaffDirectory staff;
  private final FormSupport support;

  public TeamReviewMeetingForm(TeamReviews teamReviews, StaffDirectory staff, FormSupport support) {
    this.teamReviews = teamReviews;
    this.staff = staff;
    this.support = support;
  }

  @Override
  public String formId() {
    return "team-review-meeting";
  }

  @Override
  public Map<String, Object> prepare(DelegateTask task) {
    TeamReviews.ReviewFacts facts = teamReviews.facts(reference(task));
    Map<String, Object> values = new HashMap<>();
    values.put("teamText", facts.team().getName() + " (" + facts.team().getServiceArea().getName() + ")");
    values.put("reasonText", facts.review().getReason());
    values.put("teamManagerText", support.name(facts.team().getTeamManager()));
    values.put("practiceManagerText", support.name(facts.team().getPracticeManager()));
    values.put("meetingDueText", support.day(facts.review().getMeetingDueAt()));
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Evaluation e : facts.evaluations()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("reference", e.getReference());
      row.put("finalGrade", FormSupport.label(e.grades().finalGrade()));
      row.put("finalisedOn", support.day(e.grades().finalisedAt()));
      row.put("weakest", weakestSections(e));
      row.put("openActions", e.openActions().size() + " of " + e.getActions().size());
      rows.add(row);
    }
    values.put("reviewedEvaluations", support.json(rows));
    List<String> needs = TeamReviews.learningNeeds(facts.evaluations());
    values.put("learningNeedsText", needs.isEmpty() ? "none recorded"
        : needs.stream().map(n -> "- " + n).collect(Collectors.joining("\n")));
    return values;
  }

  @Override
  public Map<String, Object> save(DelegateTask task, FormAnswers answers) {
    LocalDate on = answers.date("meetingOn", "The date of the meeting", true, When.PAST_OR_TODAY);
    String attendees = answers.text("attendees", "Who attended", true, 2000);
    String circumstances = answers.text("circumstances", "The circumstances of the evaluations", true);
    String individual = answers.text("individualLearning", "The individual learning needs", true);
    String team = answers.text("teamLearning", "The team learning needs", true);
    List<TeamReviews.PlannedAction> plan = new ArrayList<>();
    int n = 0;
    for (Map<String, Object> row : answers.rows("actionPlan", "The action plan")) {
      n++;
      String description = answers.rowText(row, "description", "Action " + n, true, FormAnswers.MAX_SHORT_TEXT);
      String owner = answers.rowText(row, "owner", "Action " + n + ": who", true, 64);
      LocalDate due = answers.rowDate(row, "dueOn", "Action " + n + ": by when", true, When.TODAY_OR_LATER);
      if (owner != null && !staff.exists(owner)) {
        answers.problem("Action " + n + ": there is no user " + owner + ".");
      }
      plan.add(new TeamReviews.PlannedAction(description, owner, due));
    }
    if (n == 0) {
      answers.problem("Add at least one action to the action plan.");
    }
    answers.throwIfInvalid();
    String reference = reference(task);
    teamReviews.recordMeeting(reference, on, attendees, circumstances, individual, team, plan,
        support.actor(task));
    return Map.of(); // the mails read the plan and the learning from the review's row (TeamReviewTexts)
  }

  private String reference(DelegateTask task) {
    return TeamReviewProcess.Vars.REVIEW_REFERENCE.get(task);
  }

  private static String weakestSections(Evaluation e) {
    SectionJudgement.Stage stage = e.isModerated() && !e.sections(SectionJudgement.Stage.MODERATION).isEmpty()
        ? SectionJudgement.Stage.MODERATION : SectionJudgement.Stage.FIRST;
    return e.sections(stage).stream()
        .filter(s -> s.getJudgement() == Judgement.INADEQUATE || s.getJudgement() == Judgement.REQUIRES_IMPROVEMENT)
        .map(s -> s.getSectionNumber() + " (" + s.getJudgement().label().toLowerCase() + ")")
        .collect(Collectors.joining(", "));
  }
}
