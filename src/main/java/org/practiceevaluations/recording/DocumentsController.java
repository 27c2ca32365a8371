package org.practiceevaluations.recording;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.practiceevaluations.common.Problems;
import org.practiceevaluations.common.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The documents filed in children's files, over REST, for the audit team and the case's team
 * ({@link ChildRecordAccess}): the list of an evaluation's documents, and each document for download. A download
 * is checked against the SHA-256 recorded when it was filed, so a file changed on disk since is not handed out as
 * the evaluation.
 */
@RestController
public class DocumentsController {

  private static final Logger LOG = LoggerFactory.getLogger(DocumentsController.class);

  private final ChildRecordAccess access;
  private final FiledDocumentRepository documents;
  private final DocumentStore store;

  public DocumentsController(ChildRecordAccess access, FiledDocumentRepository documents, DocumentStore store) {
    this.access = access;
    this.documents = documents;
    this.store = store;
  }

  public record DocumentView(long id, String evaluationReference, String childReference, String folder,
      String fileName, String contentType, long size, String sha256, String location, Instant storedAt,
      String download) {
    static DocumentView of(FiledDocument d) {
      return new DocumentView(d.getId(), d.getEvaluationReference(), d.getChildReference(), d.getFolder(),
          d.getFileName(), d.getContentType(), d.getSize(), d.getSha256(), d.getLocation(), d.getStoredAt(),
          "/api/documents/" + d.getId());
    }
  }

  @GetMapping("/api/evaluations/{reference}/documents")
  public List<DocumentView> ofEvaluation(@PathVariable String reference) {
    access.requireReadableEvaluation(reference);
    return documents.findByEvaluationReferenceOrderByStoredAtDescIdDesc(reference).stream()
        .map(DocumentView::of).toList();
  }

  @GetMapping("/api/documents/{id}")
  public ResponseEntity<?> download(@PathVariable long id) {
    FiledDocument document = documents.findById(id).orElseThrow(() -> noDocument(id));
    try {
      access.requireReadable(document.getChildReference());
    } catch (NotFoundException e) {
      throw noDocument(id);
    }
    byte[] content;
    Optional<InputStream> opened = store.open(document.getLocation());
    if (opened.isEmpty()) {
      throw new NotFoundException("Document " + id + " cannot be handed out here: open it in the file store at "
          + document.getLocation() + ".");
    }
    try (InputStream in = opened.get()) {
      content = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("Document " + id + " could not be read", e);
    }
    if (!FileSystemDocumentStore.sha256(content).equals(document.getSha256())) {
      LOG.warn("Document {} no longer matches the SHA-256 recorded when it was filed: not handed out", id);
      return Problems.answer(HttpStatus.INTERNAL_SERVER_ERROR, "Document " + id
          + " has changed since it was filed, so it is not handed out. Ask the administrator to check the file store.");
    }
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(document.getContentType()))
        .contentLength(content.length)
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(document.getFileName(), StandardCharsets.UTF_8).build().toString())
        .header("X-Content-Type-Options", "nosniff")
        .cacheControl(CacheControl.noStore())
        .body(content);
  }

  private static NotFoundException noDocument(long id) {
    return new NotFoundException("No document " + id + ".");
  }
}
