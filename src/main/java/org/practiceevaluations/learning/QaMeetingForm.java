package org.practiceevaluations.learning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.practiceevaluations.evaluation.forms.FormAnswers;
import org.practiceevaluations.evaluation.forms.FormAnswers.When;
import org.practiceevaluations.evaluation.forms.FormHandler;
import org.practiceevaluations.evaluation.forms.FormSupport;
import org.springframework.stereotype.Component;

/**
 * The form {@code qa-meeting}: the practice manager's record of the area's QA meeting, with the further deadlines it
 * set on open actions.
 */
@Component
public class QaMeetingForm implements FormHandler {

  private final QaMeetings qaMeetings;
  private final QaMeetingPacks packs;
  private final QaMeetingPackFiles packFiles;
  private final FormSupport support;

  public QaMeetingForm(QaMeetings qaMeetings, QaMeetingPacks packs, QaMeetingPackFiles packFiles,
      FormSupport support) {
    this.qaMeetings = qaMeetings;
    this.packs = packs;
    this.packFiles = packFiles;
    this.support = support;
  }

  @Override
  public String formId() {
    return "qa-meeting";
  }

  @Override
  public Map<String, Object> prepare(DelegateTask task) {
    String reference = reference(task);
    QaMeetingPack pack = packs.pack(reference);
    Map<String, Object> values = new HashMap<>();
    values.put("areaText", pack.areaName());
    values.put("monthText", QaMeetingPack.ReportMonth.label(pack.month()));
    values.put("packLinkText", packFiles.url(reference).orElse("being prepared"));
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

  @Override
  public Map<String, Object> save(DelegateTask task, FormAnswers answers) {
    String reference = reference(task);
    QaMeetingPack pack = packs.pack(reference);
    Map<String, QaMeetingPack.ActionLine> byKey = pack.actions().stream()
        .collect(Collectors.toMap(QaMeetingPack.ActionLine::key, a -> a, (a, b) -> a, LinkedHashMap::new));
    LocalDate on = answers.date("meetingOn", "The date of the meeting", true, When.PAST_OR_TODAY);
    String attendees = answers.text("attendees", "Who attended", true, 2000);
    String notes = answers.text("notes", "What the meeting discussed and agreed", true);
    List<FurtherDeadlines.NewDeadline> deadlines = new ArrayList<>();
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
        deadlines.add(new FurtherDeadlines.NewDeadline(action.actionId(), further, note));
      }
    }
    answers.throwIfInvalid();
    List<Long> ids = qaMeetings.record(reference, on, attendees, notes, deadlines, support.actor(task));
    Map<String, Object> routing = new HashMap<>();
    QaMeetingProcess.Vars.FURTHER_DEADLINES.put(routing, new ArrayList<>(ids));
    QaMeetingProcess.Vars.FURTHER_DEADLINE_COUNT.put(routing, ids.size());
    return routing;
  }

  private String reference(DelegateTask task) {
    return QaMeetingProcess.Vars.MEETING_REFERENCE.get(task);
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
}
