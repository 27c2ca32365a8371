package org.practiceevaluations.learning;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.practiceevaluations.evaluation.Evaluation;
import org.practiceevaluations.evaluation.EvaluationStage;
import org.practiceevaluations.evaluation.ReferenceGenerator;
import org.practiceevaluations.evaluation.SectionJudgement;
import org.practiceevaluations.filing.ReportDocument;
import org.practiceevaluations.filing.ReportDocuments;
import org.practiceevaluations.filing.ReportFiling;
import org.practiceevaluations.filing.ReportPeriod;
import org.practiceevaluations.recording.HtmlToPdf;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The learning needs summary (docs/guide.md, "Learning from evaluations"): the needs recorded in the evaluations
 * completed in a period, placed in themes ({@link LearningThemes}), counted by team and theme, as a PDF in the report
 * store and counts for the mail.
 */
@Service
@Transactional
public class LearningNeedsSummaries {

  @PersistenceContext
  private EntityManager entityManager;

  private final LearningThemes themes;
  private final LearningSettings settings;
  private final ReferenceGenerator references;
  private final ReportDocuments documents;
  private final ReportFiling filing;
  private final Clock clock;

  public LearningNeedsSummaries(LearningThemes themes, LearningSettings settings, ReferenceGenerator references,
      ReportDocuments documents, ReportFiling filing, Clock clock) {
    this.themes = themes;
    this.settings = settings;
    this.references = references;
    this.documents = documents;
    this.filing = filing;
    this.clock = clock;
  }

  /**
   * The days a start form names (first and last, included), or, both empty, the configured number of whole months
   * before today.
   *
   * @throws IllegalArgumentException with a message for the person who chose them
   */
  public ReportPeriod period(Object from, Object to) {
    LocalDate first = date(from);
    LocalDate last = date(to);
    if (first == null && last == null) {
      return ReportPeriod.monthsBefore(LocalDate.now(clock), settings.learningNeedsMonths());
    }
    if (first == null || last == null) {
      throw new IllegalArgumentException("Give both dates, or neither for the last "
          + settings.learningNeedsMonths() + " whole months.");
    }
    if (last.isBefore(first)) {
      throw new IllegalArgumentException("The last day is before the first.");
    }
    return ReportPeriod.ofDays(first, last);
  }

  public String reference(ReportPeriod period) {
    return references.next("LN", period.start().getYear());
  }

  /** The summary of the period, read now. */
  @Transactional(readOnly = true)
  public LearningNeedsSummary summary(String reference, ReportPeriod period) {
    List<Evaluation> completed = entityManager.createQuery(
            "select e from Evaluation e where e.grades.finalisedAt >= :from and e.grades.finalisedAt < :to "
                + "order by e.reference",
            Evaluation.class)
        .setParameter("from", period.startAt(clock.getZone())).setParameter("to", period.endAt(clock.getZone()))
        .getResultList().stream().filter(e -> e.getStage() != EvaluationStage.CANCELLED).toList();
    List<LearningNeed> needs = new ArrayList<>();
    for (Evaluation e : completed) {
      add(needs, e, LearningNeed.Source.SECTION_14, section14(e, SectionJudgement.Stage.FIRST));
      add(needs, e, LearningNeed.Source.SECTION_14_MODERATOR, section14(e, SectionJudgement.Stage.MODERATION));
      add(needs, e, LearningNeed.Source.MODERATOR_FOR_AUDITOR, e.moderation().learningForAuditor());
      add(needs, e, LearningNeed.Source.MODERATOR_FOR_TEAM, e.moderation().learningForTeam());
    }
    needs.sort(Comparator.comparing(LearningNeed::areaName).thenComparing(LearningNeed::teamName)
        .thenComparing(LearningNeed::evaluationReference));
    return LearningNeedsSummary.of(reference, period, clock.instant(), completed.size(), needs, themes.names());
  }

  /** What the process keeps of a filed summary. */
  public record Filed(String reference, String periodLabel, String mailSummary, String downloadUrl) {}

  public Filed summariseAndFile(String reference, ReportPeriod period) {
    LearningNeedsSummary summary = summary(reference, period);
    ReportDocument document = filing.file(ReportDocument.Kind.LEARNING_NEEDS, reference, period, null,
        "Learning needs summary " + period.shortName() + ".pdf", HtmlToPdf.CONTENT_TYPE, pdf(summary),
        reference + "/summary");
    return new Filed(reference, period.label(), summary.mailSummary(), filing.downloadUrl(document));
  }

  public byte[] pdf(LearningNeedsSummary summary) {
    return documents.pdf("learning-needs", Map.of("s", summary), "The learning needs summary " + summary.reference());
  }

  private void add(List<LearningNeed> needs, Evaluation e, LearningNeed.Source source, String text) {
    if (text == null || text.isBlank()) {
      return;
    }
    needs.add(new LearningNeed(e.getReference(), e.getTeam().getCode(), e.getTeam().getName(),
        e.getTeam().getServiceArea().getName(), source, text.strip(), themes.of(text)));
  }

  static final String LEARNING_NEEDS = "learning-needs";

  private static String section14(Evaluation e, SectionJudgement.Stage stage) {
    return e.sections(stage).stream().filter(s -> LEARNING_NEEDS.equals(s.getPurpose()))
        .map(SectionJudgement::getCommentary).findFirst().orElse(null);
  }

  private LocalDate date(Object value) {
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    if (value instanceof java.util.Date d) {
      return d.toInstant().atZone(clock.getZone()).toLocalDate();
    }
    String text = value.toString().trim();
    try {
      return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (java.time.format.DateTimeParseException e) {
      throw new IllegalArgumentException("'" + text + "' is not a date.");
    }
  }
}
