package org.practiceevaluations.reporting;

import static org.practiceevaluations.reporting.QuarterlyReportProcess.Vars.REPORT_REFERENCE;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.practiceevaluations.common.BaseUrl;
import org.practiceevaluations.evaluation.forms.FormAnswers;
import org.practiceevaluations.evaluation.forms.FormHandler;
import org.practiceevaluations.evaluation.forms.FormSupport;
import org.springframework.stereotype.Component;

/**
 * The form {@code choose-themes}: the audit manager's form of the quarterly report, the figures to choose on, the
 * themes and plans to write.
 */
@Component
public class ChooseThemesForm implements FormHandler {

  static final int THEMES = 3;

  private final QuarterlyReports reports;
  private final FormSupport support;
  private final BaseUrl baseUrl;

  public ChooseThemesForm(QuarterlyReports reports, FormSupport support, BaseUrl baseUrl) {
    this.reports = reports;
    this.support = support;
    this.baseUrl = baseUrl;
  }

  @Override
  public String formId() {
    return "choose-themes";
  }

  @Override
  public Map<String, Object> prepare(DelegateTask task) {
    String reference = REPORT_REFERENCE.get(task);
    ReportFigures figures = reports.figures(reference);
    Map<String, Object> values = new HashMap<>();
    values.put("reportReferenceText", reference);
    values.put("periodText", figures.period().title() + " against " + figures.previousPeriod().label());
    values.put("headlineText", QuarterlyHeadline.of(figures.service()));
    List<Map<String, Object>> areas = new ArrayList<>();
    for (ScopeFigures area : figures.areas()) {
      Figures f = area.current();
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("areaName", area.scope().name());
      row.put("completed", f.evaluationsCompleted());
      row.put("goodOrBetter", ReportFormats.percent(f.goodOrBetterShare()));
      row.put("change", ReportFormats.was(area.comparison(Measure.GOOD_OR_BETTER)));
      row.put("overdueRate", ReportFormats.percent(f.overdueRate()));
      row.put("weakest", f.weakestSections().isEmpty() ? "" : f.weakestSections().get(0).title());
      areas.add(row);
    }
    values.put("areaFigures", FormSupport.json(areas));
    Figures service = figures.service().current();
    values.put("strongestText", sections(service.strongestSections()));
    values.put("weakestText", sections(service.weakestSections()));
    values.put("figuresLinkText", baseUrl.to("/api/reports/quarterly-reports/" + reference + "/report.pdf"));
    Map<String, String> existing = reports.get(reference).getActionPlans().stream()
        .collect(Collectors.toMap(QuarterlyReport.ActionPlan::getServiceAreaName, QuarterlyReport.ActionPlan::getPlan));
    List<Map<String, Object>> plans = new ArrayList<>();
    for (ScopeFigures area : figures.areas()) {
      plans.add(Map.of("areaName", area.scope().name(), "plan", existing.getOrDefault(area.scope().name(), "")));
    }
    values.put("actionPlans", FormSupport.json(plans));
    // sent back by the senior management review: what they asked, and the report as it was
    QuarterlyReport report = reports.get(reference);
    values.put("changesAskedText", reports.changesAsked(reference)
        .map(r -> support.name(r.getReviewedBy()) + ": " + r.getChangesAsked()).orElse(""));
    for (QuarterlyReport.Theme t : report.getThemes()) {
      values.put("theme" + t.getPosition() + "Title", t.getTitle());
      values.put("theme" + t.getPosition() + "Description", t.getDescription());
    }
    if (report.getAnalysis() != null) {
      values.put("analysis", report.getAnalysis());
    }
    return values;
  }

  @Override
  public Map<String, Object> save(DelegateTask task, FormAnswers answers) {
    String reference = REPORT_REFERENCE.get(task);
    ReportFigures figures = reports.figures(reference);
    List<QuarterlyReportContent.KeyTheme> themes = new ArrayList<>();
    for (int i = 1; i <= THEMES; i++) {
      String title = answers.text("theme" + i + "Title", "Theme " + i, true, 200);
      String description = answers.text("theme" + i + "Description", "What theme " + i + " is about", true,
          FormAnswers.MAX_SHORT_TEXT);
      themes.add(new QuarterlyReportContent.KeyTheme(i, title, description));
    }
    Map<String, String> areaCodes = new LinkedHashMap<>();
    figures.areas().forEach(a -> areaCodes.put(a.scope().name(), a.scope().code()));
    Map<String, String> plans = new LinkedHashMap<>();
    for (Map<String, Object> row : answers.rows("actionPlans", "The action plans")) {
      String area = String.valueOf(row.get("areaName"));
      if (!areaCodes.containsKey(area) || plans.containsKey(area)) {
        answers.problem("The list of service areas does not match this report; reload the task.");
        continue;
      }
      plans.put(area, answers.rowText(row, "plan", "The action plan for " + area, true, FormAnswers.MAX_TEXT));
    }
    for (String area : areaCodes.keySet()) {
      if (!plans.containsKey(area)) {
        answers.problem("Write the action plan for " + area + ".");
      }
    }
    String analysis = answers.text("analysis", "Your analysis", false);
    answers.throwIfInvalid();
    reports.chooseThemes(reference, themes, plans.entrySet().stream()
        .map(e -> new QuarterlyReportContent.AreaActionPlan(areaCodes.get(e.getKey()), e.getKey(), e.getValue()))
        .toList(), analysis, support.actor(task));
    return Map.of();
  }

  private static String sections(List<SectionResult> sections) {
    if (sections.isEmpty()) {
      return "none judged";
    }
    return sections.stream().map(s -> s.number() + ". " + s.title() + " (" + ReportFormats.percent(s.goodOrBetterShare())
        + ")").collect(Collectors.joining("; "));
  }
}
