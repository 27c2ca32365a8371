package org.practiceevaluations.reporting;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.practiceevaluations.filing.ReportPeriod;

/**
 * One quarterly report (docs/guide.md, "Learning from evaluations"): the figures as collated when it started (JSON),
 * the audit manager's themes, action plans and analysis, and when it was published.
 */
@Entity
@Table(name = "pe_quarterly_report")
public class QuarterlyReport {

  public enum Status { COLLATED, THEMES_CHOSEN, PUBLISHED }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @Column(nullable = false, unique = true, length = 30)
  private String reference;
  @Column(name = "period_start", nullable = false)
  private LocalDate periodStart;
  @Column(name = "period_end", nullable = false)
  private LocalDate periodEnd;
  @Column(name = "as_of", nullable = false)
  private Instant asOf;
  @Column(nullable = false, length = 1000000)
  private String figures;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Status status = Status.COLLATED;
  @Column(name = "started_by", length = 64)
  private String startedBy;
  @Column(length = 20000)
  private String analysis;
  @Column(name = "chosen_by", length = 64)
  private String chosenBy;
  @Column(name = "chosen_at")
  private Instant chosenAt;
  @Column(name = "published_at")
  private Instant publishedAt;
  @Column(name = "process_instance_id", length = 64)
  private String processInstanceId;
  @OneToMany(mappedBy = "report", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position ASC")
  private List<Theme> themes = new ArrayList<>();
  @OneToMany(mappedBy = "report", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("serviceAreaName ASC")
  private List<ActionPlan> actionPlans = new ArrayList<>();
  @Version
  private long version;

  protected QuarterlyReport() {}

  QuarterlyReport(String reference, ReportPeriod period, Instant asOf, String figuresJson, String startedBy,
      String processInstanceId) {
    this.reference = reference;
    this.periodStart = period.start();
    this.periodEnd = period.end();
    this.asOf = asOf;
    this.figures = figuresJson;
    this.startedBy = startedBy;
    this.processInstanceId = processInstanceId;
  }

  void chooseThemes(List<QuarterlyReportContent.KeyTheme> newThemes,
      List<QuarterlyReportContent.AreaActionPlan> plans, String analysis, String chosenBy, Instant at) {
    themes.clear();
    newThemes.forEach(t -> themes.add(new Theme(this, t.position(), t.title(), t.description())));
    actionPlans.clear();
    plans.forEach(p -> actionPlans.add(new ActionPlan(this, p.areaCode(), p.areaName(), p.plan())));
    this.analysis = analysis;
    this.chosenBy = chosenBy;
    this.chosenAt = at;
    this.status = Status.THEMES_CHOSEN;
  }

  void markPublished(Instant at) {
    this.publishedAt = at;
    this.status = Status.PUBLISHED;
  }

  public ReportPeriod period() {
    return new ReportPeriod(periodStart, periodEnd);
  }

  public Long getId() { return id; }
  public String getReference() { return reference; }
  public Instant getAsOf() { return asOf; }
  public String getFiguresJson() { return figures; }
  public Status getStatus() { return status; }
  public String getStartedBy() { return startedBy; }
  public String getAnalysis() { return analysis; }
  public String getChosenBy() { return chosenBy; }
  public Instant getChosenAt() { return chosenAt; }
  public Instant getPublishedAt() { return publishedAt; }
  public String getProcessInstanceId() { return processInstanceId; }
  public List<Theme> getThemes() { return themes; }
  public List<ActionPlan> getActionPlans() { return actionPlans; }

  /** One of the three key themes. */
  @Entity
  @Table(name = "pe_report_theme")
  public static class Theme {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "report_id", nullable = false)
    private QuarterlyReport report;
    @Column(nullable = false)
    private int position;
    @Column(nullable = false, length = 200)
    private String title;
    @Column(nullable = false, length = 4000)
    private String description;

    protected Theme() {}

    Theme(QuarterlyReport report, int position, String title, String description) {
      this.report = report;
      this.position = position;
      this.title = title;
      this.description = description;
    }

    public int getPosition() { return position; }
    public String getTitle() { return title; }
    public String getDescription() { return description; }
  }

  /** The action plan of one service area. */
  @Entity
  @Table(name = "pe_report_action_plan")
  public static class ActionPlan {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "report_id", nullable = false)
    private QuarterlyReport report;
    @Column(name = "service_area_code", nullable = false, length = 40)
    private String serviceAreaCode;
    @Column(name = "service_area_name", nullable = false, length = 200)
    private String serviceAreaName;
    @Column(nullable = false, length = 20000)
    private String plan;

    protected ActionPlan() {}

    ActionPlan(QuarterlyReport report, String serviceAreaCode, String serviceAreaName, String plan) {
      this.report = report;
      this.serviceAreaCode = serviceAreaCode;
      this.serviceAreaName = serviceAreaName;
      this.plan = plan;
    }

    public String getServiceAreaCode() { return serviceAreaCode; }
    public String getServiceAreaName() { return serviceAreaName; }
    public String getPlan() { return plan; }
  }
}
