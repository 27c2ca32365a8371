package org.practiceevaluations.reporting;

import org.practiceevaluations.filing.FileSystemReportStore;
import org.practiceevaluations.filing.ReportStore;
import org.practiceevaluations.filing.ReportFiling;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.practiceevaluations.recording.DocumentStore;

/** The built-in report store: where files go, once per key, never over another, never out of the root. */
class FileSystemReportStoreTest {

  @TempDir
  Path root;

  @Test
  void aReportGoesUnderItsKindAndPeriodOncePerKeyAndNeverOverAnEarlierOne() throws Exception {
    FileSystemReportStore store = new FileSystemReportStore(root);
    byte[] content = "pdf".getBytes(StandardCharsets.UTF_8);

    DocumentStore.StoredFile first = store.save(new ReportStore.NewReport("quarterly-reports", "2027 Q1",
        "Report 2027 Q1.pdf", "application/pdf", content, "QR-2027-0001/report"));
    DocumentStore.StoredFile retried = store.save(new ReportStore.NewReport("quarterly-reports", "2027 Q1",
        "Report 2027 Q1.pdf", "application/pdf", content, "QR-2027-0001/report"));
    DocumentStore.StoredFile second = store.save(new ReportStore.NewReport("quarterly-reports", "2027 Q1",
        "Report 2027 Q1.pdf", "application/pdf", content, "QR-2027-0002/report"));

    assertThat(first.location()).isEqualTo("quarterly-reports/2027 Q1/Report 2027 Q1.pdf");
    assertThat(retried).isEqualTo(first);
    assertThat(second.location()).isEqualTo("quarterly-reports/2027 Q1/Report 2027 Q1 (2).pdf");
    assertThat(Files.readAllBytes(root.resolve(first.location()))).isEqualTo(content);
    assertThat(store.open(second.location())).isPresent();
    assertThatThrownBy(() -> store.save(new ReportStore.NewReport("quarterly-reports", "..", "x.pdf",
        "application/pdf", content, "k"))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void namesAnyStoreAcceptsAreMadeFromAnyText() {
    assertThat(ReportFiling.safeName("QA meeting pack: Children's Services/East, March 2027.pdf"))
        .isEqualTo("QA meeting pack Children's Services East, March 2027.pdf");
    assertThat(ReportFiling.safeName("..hidden")).isEqualTo("hidden");
    assertThat(ReportFiling.safeName("***")).isEqualTo("report");
  }
}
