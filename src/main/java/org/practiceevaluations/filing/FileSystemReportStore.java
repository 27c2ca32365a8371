package org.practiceevaluations.filing;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;
import org.practiceevaluations.recording.DocumentStore;
import org.practiceevaluations.recording.FileSystemDocumentStore;

/**
 * The built-in report store: {@code <root>/<collection>/<period>/<file name>}, e.g.
 * {@code ./data/reports/quarterly-reports/2027 Q1/Practice evaluations quarterly report 2027 Q1.pdf}.
 *
 * <p>It is the built-in document store's file layout with the kind of report where a child's reference would be,
 * so it has the same guarantees: never overwrites (a suffix instead), idempotent on the key (remembered beside the
 * files, under {@code .keys}), no way out of the root, files readable by the application's user only.
 */
public class FileSystemReportStore implements ReportStore {

  private final FileSystemDocumentStore files;

  public FileSystemReportStore(Path root) {
    this.files = new FileSystemDocumentStore(root);
  }

  public Path root() {
    return files.root();
  }

  @Override
  public DocumentStore.StoredFile save(NewReport report) {
    return files.save(new DocumentStore.NewDocument(report.collection(), report.folder(), report.fileName(),
        report.contentType(), report.content(), report.idempotencyKey()));
  }

  @Override
  public Optional<InputStream> open(String location) {
    return files.open(location);
  }
}
