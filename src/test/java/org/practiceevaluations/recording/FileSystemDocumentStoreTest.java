package org.practiceevaluations.recording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.practiceevaluations.recording.DocumentStore.NewDocument;
import org.practiceevaluations.recording.DocumentStore.StoredFile;

/** The built-in file store on a temporary folder: where files go, never over another, never outside the root. */
class FileSystemDocumentStoreTest {

  static final String FOLDER = DocumentStore.QUALITY_ASSURANCE_FOLDER;

  @TempDir Path temp;
  Path root;
  FileSystemDocumentStore store;

  @BeforeEach
  void store() {
    root = temp.resolve("documents");
    store = new FileSystemDocumentStore(root);
  }

  @Test
  void savesInTheChildsFileUnderQualityAssurancesAndAudit() throws IOException {
    StoredFile stored = store.save(pdf("C104237", "PE-2026-0042 Practice evaluation.pdf", "first", "key-1"));

    Path expected = root.resolve("C104237").resolve("Quality Assurances & Audit")
        .resolve("PE-2026-0042 Practice evaluation.pdf");
    assertThat(expected).hasContent("first");
    assertThat(stored.location()).isEqualTo("C104237/Quality Assurances & Audit/PE-2026-0042 Practice evaluation.pdf");
    assertThat(stored.fileName()).isEqualTo("PE-2026-0042 Practice evaluation.pdf");
    assertThat(stored.size()).isEqualTo(5);
    assertThat(stored.sha256()).isEqualTo(FileSystemDocumentStore.sha256("first".getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void neverOverwritesAnEarlierFileButSavesUnderANewName() throws IOException {
    store.save(pdf("C104237", "Evaluation.pdf", "first", "key-1"));
    StoredFile second = store.save(pdf("C104237", "Evaluation.pdf", "second", "key-2"));
    StoredFile third = store.save(pdf("C104237", "Evaluation.pdf", "third", "key-3"));

    Path folder = root.resolve("C104237").resolve(FOLDER);
    assertThat(folder.resolve("Evaluation.pdf")).hasContent("first");
    assertThat(second.fileName()).isEqualTo("Evaluation (2).pdf");
    assertThat(folder.resolve("Evaluation (2).pdf")).hasContent("second");
    assertThat(third.fileName()).isEqualTo("Evaluation (3).pdf");
    assertThat(filesIn(folder)).hasSize(3);
  }

  @Test
  void theSameKeyAgainFindsTheFirstFileAndSavesNothing() throws IOException {
    StoredFile first = store.save(pdf("C104237", "Evaluation.pdf", "rendered once", "PE-2026-0042/evaluation-pdf/x"));
    StoredFile retry = store.save(pdf("C104237", "Evaluation.pdf", "rendered again", "PE-2026-0042/evaluation-pdf/x"));

    assertThat(retry).isEqualTo(first);
    assertThat(filesIn(root.resolve("C104237").resolve(FOLDER))).hasSize(1);
    assertThat(root.resolve(first.location())).hasContent("rendered once");
  }

  @Test
  void aKeyWhoseFileWasRemovedByHandSavesTheDocumentAgain() throws IOException {
    StoredFile first = store.save(pdf("C104237", "Evaluation.pdf", "one", "key-1"));
    Files.delete(root.resolve(first.location()));

    StoredFile again = store.save(pdf("C104237", "Evaluation.pdf", "two", "key-1"));

    assertThat(root.resolve(again.location())).hasContent("two");
  }

  @Test
  void keepsItsKeysOutsideTheChildrensFiles() throws IOException {
    store.save(pdf("C104237", "Evaluation.pdf", "one", "key-1"));

    try (Stream<Path> top = Files.list(root)) {
      assertThat(top.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("C104237", ".keys");
    }
    assertThat(filesIn(root.resolve("C104237").resolve(FOLDER))).containsExactly("Evaluation.pdf");
  }

  @ParameterizedTest
  @ValueSource(strings = {"../outside", "..", ".", "C1/../../outside", "/etc", "C1//x", ".hidden", "C1\\..\\x",
      "C1 2", "", "C10000000000000000000000000000000000000000"})
  void refusesChildReferencesThatLeadElsewhere(String childReference) {
    assertThatThrownBy(() -> store.save(pdf(childReference, "Evaluation.pdf", "x", "k")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("child reference");
    assertThat(temp.resolve("outside")).doesNotExist();
  }

  @ParameterizedTest
  @ValueSource(strings = {"../x.pdf", "../../etc/passwd", "a/b.pdf", "a\\b.pdf", ".hidden.pdf", "..", "x..pdf",
      "name\u0000.pdf", "line\nbreak.pdf", "colon:.pdf", "trailing.", " leading.pdf", ""})
  void refusesFileNamesThatLeadElsewhere(String fileName) {
    assertThatThrownBy(() -> store.save(pdf("C104237", fileName, "x", "k")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("file name");
  }

  @Test
  void refusesAFolderThatLeadsElsewhere() {
    assertThatThrownBy(() -> store.save(new NewDocument("C104237", "../../x", "a.pdf", "application/pdf",
        new byte[] {1}, "k"))).hasMessageContaining("folder");
  }

  @Test
  void aChildReferenceWithASlashIsOneFolder() throws IOException {
    StoredFile stored = store.save(pdf("LA/12345", "Evaluation.pdf", "x", "k"));

    assertThat(root.resolve("LA%2F12345").resolve(FOLDER).resolve("Evaluation.pdf")).hasContent("x");
    assertThat(stored.location()).startsWith("LA%2F12345/");
  }

  @Test
  void refusesAChildsFolderThatIsALinkOutOfTheRoot() throws IOException {
    Path outside = Files.createDirectories(temp.resolve("outside"));
    Files.createDirectories(root);
    Files.createSymbolicLink(root.resolve("C999"), outside);

    assertThatThrownBy(() -> store.save(pdf("C999", "Evaluation.pdf", "x", "k")))
        .hasMessageContaining("outside the document store's root");
    try (Stream<Path> files = Files.walk(outside)) {
      assertThat(files.filter(Files::isRegularFile)).isEmpty();
    }
  }

  @Test
  void opensWhatItSavedAndNothingOutsideTheRoot() throws IOException {
    StoredFile stored = store.save(pdf("C104237", "Evaluation.pdf", "content", "k"));
    Files.writeString(temp.resolve("secret.txt"), "secret");

    try (InputStream in = store.open(stored.location()).orElseThrow()) {
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("content");
    }
    assertThatThrownBy(() -> store.open("../secret.txt")).isInstanceOf(IllegalArgumentException.class);
    assertThat(store.open("C104237/" + FOLDER + "/missing.pdf")).isEmpty();
  }

  @Test
  void filesAndFoldersAreForTheApplicationsUserOnly() throws IOException {
    StoredFile stored = store.save(pdf("C104237", "Evaluation.pdf", "x", "k"));
    if (!Files.getFileStore(root).supportsFileAttributeView("posix")) {
      return;
    }
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(root.resolve(stored.location()))))
        .isEqualTo("rw-------");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(root.resolve("C104237"))))
        .isEqualTo("rwx------");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(root.resolve("C104237").resolve(FOLDER))))
        .isEqualTo("rwx------");
  }

  private static NewDocument pdf(String child, String fileName, String content, String key) {
    return new NewDocument(child, FOLDER, fileName, "application/pdf", content.getBytes(StandardCharsets.UTF_8), key);
  }

  private static java.util.List<String> filesIn(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
