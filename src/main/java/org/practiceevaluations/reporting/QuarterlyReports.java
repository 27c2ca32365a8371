package org.practiceevaluations.reporting;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.practiceevaluations.common.NotFoundException;
import org.practiceevaluations.evaluation.ManagersShares;
import org.practiceevaluations.evaluation.ReferenceGenerator;
import org.practiceevaluations.filing.ReportDocument;
import org.practiceevaluations.filing.ReportFiling;
import org.practiceevaluations.filing.ReportPeriod;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The quarterly report's steps (docs/guide.md, "Learning from evaluations"): collate the quarter's figures and keep
 * them, record the audit manager's themes and action plans, then produce the PowerPoint, the full PDF and the workbook
 * and file them in the report store. Runs in the caller's (the engine's) transaction.
 */
@Service
@Transactional
public class QuarterlyReports {

  private static final Logger LOG = LoggerFactory.getLogger(QuarterlyReports.class);
  static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  private final ReportData data;
  private final QuarterlyReportRepository reports;
  private final ReferenceGenerator references;
  private final ReportFiling filing;
  private final QuarterlyPresentation presentation;
  private final QuarterlyReportPdf pdf;
  private final QuarterlyWorkbook workbook;
  private final Clock clock;
  private final QuarterlyReportReviewRepository reviews;
  private final ManagersShares managersShares;
  private final GoodPracticeDigest goodPractice;

  public QuarterlyReports(ReportData data, QuarterlyReportRepository reports, ReferenceGenerator references,
      ReportFiling filing, QuarterlyPresentation presentation, QuarterlyReportPdf pdf, QuarterlyWorkbook workbook,
      Clock clock, QuarterlyReportReviewRepository reviews, ManagersShares managersShares,
      GoodPracticeDigest goodPractice) {
    this.data = data;
    this.reports = reports;
    this.references = references;
    this.filing = filing;
    this.presentation = presentation;
    this.pdf = pdf;
    this.workbook = workbook;
    this.clock = clock;
    this.reviews = reviews;
    this.managersShares = managersShares;
    this.goodPractice = goodPractice;
  }

  /**
   * The quarter a start form names ("2027 Q1"), or, left empty, the quarter that ended last.
   *
   * @throws IllegalArgumentException with a message for the person who typed it
   */
  public ReportPeriod quarter(String text) {
    if (text == null || text.isBlank()) {
      return ReportPeriod.quarterEndedBefore(LocalDate.now(clock));
    }
    ReportPeriod quarter = ReportPeriod.parseQuarter(text);
    if (!quarter.start().isBefore(LocalDate.now(clock))) {
      throw new IllegalArgumentException("The quarter " + quarter.shortName() + " has not started yet.");
    }
    return quarter;
  }

  /** Collates the quarter's figures now and keeps them as the report's. */
  public QuarterlyReport start(ReportPeriod quarter, String startedBy, String processInstanceId) {
    ReportFigures figures = data.figures(quarter, clock.instant());
    QuarterlyReport report = reports.save(new QuarterlyReport(references.next("QR", quarter.start().getYear()),
        quarter, figures.asOf(), write(figures), startedBy, processInstanceId));
    LOG.info("Quarterly report {} started for {}: {} evaluations completed", report.getReference(),
        quarter.shortName(), figures.service().current().evaluationsCompleted());
    return report;
  }

  public QuarterlyReport get(String reference) {
    return reports.findByReference(reference)
        .orElseThrow(() -> new NotFoundException("No quarterly report " + reference + "."));
  }

  /** The figures as they were collated when the report started. */
  public ReportFigures figures(String reference) {
    return read(get(reference).getFiguresJson());
  }

  public void chooseThemes(String reference, List<QuarterlyReportContent.KeyTheme> themes,
      List<QuarterlyReportContent.AreaActionPlan> plans, String analysis, String chosenBy) {
    get(reference).chooseThemes(themes, plans, analysis, chosenBy, clock.instant());
  }

  public QuarterlyReportContent content(String reference) {
    QuarterlyReport report = get(reference);
    List<QuarterlyReportContent.KeyTheme> themes = report.getThemes().stream()
        .map(t -> new QuarterlyReportContent.KeyTheme(t.getPosition(), t.getTitle(), t.getDescription())).toList();
    List<QuarterlyReportContent.AreaActionPlan> plans = report.getActionPlans().stream()
        .map(p -> new QuarterlyReportContent.AreaActionPlan(p.getServiceAreaCode(), p.getServiceAreaName(),
            p.getPlan())).toList();
    ReportPeriod period = report.period();
    List<QuarterlyReportContent.ManagerShareRow> shares = managersShares.yearTo(period.end(), clock.getZone())
        .stream().map(m -> new QuarterlyReportContent.ManagerShareRow(m.name(), m.allocated(),
            m.completedThemselves(), m.share(), m.belowHalf())).toList();
    return new QuarterlyReportContent(report.getReference(), read(report.getFiguresJson()), themes, plans,
        report.getAnalysis(), report.getChosenAt() == null ? clock.instant() : report.getChosenAt(), false, shares,
        goodPractice.between(period.startAt(clock.getZone()), period.endAt(clock.getZone())));
  }

  /**
   * The senior management review: approved, or changes asked for with the reason (needed then; kept in the
   * application's tables). Returns whether it was approved.
   */
  public boolean review(String reference, boolean approved, String changesAsked, String reviewedBy) {
    QuarterlyReport report = get(reference);
    if (!approved && (changesAsked == null || changesAsked.isBlank())) {
      throw new IllegalArgumentException("Say what should change in the quarterly report.");
    }
    reviews.save(new QuarterlyReportReview(report, reviewedBy, clock.instant(), approved, changesAsked));
    LOG.info("Quarterly report {} reviewed by senior management: {}", reference,
        approved ? "approved" : "changes asked for");
    return approved;
  }

  /** Every review of a report, oldest first. */
  public List<QuarterlyReportReview> reviews(String reference) {
    return reviews.findByReportOrderByIdAsc(get(reference));
  }

  /** The changes the latest review asked for, when it asked for any (shown to whoever prepares the report). */
  public java.util.Optional<QuarterlyReportReview> changesAsked(String reference) {
    List<QuarterlyReportReview> all = reviews(reference);
    if (all.isEmpty() || all.get(all.size() - 1).isApproved()) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(all.get(all.size() - 1));
  }

  /** The three files of a report. */
  public record Published(ReportDocument presentation, ReportDocument report, ReportDocument workbook) {}

  /** Produces the three outputs and files them in the report store, once (a retry files nothing new). */
  public Published publish(String reference) {
    QuarterlyReport report = get(reference);
    if (report.getStatus() == QuarterlyReport.Status.COLLATED) {
      throw new IllegalStateException("Quarterly report " + reference + " has no themes yet.");
    }
    QuarterlyReportContent content = content(reference);
    ReportPeriod period = report.period();
    // a report sent back for changes is produced again: each revision is filed once (a retry files nothing new)
    long revision = reviews(reference).stream().filter(r -> !r.isApproved()).count();
    String key = revision == 0 ? reference : reference + "/revision-" + revision;
    ReportDocument pptx = filing.file(ReportDocument.Kind.QUARTERLY_REPORT, reference, period, null,
        content.fileName("pptx"), QuarterlyPresentation.CONTENT_TYPE, presentation.render(content),
        key + "/presentation");
    ReportDocument full = filing.file(ReportDocument.Kind.QUARTERLY_REPORT, reference, period, null,
        content.fileName("pdf"), QuarterlyReportPdf.CONTENT_TYPE, pdf.render(content), key + "/report");
    ReportDocument xlsx = filing.file(ReportDocument.Kind.QUARTERLY_REPORT, reference, period, null,
        content.fileName("xlsx"), QuarterlyWorkbook.CONTENT_TYPE, workbook.render(content), key + "/workbook");
    report.markPublished(clock.instant());
    return new Published(pptx, full, xlsx);
  }

  /** Any period's figures now, for the REST API: no themes, nothing kept. */
  public QuarterlyReportContent onDemand(ReportPeriod period) {
    return new QuarterlyReportContent(null, data.figures(period, clock.instant()), null, null, null, clock.instant(),
        true);
  }

  public byte[] presentation(QuarterlyReportContent content) {
    return presentation.render(content);
  }

  public byte[] pdf(QuarterlyReportContent content) {
    return pdf.render(content);
  }

  public byte[] workbook(QuarterlyReportContent content) {
    return workbook.render(content);
  }

  public String downloadUrl(ReportDocument document) {
    return filing.downloadUrl(document);
  }

  static String write(ReportFigures figures) {
    try {
      return JSON.writeValueAsString(figures);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("The quarter's figures could not be kept", e);
    }
  }

  static ReportFigures read(String json) {
    try {
      return JSON.readValue(json, ReportFigures.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("The report's figures could not be read", e);
    }
  }
}
