package org.practiceevaluations.learning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.practiceevaluations.evaluation.Evaluation;
import org.practiceevaluations.evaluation.Judgement;
import org.practiceevaluations.evaluation.SectionJudgement;
import org.practiceevaluations.evaluation.forms.FormAnswers.When;
import org.practiceevaluations.evaluation.forms.FormAnswers;
import org.practiceevaluations.evaluation.forms.FormHandler;
import org.practiceevaluations.evaluation.forms.FormSupport;
import org.practiceevaluations.identity.StaffDirectory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The forms of the team review (the audit manager's) and the area QA meeting (the practice manager's). */
@Configuration
public class LearningFormHandlers {

  private final TeamReviews teamReviews;
  private final QaMeetings qaMeetings;
  private final StaffDirectory staff;
  private final FormSupport support;

  public LearningFormHandlers(TeamReviews teamReviews, QaMeetings qaMeetings, StaffDirectory staff,
      FormSupport support) {
    this.teamReviews = teamReviews;
    this.qaMeetings = qaMeetings;
    this.staff = staff;
    this.support = support;
  }

  @Bean
  FormHandler teamReviewMeeting() {
    return new FormHandler() {
      public String formId() {
        return "team-review-meeting";
      }

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
        values.put("reviewedEvaluations", FormSupport.json(rows));
        List<String> needs = TeamReviews.learningNeeds(facts.evaluations());
        values.put("learningNeedsText", needs.isEmpty() ? "none recorded"
            : needs.stream().map(n -> "- " + n).collect(Collectors.joining("\n")));
        return values;
      }

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
        return (String) task.getVariable(TeamReviewProcess.Vars.REVIEW_REFERENCE.name());
      }
    };
  }

  @Bean
  FormHandler qaMeeting() {
    return new FormHandler() {
      public String formId() {
        return "qa-meeting";
      }

      public Map<String, Object> prepare(DelegateTask task) {
        String reference = reference(task);
        QaMeetingPack pack = qaMeetings.pack(reference);
        Map<String, Object> values = new HashMap<>();
        values.put("areaText", pack.areaName());
        values.put("monthText", QaMeetingPack.ReportMonth.label(pack.month()));
        values.put("packLinkText", qaMeetings.packUrl(reference).orElse("being prepared"));
        List<Map<String, Object>> evaluations = new ArrayList<>();
        for (QaMeetingPack.EvaluationLine e : pack.evaluations()) {
          Map<String, Object> row = new LinkedHashMap<>();
          row.put("reference", e.reference());
          row.put("teamName", e.teamName());
          row.put("type", e.type());
          row.put("finalGrade", e.finalGrade());
          row.put("discrepancy", !e.moderated() ? "not moderated" : e.discrepancy() ? "grades differed" : "agreed");
          row.put("actions", e.actionsOpen() + " / " + e.actionsRaised());
          evaluations.add(row);
        }
        values.put("monthEvaluations", FormSupport.json(evaluations));
        List<Map<String, Object>> actions = new ArrayList<>();
        for (QaMeetingPack.ActionLine a : pack.actions()) {
          Map<String, Object> row = new LinkedHashMap<>();
          row.put("actionKey", a.key());
          row.put("heading", a.teamName() + " · " + a.finalGrade() + " · child " + a.childReference());
          row.put("description", a.description());
          row.put("ownerDue", a.ownerName() + ", by " + support.day(a.dueOn()) + (a.pastDue() ? " (past due)" : ""));
          row.put("progress", progress(a, pack.caseNotesHere()));
          row.put("furtherDeadline", "");
          row.put("meetingNote", "");
          actions.add(row);
        }
        values.put("openActions", FormSupport.json(actions));
        return values;
      }

      public Map<String, Object> save(DelegateTask task, FormAnswers answers) {
        String reference = reference(task);
        QaMeetingPack pack = qaMeetings.pack(reference);
        Map<String, QaMeetingPack.ActionLine> byKey = pack.actions().stream()
            .collect(Collectors.toMap(QaMeetingPack.ActionLine::key, a -> a, (a, b) -> a, LinkedHashMap::new));
        LocalDate on = answers.date("meetingOn", "The date of the meeting", true, When.PAST_OR_TODAY);
        String attendees = answers.text("attendees", "Who attended", true, 2000);
        String notes = answers.text("notes", "What the meeting discussed and agreed", true);
        List<QaMeetings.NewDeadline> deadlines = new ArrayList<>();
        for (Map<String, Object> row : answers.rows("openActions", "The open actions")) {
          QaMeetingPack.ActionLine action = byKey.get(String.valueOf(row.get("actionKey")));
          if (action == null) {
            answers.problem("The list of actions does not match this meeting's actions; reload the task.");
            continue;
          }
          LocalDate further = answers.rowDate(row, "furtherDeadline", action.key() + ": the further deadline", false,
              When.TODAY_OR_LATER);
          String note = answers.rowText(row, "meetingNote", action.key() + ": the note", false,
              FormAnswers.MAX_SHORT_TEXT);
          if (further != null && !further.isAfter(answers.today())) {
            answers.problem(action.key() + ": a further deadline must be after today.");
          } else if (further != null) {
            deadlines.add(new QaMeetings.NewDeadline(action.actionId(), further, note));
          }
        }
        answers.throwIfInvalid();
        List<Long> ids = qaMeetings.record(reference, on, attendees, notes, deadlines, support.actor(task));
        Map<String, Object> routing = new HashMap<>();
        routing.put(QaMeetingProcess.Vars.FURTHER_DEADLINES.name(), new ArrayList<>(ids));
        routing.put(QaMeetingProcess.Vars.FURTHER_DEADLINE_COUNT.name(), ids.size());
        return routing;
      }

      private String reference(DelegateTask task) {
        return (String) task.getVariable(QaMeetingProcess.Vars.MEETING_REFERENCE.name());
      }
    };
  }

  /** The team's update on the action and its case audit case notes, newest first, as the form shows them. */
  String progress(QaMeetingPack.ActionLine a, boolean caseNotesHere) {
    StringBuilder text = new StringBuilder();
    text.append(a.progressNote() == null ? "No progress update yet."
        : "Update of " + support.day(a.progressOn()) + ": " + a.progressNote());
    if (!caseNotesHere) {
      text.append("\nThe team's case audit case notes are on the child's record in the case-management system.");
    }
    for (QaMeetingPack.Note note : a.caseNotes()) {
      text.append("\nCase note of ").append(support.day(note.on())).append(" (").append(note.author()).append("): ")
          .append(note.text());
    }
    if (!a.earlierFurtherDeadlines().isEmpty()) {
      text.append("\nEarlier further deadlines: ").append(String.join("; ", a.earlierFurtherDeadlines()));
    }
    return text.toString();
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
