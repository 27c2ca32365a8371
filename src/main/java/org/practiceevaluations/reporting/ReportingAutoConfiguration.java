package org.practiceevaluations.reporting;

import java.nio.file.Path;
import org.practiceevaluations.filing.FileSystemReportStore;
import org.practiceevaluations.filing.ReportStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/**
 * Chooses the report store, as {@code RecordingAutoConfiguration} chooses the document store: a council's own bean
 * implementing {@link ReportStore} replaces the built-in one; otherwise
 * {@code practice-evaluations.report-store.type: filesystem} (default) keeps the reports under
 * {@code practice-evaluations.report-store.root} (default {@code ./data/reports}). Any other type without the
 * council's bean leaves none, and the application does not start.
 */
@AutoConfiguration
public class ReportingAutoConfiguration {

  @Bean
  @ConditionalOnMissingBean(ReportStore.class)
  @ConditionalOnProperty(name = "practice-evaluations.report-store.type", havingValue = "filesystem",
      matchIfMissing = true)
  public FileSystemReportStore fileSystemReportStore(
      @Value("${practice-evaluations.report-store.root:./data/reports}") String root) {
    return new FileSystemReportStore(Path.of(root));
  }
}
