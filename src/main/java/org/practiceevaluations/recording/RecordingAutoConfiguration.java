package org.practiceevaluations.recording;

import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/**
 * Chooses the case record and the document store. An auto-configuration (listed in
 * {@code META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports}, so it is not
 * component-scanned) because it runs after every other configuration: a council's own bean implementing
 * {@link CaseRecord} or {@link DocumentStore}, declared anywhere, is seen first and replaces the built-in one.
 *
 * <ul>
 *   <li>{@code practice-evaluations.case-record.type: database} (default): {@link DatabaseCaseRecord}.</li>
 *   <li>{@code practice-evaluations.document-store.type: filesystem} (default): {@link FileSystemDocumentStore}
 *       under {@code practice-evaluations.document-store.root} (default {@code ./data/documents}).</li>
 * </ul>
 * Any other type means "the council supplies it": without the council's bean the application does not start.
 */
@AutoConfiguration
public class RecordingAutoConfiguration {

  @Bean
  @ConditionalOnMissingBean(CaseRecord.class)
  @ConditionalOnProperty(name = "practice-evaluations.case-record.type", havingValue = "database",
      matchIfMissing = true)
  public DatabaseCaseRecord databaseCaseRecord(CaseNoteEntryRepository notes) {
    return new DatabaseCaseRecord(notes);
  }

  @Bean
  @ConditionalOnMissingBean(DocumentStore.class)
  @ConditionalOnProperty(name = "practice-evaluations.document-store.type", havingValue = "filesystem",
      matchIfMissing = true)
  public FileSystemDocumentStore fileSystemDocumentStore(
      @Value("${practice-evaluations.document-store.root:./data/documents}") String root) {
    return new FileSystemDocumentStore(Path.of(root));
  }
}
