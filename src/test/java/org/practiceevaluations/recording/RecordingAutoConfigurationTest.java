package org.practiceevaluations.recording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** How the case record and the document store are chosen, and how a council's own bean replaces the built-in. */
class RecordingAutoConfigurationTest {

  final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(RecordingAutoConfiguration.class))
      .withBean(CaseNoteEntryRepository.class, () -> mock(CaseNoteEntryRepository.class));

  @Test
  void byDefaultTheNotesGoToTheDatabaseAndTheFilesToTheFileSystem() {
    runner.withPropertyValues("practice-evaluations.document-store.root=target/auto-config-test").run(context -> {
      assertThat(context).getBean(CaseRecord.class).isInstanceOf(DatabaseCaseRecord.class);
      assertThat(context).getBean(DocumentStore.class).isInstanceOf(FileSystemDocumentStore.class);
      assertThat(context.getBean(FileSystemDocumentStore.class).root())
          .isEqualTo(java.nio.file.Path.of("target/auto-config-test").toAbsolutePath());
    });
  }

  @Test
  void aCouncilsOwnBeansReplaceTheBuiltInOnes() {
    runner.withUserConfiguration(CouncilSystems.class).run(context -> {
      assertThat(context).hasSingleBean(CaseRecord.class).doesNotHaveBean(DatabaseCaseRecord.class);
      assertThat(context).getBean(CaseRecord.class).isInstanceOf(MosaicCaseRecord.class);
      assertThat(context).hasSingleBean(DocumentStore.class).doesNotHaveBean(FileSystemDocumentStore.class);
      assertThat(context).getBean(DocumentStore.class).isInstanceOf(BoxDocumentStore.class);
    });
  }

  @Test
  void anotherTypeWithoutTheCouncilsBeanLeavesNoneSoTheApplicationWillNotStart() {
    runner.withPropertyValues("practice-evaluations.case-record.type=mosaic",
        "practice-evaluations.document-store.type=box").run(context -> {
          assertThat(context).doesNotHaveBean(CaseRecord.class);
          assertThat(context).doesNotHaveBean(DocumentStore.class);
        });
  }

  /** What a council writes: a configuration with one bean per system. */
  @Configuration(proxyBeanMethods = false)
  static class CouncilSystems {
    @Bean
    CaseRecord mosaicCaseRecord() {
      return new MosaicCaseRecord();
    }

    @Bean
    DocumentStore boxDocumentStore() {
      return new BoxDocumentStore();
    }
  }

  static class MosaicCaseRecord implements CaseRecord {
    @Override
    public String addCaseNote(CaseNote note) {
      return "mosaic-1";
    }
  }

  static class BoxDocumentStore implements DocumentStore {
    @Override
    public StoredFile save(NewDocument document) {
      return StoredFile.of("box://1", document.fileName(), document.content());
    }
  }
}
