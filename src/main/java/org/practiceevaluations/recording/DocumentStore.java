package org.practiceevaluations.recording;

import java.io.InputStream;
import java.util.Optional;

/**
 * The child's file in the council's document store (the "box file"), where the audit team saves the full
 * evaluation as a PDF under "Quality Assurances &amp; Audit" (docs/guide.md, "Recording", "Cases of concern").
 *
 * <p>The built-in implementation ({@link FileSystemDocumentStore}, {@code practice-evaluations.document-store.type:
 * filesystem}) writes to a folder on disk. A council connects its own file store by declaring one Spring bean that
 * implements this interface; it then replaces the built-in one. Whichever store is used, the application keeps a
 * row per document filed (table {@code pe_document}) so the audit team can list what was filed and where.
 *
 * <p>Implementations are called from asynchronous process steps that are retried when they fail, so
 * {@link #save} must be idempotent on {@link NewDocument#idempotencyKey()}: a second call with a key already saved
 * stores nothing new and returns where the first one went. A store must never overwrite an earlier file.
 */
public interface DocumentStore {

  /** The folder of the child's file the guide names for audits. */
  String QUALITY_ASSURANCE_FOLDER = "Quality Assurances & Audit";

  /**
   * A file to save in a child's file.
   *
   * @param childReference the child's reference (as in the case register)
   * @param folder the folder within the child's file, e.g. {@link #QUALITY_ASSURANCE_FOLDER}
   * @param fileName the file name wanted; the store may change it (a suffix) rather than overwrite a file
   * @param contentType e.g. {@code application/pdf}
   * @param content the bytes
   * @param idempotencyKey the same key for every retry of the same step (at most 500 characters)
   */
  record NewDocument(String childReference, String folder, String fileName, String contentType, byte[] content,
      String idempotencyKey) {}

  /**
   * Where a document went, and what the store holds there.
   *
   * @param location how this store finds it again: a path, an id or an address (at most 1,000 characters)
   * @param fileName the name it was saved under
   * @param size the size in bytes of the file the store holds
   * @param sha256 the SHA-256 (hex) of the file the store holds; on a retry that found the file saved the first
   *     time, the first file's (a re-rendered PDF differs in its creation date)
   */
  record StoredFile(String location, String fileName, long size, String sha256) {

    /** For a file saved just now with this content. */
    public static StoredFile of(String location, String fileName, byte[] content) {
      return new StoredFile(location, fileName, content.length, FileSystemDocumentStore.sha256(content));
    }
  }

  /** Saves the document, once per idempotency key, never over an earlier file. */
  StoredFile save(NewDocument document);

  /**
   * Opens a document this store saved, for download through the application. A store that cannot (or should
   * not) hand documents back answers empty; people then open the document in the council's own file store.
   */
  default Optional<InputStream> open(String location) {
    return Optional.empty();
  }

  /**
   * Deletes a file the application filed, when the retention schedule says its time is up (ADR 0019). Returns false
   * when the store keeps its files under its own retention schedule (a council's file store: the default), or the
   * file is not there.
   */
  default boolean delete(String location) {
    return false;
  }
}
