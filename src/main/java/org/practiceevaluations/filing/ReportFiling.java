package org.practiceevaluations.filing;

import java.time.Clock;
import java.util.Optional;
import org.practiceevaluations.common.BaseUrl;
import org.practiceevaluations.recording.DocumentStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files a report in the {@link ReportStore} and records it ({@code pe_report_document}), once per idempotency key:
 * a retried step finds the row (or, if the row was rolled back, the store finds its key) and files nothing new.
 */
@Service
@Transactional
public class ReportFiling {

  private static final Logger LOG = LoggerFactory.getLogger(ReportFiling.class);

  private final ReportStore store;
  private final ReportDocumentRepository documents;
  private final Clock clock;
  private final BaseUrl baseUrl;

  public ReportFiling(ReportStore store, ReportDocumentRepository documents, Clock clock, BaseUrl baseUrl) {
    this.store = store;
    this.documents = documents;
    this.clock = clock;
    this.baseUrl = baseUrl;
  }

  public ReportDocument file(ReportDocument.Kind kind, String reference, ReportPeriod period, String areaCode,
      String fileName, String contentType, byte[] content, String idempotencyKey) {
    Optional<ReportDocument> earlier = documents.findByIdempotencyKey(idempotencyKey);
    if (earlier.isPresent()) {
      LOG.info("Report file {} of {} already filed as document {}: not filed again", fileName, reference,
          earlier.get().getId());
      return earlier.get();
    }
    String folder = safeName(period.shortName());
    DocumentStore.StoredFile stored = store.save(new ReportStore.NewReport(kind.collection(), folder,
        safeName(fileName), contentType, content, idempotencyKey));
    ReportDocument filed = documents.saveAndFlush(new ReportDocument(kind, reference, period, areaCode, folder,
        stored.fileName(), contentType, stored.size(), stored.sha256(), stored.location(), clock.instant(),
        idempotencyKey));
    LOG.info("Report file of {} filed as document {} ({} bytes)", reference, filed.getId(), stored.size());
    return filed;
  }

  /**
   * Where people open it from a mail: {@code <base URL>/reports/documents/<id>}, a page of the application that
   * sends them to log in first when they are not ({@link ReportLinksController}), never the API itself.
   */
  public String downloadUrl(ReportDocument document) {
    return baseUrl.to(ReportLinksController.PAGE + document.getId());
  }

  /** A file or folder name any store accepts: letters, digits, spaces and . _ ( ) &amp; , ' + - only. */
  public static String safeName(String name) {
    String safe = name.replaceAll("[^A-Za-z0-9 ._()&,'+-]", " ").replaceAll("\\s+", " ").replaceAll("\\.{2,}", ".")
        .strip();
    while (safe.startsWith(".")) {
      safe = safe.substring(1).strip();
    }
    if (safe.length() > 150) {
      safe = safe.substring(0, 150).strip();
    }
    return safe.isEmpty() ? "report" : safe;
  }
}
