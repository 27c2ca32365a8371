package org.practiceevaluations.reporting;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.practiceevaluations.common.Problems;
import org.practiceevaluations.common.BadRequestException;
import org.practiceevaluations.common.ForbiddenException;
import org.practiceevaluations.common.NotFoundException;
import org.practiceevaluations.identity.CurrentUser;
import org.practiceevaluations.identity.StaffGroup;
import org.practiceevaluations.learning.QaMeetingPack;
import org.practiceevaluations.learning.AreaManagers;
import org.practiceevaluations.learning.QaMeetingPackFiles;
import org.practiceevaluations.learning.QaMeetingPacks;
import org.practiceevaluations.learning.QaMeetingSchedule;
import org.practiceevaluations.learning.TeamReviews;
import org.practiceevaluations.recording.FileSystemDocumentStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The learning from evaluations over REST (docs/guide.md, "Learning from evaluations"). The audit team produces any
 * report for any period on demand: the quarterly figures (JSON, PowerPoint, PDF, Excel) for a quarter or any days, a
 * kept quarterly report's files, the learning needs summary, a service area's QA meeting pack, and which teams the
 * review rule names now. A service area's practice managers and head of service also read its QA meeting packs.
 * Everyone who receives a report downloads its filed copy. Anyone else: 403; nobody logged in: 401 (the /api filter).
 */
@RestController
@RequestMapping("/api/reports")
public class ReportsController {

  private static final Logger LOG = LoggerFactory.getLogger(ReportsController.class);
  private static final MediaType PPTX = MediaType.parseMediaType(QuarterlyPresentation.CONTENT_TYPE);
  private static final MediaType XLSX = MediaType.parseMediaType(QuarterlyWorkbook.CONTENT_TYPE);

  private final CurrentUser currentUser;
  private final QuarterlyReports quarterlyReports;
  private final LearningNeedsSummaries learningNeeds;
  private final AreaManagers areaManagers;
  private final QaMeetingSchedule qaMeetingSchedule;
  private final QaMeetingPacks qaMeetingPacks;
  private final QaMeetingPackFiles qaMeetingPackFiles;
  private final TeamReviews teamReviews;
  private final ReportDocumentRepository documents;
  private final ReportStore store;
  private final ReportFiling filing;
  private final Clock clock;

  public ReportsController(CurrentUser currentUser, QuarterlyReports quarterlyReports,
      LearningNeedsSummaries learningNeeds, AreaManagers areaManagers, QaMeetingSchedule qaMeetingSchedule,
      QaMeetingPacks qaMeetingPacks, QaMeetingPackFiles qaMeetingPackFiles, TeamReviews teamReviews,
      ReportDocumentRepository documents, ReportStore store, ReportFiling filing, Clock clock) {
    this.clock = clock;
    this.currentUser = currentUser;
    this.quarterlyReports = quarterlyReports;
    this.learningNeeds = learningNeeds;
    this.areaManagers = areaManagers;
    this.qaMeetingSchedule = qaMeetingSchedule;
    this.qaMeetingPacks = qaMeetingPacks;
    this.qaMeetingPackFiles = qaMeetingPackFiles;
    this.teamReviews = teamReviews;
    this.documents = documents;
    this.store = store;
    this.filing = filing;
  }

  /**
   * The quarterly figures of a quarter ({@code quarter=2027 Q1}) or of any days ({@code from=2027-01-01&to=2027-02-14},
   * both included), compared with the period of the same length before, as of now: {@code format=json} (default),
   * {@code pptx}, {@code pdf} or {@code xlsx}. No themes or action plans: those belong to a report.
   */
  @GetMapping("/quarterly")
  public ResponseEntity<?> quarterly(@RequestParam(required = false) String quarter,
      @RequestParam(required = false) String from, @RequestParam(required = false) String to,
      @RequestParam(defaultValue = "json") String format) {
    currentUser.requireAny(StaffGroup.AUDIT_TEAM);
    ReportPeriod period = period(quarter, from, to);
    QuarterlyReportContent content = quarterlyReports.onDemand(period);
    String name = "Practice evaluations figures " + period.shortName();
    return switch (format) {
      case "json" -> ResponseEntity.ok(content.figures());
      case "pptx" -> file(quarterlyReports.presentation(content), PPTX, name + ".pptx");
      case "pdf" -> file(quarterlyReports.pdf(content), MediaType.APPLICATION_PDF, name + ".pdf");
      case "xlsx" -> file(quarterlyReports.workbook(content), XLSX, name + ".xlsx");
      default -> throw new BadRequestException("format is json, pptx, pdf or xlsx.");
    };
  }

  /** A quarterly report's files as they stand (its kept figures, the themes and plans written so far). */
  @GetMapping("/quarterly-reports/{reference}/{file}")
  public ResponseEntity<byte[]> quarterlyReport(@PathVariable String reference, @PathVariable String file) {
    currentUser.requireAny(StaffGroup.AUDIT_TEAM);
    QuarterlyReportContent content = quarterlyReports.content(reference);
    return switch (file) {
      case "presentation.pptx" -> file(quarterlyReports.presentation(content), PPTX, content.fileName("pptx"));
      case "report.pdf" -> file(quarterlyReports.pdf(content), MediaType.APPLICATION_PDF, content.fileName("pdf"));
      case "data.xlsx" -> file(quarterlyReports.workbook(content), XLSX, content.fileName("xlsx"));
      default -> throw new NotFoundException("A quarterly report has presentation.pptx, report.pdf and data.xlsx.");
    };
  }

  /**
   * The learning needs of any days ({@code from}, {@code to}, both included; neither: the configured whole months
   * before today), by team and theme: {@code format=json} (default) or {@code pdf}.
   */
  @GetMapping("/learning-needs")
  public ResponseEntity<?> learningNeeds(@RequestParam(required = false) String from,
      @RequestParam(required = false) String to, @RequestParam(defaultValue = "json") String format) {
    currentUser.requireAny(StaffGroup.AUDIT_TEAM);
    ReportPeriod period;
    try {
      period = learningNeeds.period(from, to);
    } catch (IllegalArgumentException e) {
      throw new BadRequestException(e.getMessage());
    }
    LearningNeedsSummary summary = learningNeeds.summary("on demand", period);
    return switch (format) {
      case "json" -> ResponseEntity.ok(summary);
      case "pdf" -> file(learningNeeds.pdf(summary), MediaType.APPLICATION_PDF,
          "Learning needs summary " + period.shortName() + ".pdf");
      default -> throw new BadRequestException("format is json or pdf.");
    };
  }

  /**
   * A service area's QA meeting pack for a month ({@code area=SFS&month=2027-03}; no month: the month that ended
   * last), read now: {@code format=json} (default) or {@code pdf}. The audit team, and the area's practice managers
   * and head of service.
   */
  @GetMapping("/qa-meeting-pack")
  public ResponseEntity<?> qaMeetingPack(@RequestParam String area, @RequestParam(required = false) String month,
      @RequestParam(defaultValue = "json") String format) {
    String me = currentUser.userId();
    if (!currentUser.isIn(StaffGroup.AUDIT_TEAM) && !areaManagers.isAreaManager(me, area)) {
      throw new ForbiddenException("The QA meeting pack is for the audit team and the service area's practice "
          + "managers and head of service.");
    }
    QaMeetingPack pack;
    try {
      YearMonth yearMonth = qaMeetingSchedule.month(month);
      pack = qaMeetingPacks.pack("on demand", area, yearMonth);
    } catch (IllegalArgumentException e) {
      throw new BadRequestException(e.getMessage());
    }
    return switch (format) {
      case "json" -> ResponseEntity.ok(pack);
      case "pdf" -> file(qaMeetingPackFiles.pdf(pack), MediaType.APPLICATION_PDF,
          "QA meeting pack " + ReportFiling.safeName(pack.title()) + ".pdf");
      default -> throw new BadRequestException("format is json or pdf.");
    };
  }

  /** The teams the review rule (decision table team-review-rules) names now, with what was counted. */
  @GetMapping("/team-reviews/candidates")
  public List<TeamReviews.Candidate> teamReviewCandidates() {
    currentUser.requireAny(StaffGroup.AUDIT_TEAM);
    return teamReviews.candidates(clock.instant());
  }

  /** A report file kept in the report store, as listed. */
  public record DocumentView(long id, ReportDocument.Kind kind, String reportReference, LocalDate periodStart,
      LocalDate periodEnd, String serviceAreaCode, String fileName, String contentType, long size, String sha256,
      Instant storedAt, String download) {}

  /** The report files the current user may read, newest first. */
  @GetMapping("/documents")
  public List<DocumentView> documents() {
    currentUser.userId();
    return documents.findAllByOrderByStoredAtDescIdDesc().stream().filter(this::mayRead)
        .map(d -> new DocumentView(d.getId(), d.getKind(), d.getReportReference(), d.getPeriodStart(),
            d.getPeriodEnd(), d.getServiceAreaCode(), d.getFileName(), d.getContentType(), d.getSize(), d.getSha256(),
            d.getStoredAt(), filing.downloadUrl(d)))
        .toList();
  }

  /**
   * Downloads a kept report file, checked against the SHA-256 recorded when it was filed. Quarterly reports: every
   * manager, the Senior Leadership Team, learning and development and the audit team; learning needs summaries:
   * learning and development and the audit team; QA meeting packs: the area's managers and the audit team.
   */
  @GetMapping("/documents/{id}")
  public ResponseEntity<?> download(@PathVariable long id) {
    ReportDocument document = documents.findById(id)
        .orElseThrow(() -> new NotFoundException("No report document " + id + "."));
    currentUser.userId();
    if (!mayRead(document)) {
      throw new ForbiddenException("This report is not for you.");
    }
    Optional<InputStream> opened = store.open(document.getLocation());
    if (opened.isEmpty()) {
      throw new NotFoundException("Report document " + id + " cannot be handed out here: open it in the report store "
          + "at " + document.getLocation() + ".");
    }
    byte[] content;
    try (InputStream in = opened.get()) {
      content = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("Report document " + id + " could not be read", e);
    }
    if (!FileSystemDocumentStore.sha256(content).equals(document.getSha256())) {
      LOG.warn("Report document {} no longer matches the SHA-256 recorded when it was filed: not handed out", id);
      return Problems.answer(HttpStatus.INTERNAL_SERVER_ERROR, "Report document " + id
          + " has changed since it was filed, so it is not handed out. Ask the administrator to check the report store.");
    }
    return file(content, MediaType.parseMediaType(document.getContentType()), document.getFileName());
  }

  private boolean mayRead(ReportDocument document) {
    if (currentUser.isIn(StaffGroup.AUDIT_TEAM)) {
      return true;
    }
    return switch (document.getKind()) {
      case QUARTERLY_REPORT -> currentUser.isIn(StaffGroup.TEAM_MANAGERS, StaffGroup.PRACTICE_MANAGERS,
          StaffGroup.HEADS_OF_SERVICE, StaffGroup.MODERATORS, StaffGroup.LEARNING_DEVELOPMENT);
      case LEARNING_NEEDS -> currentUser.isIn(StaffGroup.LEARNING_DEVELOPMENT);
      case QA_MEETING_PACK -> document.getServiceAreaCode() != null
          && areaManagers.isAreaManager(currentUser.userId(), document.getServiceAreaCode());
    };
  }

  private static ReportPeriod period(String quarter, String from, String to) {
    try {
      if (quarter != null && !quarter.isBlank()) {
        return ReportPeriod.parseQuarter(quarter);
      }
      if (from == null || to == null) {
        throw new BadRequestException("Give a quarter (quarter=2027 Q1), or from and to (from=2027-01-01&to=2027-03-31).");
      }
      return ReportPeriod.ofDays(LocalDate.parse(from), LocalDate.parse(to));
    } catch (DateTimeParseException e) {
      throw new BadRequestException("from and to are dates like 2027-01-31.");
    } catch (IllegalArgumentException e) {
      throw new BadRequestException(e.getMessage());
    }
  }

  private static ResponseEntity<byte[]> file(byte[] content, MediaType type, String fileName) {
    return ResponseEntity.ok()
        .contentType(type)
        .contentLength(content.length)
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
        .header("X-Content-Type-Options", "nosniff")
        .cacheControl(CacheControl.noStore())
        .body(content);
  }
}
