package org.practiceevaluations.reporting;

import org.practiceevaluations.filing.FileSystemReportStore;
import org.practiceevaluations.filing.ReportStore;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.practiceevaluations.recording.DocumentStore;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** How the report store is chosen, and how a council's own store replaces the built-in one. */
class ReportingAutoConfigurationTest {

  final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(ReportingAutoConfiguration.class));

  @Test
  void byDefaultReportsGoToTheFileSystem() {
    runner.withPropertyValues("practice-evaluations.report-store.root=target/report-store-test").run(context ->
        assertThat(context.getBean(FileSystemReportStore.class).root())
            .isEqualTo(java.nio.file.Path.of("target/report-store-test").toAbsolutePath()));
  }

  @Test
  void aCouncilsOwnStoreReplacesTheBuiltInOneAndAnotherTypeWithoutItLeavesNone() {
    runner.withBean(ReportStore.class, () -> report -> new DocumentStore.StoredFile("sharepoint:1", "f", 1, "x"))
        .run(context -> assertThat(context).hasSingleBean(ReportStore.class)
            .doesNotHaveBean(FileSystemReportStore.class));
    runner.withPropertyValues("practice-evaluations.report-store.type=sharepoint")
        .run(context -> assertThat(context).doesNotHaveBean(ReportStore.class));
  }
}
