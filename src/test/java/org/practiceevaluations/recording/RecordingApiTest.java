package org.practiceevaluations.recording;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.practiceevaluations.catalogue.Grade;
import org.practiceevaluations.demo.DemoDirectoryLoader;
import org.practiceevaluations.support.AppTest;
import org.practiceevaluations.support.EvaluationFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Who may read the case notes and documents over REST. The case is C104237 (Assessment Team North): team manager
 * pmurphy, practice manager lharris, allocated social worker ejones. lmoore is a social worker in another team,
 * cevans manages another team; kmorgan is the audit manager.
 */
@AppTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RecordingApiTest {

  static final String CHILD = "C104237";

  @Autowired TestRestTemplate rest;
  @Autowired EvaluationFixtures fixtures;
  @Autowired EvaluationRecording recording;
  @Autowired FileSystemDocumentStore store;

  String reference;
  FiledDocument pdf;

  @BeforeAll
  void recordAnEvaluation() {
    reference = fixtures.completed(Grade.REQUIRES_IMPROVEMENT);
    pdf = recording.saveEvaluationPdf(reference, "api-test/" + reference + "/pdf");
    recording.addCaseAuditNote(reference, NoteKind.EVALUATION_SUMMARY, ReAudit.NONE, "api-test/" + reference + "/note");
  }

  @ParameterizedTest
  @ValueSource(strings = {"kmorgan", "tpatel", "pmurphy", "lharris", "ejones"})
  void theAuditTeamAndTheCasesTeamReadTheCaseNotes(String user) {
    ResponseEntity<JsonNode> answer = as(user).getForEntity("/api/cases/{child}/case-notes", JsonNode.class, CHILD);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode note = find(answer.getBody(), "evaluationReference", reference);
    assertThat(note.get("category").asText()).isEqualTo("Case audit");
    assertThat(note.get("text").asText()).contains("Final grade: Requires improvement");
  }

  @ParameterizedTest
  @ValueSource(strings = {"lmoore", "cevans", "mbegum", "sclarke"})
  void anyoneElseIsToldThereIsNoSuchCase(String user) {
    assertThat(as(user).getForEntity("/api/cases/{child}/case-notes", String.class, CHILD).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(as(user).getForEntity("/api/evaluations/{ref}/case-notes", String.class, reference).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(as(user).getForEntity("/api/evaluations/{ref}/documents", String.class, reference).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(as(user).getForEntity("/api/documents/{id}", String.class, pdf.getId()).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void aCaseThatIsNotOnTheRegisterGetsTheSameAnswer() {
    ResponseEntity<String> unknown = as("lmoore").getForEntity("/api/cases/{c}/case-notes", String.class, "C999999");
    ResponseEntity<String> known = as("lmoore").getForEntity("/api/cases/{c}/case-notes", String.class, CHILD);

    assertThat(unknown.getStatusCode()).isEqualTo(known.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(unknown.getBody()).isEqualTo(known.getBody().replace(CHILD, "C999999"));
  }

  @Test
  void nobodyAnonymous() {
    assertThat(rest.getForEntity("/api/cases/{child}/case-notes", String.class, CHILD).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.getForEntity("/api/evaluations/{ref}/documents", String.class, reference).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.getForEntity("/api/documents/{id}", String.class, pdf.getId()).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    // Not a user the other tests log in as: a failed log-in delays that user's next log-ins (brute-force guard).
    assertThat(rest.withBasicAuth("bowen", "wrong").getForEntity("/api/documents/{id}", String.class, pdf.getId())
        .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @ParameterizedTest
  @ValueSource(strings = {"kmorgan", "pmurphy"})
  void theAuditTeamAndTheTeamManagerListAndDownloadTheEvaluationPdf(String user) {
    ResponseEntity<JsonNode> list = as(user).getForEntity("/api/evaluations/{ref}/documents", JsonNode.class,
        reference);
    assertThat(list.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode document = find(list.getBody(), "id", pdf.getId().toString());
    assertThat(document.get("fileName").asText()).isEqualTo(reference + " Practice evaluation.pdf");
    assertThat(document.get("folder").asText()).isEqualTo("Quality Assurances & Audit");
    assertThat(document.get("sha256").asText()).hasSize(64);

    ResponseEntity<byte[]> download = as(user).getForEntity(document.get("download").asText(), byte[].class);

    assertThat(download.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(download.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
    assertThat(download.getHeaders().getContentDisposition().getFilename())
        .isEqualTo(reference + " Practice evaluation.pdf");
    assertThat(download.getHeaders().getCacheControl()).contains("no-store");
    assertThat(new String(download.getBody(), 0, 5)).isEqualTo("%PDF-");
    assertThat(FileSystemDocumentStore.sha256(download.getBody())).isEqualTo(pdf.getSha256());
  }

  @Test
  void theEvaluationsCaseNotesAreListedToo() {
    ResponseEntity<JsonNode> answer = as("ejones").getForEntity("/api/evaluations/{ref}/case-notes", JsonNode.class,
        reference);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(answer.getBody()).hasSize(1);
    assertThat(answer.getBody().get(0).get("kind").asText()).isEqualTo("evaluation-summary");
  }

  @Test
  void aFileChangedOnDiskSinceItWasFiledIsNotHandedOut() throws IOException {
    String other = fixtures.completed(Grade.GOOD);
    FiledDocument filed = recording.saveEvaluationPdf(other, "api-test/" + other + "/pdf");
    Path file = store.root().resolve(filed.getLocation());
    byte[] bytes = Files.readAllBytes(file);
    bytes[bytes.length / 2] ^= 1;
    Files.write(file, bytes);

    ResponseEntity<String> answer = as("kmorgan").getForEntity("/api/documents/{id}", String.class, filed.getId());

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
    assertThat(answer.getBody()).contains("has changed since it was filed");
  }

  private TestRestTemplate as(String user) {
    return rest.withBasicAuth(user, DemoDirectoryLoader.DEMO_PASSWORD);
  }

  private static JsonNode find(JsonNode array, String field, String value) {
    for (JsonNode node : array) {
      if (value.equals(node.get(field).asText())) {
        return node;
      }
    }
    throw new AssertionError("No element with " + field + " = " + value + " in " + array);
  }
}
