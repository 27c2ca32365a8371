package org.practiceevaluations.recording;

import org.practiceevaluations.common.StepFailure;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The built-in document store: the child's file is a folder on disk,
 * {@code <root>/<child reference>/<folder>/<file name>}, e.g.
 * {@code ./data/documents/C104237/Quality Assurances & Audit/PE-2026-0042 Practice evaluation.pdf}.
 *
 * <ul>
 *   <li><b>Never overwrites.</b> A name already taken gets a suffix ({@code ... (2).pdf}); the file is created with
 *       {@code CREATE_NEW}, which the operating system refuses atomically when the name exists.</li>
 *   <li><b>No way out of the root.</b> Child reference, folder and file name are checked against a short list of
 *       characters ({@code ../}, separators, control characters are refused); the resolved path, and the real path
 *       of the folder after creation (symbolic links), must lie under the root. A child reference with a slash
 *       ({@code C/123}, which the case register allows) becomes the folder {@code C%2F123}.</li>
 *   <li><b>Idempotent.</b> A file cannot join the database transaction of the process step that saves it: when
 *       the step fails after saving, the database forgets the document but the file stays on disk. So the store
 *       remembers each idempotency key itself, in {@code <root>/.keys/<SHA-256 of the key>.properties}, written
 *       after the file; the retry finds the key and answers with the file saved the first time. The key files
 *       live outside the children's folders, so people browsing a child's file see only documents.</li>
 *   <li>Files and folders are readable by the application's own user only (on file systems with POSIX
 *       permissions): they hold children's personal data.</li>
 * </ul>
 */
public class FileSystemDocumentStore implements DocumentStore {

  private static final Logger LOG = LoggerFactory.getLogger(FileSystemDocumentStore.class);

  /** The case register's characters for a child reference, at most 40. */
  private static final Pattern CHILD_REFERENCE = Pattern.compile("[A-Za-z0-9/_.-]{1,40}");
  /** Folder and file names: letters, digits, space and a few harmless marks; no separators, no control chars. */
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9 ._()&,'+-]{1,150}");
  private static final String KEYS_FOLDER = ".keys";
  private static final int MAX_SUFFIX = 10_000;
  private static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");
  private static final Set<PosixFilePermission> OWNER_DIR = PosixFilePermissions.fromString("rwx------");

  private final Path root;

  public FileSystemDocumentStore(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  public Path root() {
    return root;
  }

  @Override
  public StoredFile save(NewDocument document) {
    String childFolder = childFolder(document.childReference());
    String folder = checkName(document.folder(), "folder");
    String fileName = checkName(document.fileName(), "file name");
    try {
      Path realRoot = createDirectories(root).toRealPath();
      Optional<StoredFile> earlier = findByKey(document.idempotencyKey());
      if (earlier.isPresent()) {
        LOG.info("Document with this idempotency key already saved as {}: not saved again", earlier.get().location());
        return earlier.get();
      }
      // Each level is checked after it exists: a symbolic link planted in the root must not lead out of it.
      Path childDirectory = realInside(realRoot, createDirectories(inside(realRoot, realRoot.resolve(childFolder))));
      Path realDirectory = realInside(realRoot, createDirectories(inside(realRoot, childDirectory.resolve(folder))));
      Path file = writeNew(realDirectory, fileName, document.content());
      String location = realRoot.relativize(file).toString().replace('\\', '/');
      StoredFile stored = StoredFile.of(location, file.getFileName().toString(), document.content());
      try {
        rememberKey(realRoot, document.idempotencyKey(), stored);
      } catch (IOException | RuntimeException e) {
        // Without its key the file would be saved a second time on retry: take it back, so the retry starts clean.
        Files.deleteIfExists(file);
        throw e;
      }
      LOG.info("Document saved in the file store as {}", location);
      return stored;
    } catch (IOException e) {
      throw new UncheckedIOException(StepFailure.FILE_STORE.say(java.util.Map.of("action", "save"),
          "The document store could not save the file: " + e.getMessage()), e);
    }
  }

  @Override
  public boolean delete(String location) {
    try {
      Path realRoot = root.toRealPath();
      Path file = inside(realRoot, realRoot.resolve(location));
      if (!Files.isRegularFile(file) || !file.toRealPath().startsWith(realRoot)) {
        return false;
      }
      Files.delete(file);
      return true;
    } catch (NoSuchFileException e) {
      return false;
    } catch (IOException e) {
      throw new UncheckedIOException(StepFailure.FILE_STORE.say(java.util.Map.of("action", "delete"),
          "The document store could not delete the file: " + e.getMessage()), e);
    }
  }

  @Override
  public Optional<InputStream> open(String location) {
    try {
      Path realRoot = root.toRealPath();
      Path file = inside(realRoot, realRoot.resolve(location));
      if (!Files.isRegularFile(file) || !file.toRealPath().startsWith(realRoot)) {
        return Optional.empty();
      }
      return Optional.of(Files.newInputStream(file));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException(StepFailure.FILE_STORE.say(java.util.Map.of("action", "open"),
          "The document store could not open the file: " + e.getMessage()), e);
    }
  }

  /** The folder name of a child's file: the reference, with {@code /} written as {@code %2F}. */
  static String childFolder(String childReference) {
    if (childReference == null || !CHILD_REFERENCE.matcher(childReference).matches()) {
      throw new IllegalArgumentException("Not a child reference the document store accepts: it must be 1 to 40 "
          + "letters, digits, '/', '_', '.' or '-'.");
    }
    for (String segment : childReference.split("/", -1)) {
      if (segment.isEmpty() || segment.equals(".") || segment.equals("..") || segment.startsWith(".")) {
        throw new IllegalArgumentException("Not a child reference the document store accepts: no part of it may be "
            + "empty or start with a dot.");
      }
    }
    return childReference.replace("/", "%2F");
  }

  static String checkName(String name, String what) {
    if (name == null || !NAME.matcher(name).matches() || name.startsWith(".") || name.startsWith(" ")
        || name.endsWith(".") || name.endsWith(" ") || name.contains("..")) {
      throw new IllegalArgumentException("Not a " + what + " the document store accepts: 1 to 150 letters, digits, "
          + "spaces and . _ ( ) & , ' + -, not starting or ending with a dot or space, no '..'.");
    }
    return name;
  }

  private static Path inside(Path realRoot, Path path) {
    Path normal = path.toAbsolutePath().normalize();
    if (!normal.startsWith(realRoot) || normal.equals(realRoot)) {
      throw new IllegalArgumentException("The path leads outside the document store's root.");
    }
    return normal;
  }

  private static Path realInside(Path realRoot, Path path) throws IOException {
    Path real = path.toRealPath();
    if (!real.startsWith(realRoot) || real.equals(realRoot)) {
      throw new IllegalArgumentException("The child's folder leads outside the document store's root.");
    }
    return real;
  }

  /** Creates the file under the first free name: {@code name.ext}, {@code name (2).ext}, {@code name (3).ext}. */
  private static Path writeNew(Path directory, String fileName, byte[] content) throws IOException {
    int dot = fileName.lastIndexOf('.');
    String base = dot > 0 ? fileName.substring(0, dot) : fileName;
    String extension = dot > 0 ? fileName.substring(dot) : "";
    for (int n = 1; n <= MAX_SUFFIX; n++) {
      Path candidate = directory.resolve(n == 1 ? fileName : base + " (" + n + ")" + extension);
      try (FileChannel channel = FileChannel.open(candidate, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
        restrictToOwner(candidate, OWNER_FILE);
        try (OutputStream out = Channels.newOutputStream(channel)) {
          out.write(content);
          out.flush();
          channel.force(true);
        } catch (IOException | RuntimeException e) {
          Files.deleteIfExists(candidate);
          throw e;
        }
        return candidate;
      } catch (FileAlreadyExistsException taken) {
        // an earlier document has this name: try the next suffix
      }
    }
    throw new IOException("More than " + MAX_SUFFIX + " files with this name in the folder.");
  }

  private Optional<StoredFile> findByKey(String idempotencyKey) throws IOException {
    Path keyFile = keyFile(idempotencyKey);
    if (!Files.isRegularFile(keyFile)) {
      return Optional.empty();
    }
    Properties properties = new Properties();
    try (InputStream in = Files.newInputStream(keyFile)) {
      properties.load(in);
    }
    String location = properties.getProperty("location");
    String fileName = properties.getProperty("fileName");
    String sha256 = properties.getProperty("sha256");
    String size = properties.getProperty("size");
    if (location == null || fileName == null || sha256 == null || size == null
        || !Files.isRegularFile(root.resolve(location))) {
      // the key outlived its file (removed by hand): save the document again
      return Optional.empty();
    }
    return Optional.of(new StoredFile(location, fileName, Long.parseLong(size), sha256));
  }

  private void rememberKey(Path realRoot, String idempotencyKey, StoredFile stored) throws IOException {
    Path keys = createDirectories(realRoot.resolve(KEYS_FOLDER));
    Properties properties = new Properties();
    properties.setProperty("location", stored.location());
    properties.setProperty("fileName", stored.fileName());
    properties.setProperty("size", Long.toString(stored.size()));
    properties.setProperty("sha256", stored.sha256());
    Path temporary = keys.resolve(UUID.randomUUID() + ".tmp");
    try (OutputStream out = Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW)) {
      properties.store(out, null);
    }
    Files.move(temporary, keyFile(idempotencyKey), StandardCopyOption.REPLACE_EXISTING,
        StandardCopyOption.ATOMIC_MOVE);
  }

  private Path keyFile(String idempotencyKey) {
    if (idempotencyKey == null || idempotencyKey.isBlank()) {
      throw new IllegalArgumentException("A document needs an idempotency key.");
    }
    return root.resolve(KEYS_FOLDER).resolve(sha256(idempotencyKey.getBytes(StandardCharsets.UTF_8)) + ".properties");
  }

  private static Path createDirectories(Path directory) throws IOException {
    if (!Files.isDirectory(directory)) {
      Files.createDirectories(directory);
      restrictToOwner(directory, OWNER_DIR);
    }
    return directory;
  }

  private static void restrictToOwner(Path path, Set<PosixFilePermission> permissions) throws IOException {
    if (Files.getFileStore(path).supportsFileAttributeView("posix")) {
      Files.setPosixFilePermissions(path, permissions);
    }
  }

  /** The SHA-256 of the bytes, in lower-case hex. */
  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
