package org.practiceevaluations.filing;

import java.io.InputStream;
import java.util.Optional;
import org.practiceevaluations.recording.DocumentStore;

/**
 * Where service-wide reports are kept: the quarterly reports, the learning needs summaries, the QA meeting packs
 * (ADR 0008). Not a child's file: these documents belong to no child, go to managers across the service, and a
 * council usually keeps them on a shared drive or an intranet site, not in its case-management file store.
 *
 * <p>The built-in implementation ({@link FileSystemReportStore}, {@code practice-evaluations.report-store.type:
 * filesystem}) writes under a folder on disk. A council connects its own store by declaring one Spring bean that
 * implements this interface. Whichever store is used, the application keeps a row per file
 * ({@code pe_report_document}) so people can list and download them.
 *
 * <p>Called from asynchronous process steps that are retried, so {@link #save} must be idempotent on the key, and
 * must never overwrite an earlier file.
 */
public interface ReportStore {

  /**
   * A report file to keep.
   *
   * @param collection the kind of report, as a folder: {@code quarterly-reports}, {@code learning-needs},
   *     {@code qa-meeting-packs}
   * @param folder the period within it, e.g. {@code 2027 Q1}
   * @param fileName the file name wanted; the store may change it rather than overwrite a file
   * @param idempotencyKey the same key for every retry of the same step (at most 500 characters)
   */
  record NewReport(String collection, String folder, String fileName, String contentType, byte[] content,
      String idempotencyKey) {}

  /** Saves the file, once per idempotency key, never over an earlier file. */
  DocumentStore.StoredFile save(NewReport report);

  /** Opens a file this store saved, for download through the application; empty when the store cannot. */
  default Optional<InputStream> open(String location) {
    return Optional.empty();
  }
}
