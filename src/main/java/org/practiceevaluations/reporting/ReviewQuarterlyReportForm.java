package org.practiceevaluations.reporting;

import static org.practiceevaluations.reporting.QuarterlyReportProcess.Vars.REPORT_APPROVED;
import static org.practiceevaluations.reporting.QuarterlyReportProcess.Vars.REPORT_REFERENCE;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.practiceevaluations.evaluation.forms.FormSupport;
import org.practiceevaluations.forms.FormAnswers;
import org.practiceevaluations.forms.FormHandler;
import org.springframework.stereotype.Component;

/**
 * The form {@code review-quarterly-report}: the senior management review approves the report, or asks for changes
 * with a reason (kept in the review's row).
 */
@Component
public class ReviewQuarterlyReportForm implements FormHandler {

  private final QuarterlyReports reports;
  private final FormSupport support;

  public ReviewQuarterlyReportForm(QuarterlyReports reports, FormSupport support) {
    this.reports = reports;
    this.support = support;
  }

  @Override
  public String formId() {
    return "review-quarterly-report";
  }

  @Override
  public Map<String, Object> prepare(DelegateTask task) {
    String reference = REPORT_REFERENCE.get(task);
    QuarterlyReportContent content = reports.content(reference);
    ReportFigures figures = content.figures();
    Map<String, Object> values = new HashMap<>();
    values.put("reportReferenceText", reference);
    values.put("periodText", figures.period().title() + " against " + figures.previousPeriod().label());
    values.put("headlineText", QuarterlyHeadline.of(figures.service()));
    values.put("themesShown", content.themes().stream().map(t -> t.position() + ". " + t.title() + ": "
        + t.description()).collect(Collectors.joining("\n\n")));
    values.put("actionPlansShown", content.actionPlans().stream().map(p -> p.areaName() + ": " + p.plan())
        .collect(Collectors.joining("\n\n")));
    values.put("managersShareShown", SharingTexts.managersBelowHalf(content.managersShare()));
    values.put("goodPracticeShown", SharingTexts.goodPractice(content.goodPractice()));
    return values;
  }

  @Override
  public Map<String, Object> save(DelegateTask task, FormAnswers answers) {
    FormAnswers.Decision approved = answers.decision(REPORT_APPROVED.name(), "Send the report to every manager?",
        "changesAsked", "What should change, and why");
    answers.throwIfInvalid();
    reports.review(REPORT_REFERENCE.get(task), approved.yes(), approved.reasonWhenNo(), support.actor(task));
    Map<String, Object> routing = new HashMap<>();
    REPORT_APPROVED.put(routing, approved.yes()); // the reason is in the review's row
    return routing;
  }
}
