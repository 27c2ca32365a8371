package org.practiceevaluations.catalogue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.practiceevaluations.common.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The versions of the evaluation tool (ADR 0020). A new version applies to evaluations allocated after it is
 * imported; each evaluation records the version it was allocated with and keeps it to the end. The file the
 * application ships ({@code catalogue/evaluation-catalogue.json}) becomes the first version when there is none; a
 * council replaces it by importing its own ({@code POST /api/catalogue}), never by a release.
 */
@Service
public class Catalogues {

  /** The shipped catalogue, on the class path. */
  public static final String SHIPPED = "catalogue/evaluation-catalogue.json";
  private static final Logger LOG = LoggerFactory.getLogger(Catalogues.class);

  private final CatalogueVersionRepository versions;
  private final Clock clock;
  private final ObjectMapper json;
  private final Map<Integer, Catalogue> parsed = new ConcurrentHashMap<>();

  public Catalogues(CatalogueVersionRepository versions, Clock clock, ObjectMapper json) {
    this.json = json;
    this.versions = versions;
    this.clock = clock;
  }

  /** What an import did: a new version, or nothing because the file is the current version already. */
  public record Imported(Catalogue catalogue, boolean created) {}

  /** The version new evaluations get; imports the shipped file first when no version exists. */
  @Transactional
  public Catalogue current() {
    Optional<Integer> latest = versions.latestVersion();
    if (latest.isEmpty()) {
      return importFile(shipped(), "application").catalogue();
    }
    return version(latest.get());
  }

  /** A version by its number, as it was imported. */
  @Transactional(readOnly = true)
  public Catalogue version(int version) {
    Catalogue known = parsed.get(version);
    if (known != null) {
      return known;
    }
    CatalogueVersion row = versions.findById(version)
        .orElseThrow(() -> new NotFoundException("No catalogue version " + version + "."));
    Catalogue catalogue = CatalogueFile.read(row.getContent(), json).asVersion(row.getVersion(), row.getImportedAt(),
        row.getImportedBy());
    parsed.put(version, catalogue);
    return catalogue;
  }

  /**
   * The version an evaluation was allocated with, given its recorded version (the current one for an evaluation that
   * has none recorded).
   */
  @Transactional
  public Catalogue of(Integer allocatedVersion) {
    return allocatedVersion == null ? current() : version(allocatedVersion);
  }

  /** The file a version was imported from, as it was. */
  @Transactional(readOnly = true)
  public String content(int version) {
    return versions.findById(version).map(CatalogueVersion::getContent)
        .orElseThrow(() -> new NotFoundException("No catalogue version " + version + "."));
  }

  /** Every version, newest first. */
  @Transactional(readOnly = true)
  public List<Catalogue> all() {
    return versions.findAll().stream().map(v -> version(v.getVersion()))
        .sorted((a, b) -> Integer.compare(b.version(), a.version())).toList();
  }

  /**
   * Checks a file and keeps it as the next version ({@link CatalogueFile.CatalogueRefused} with every problem when
   * it cannot be used). A file that says exactly what the current version says creates nothing.
   */
  @Transactional
  public Imported importFile(String json, String importedBy) {
    Catalogue checked = CatalogueFile.read(json, this.json);
    Optional<Integer> latest = versions.latestVersion();
    if (latest.isPresent() && sameContent(version(latest.get()), checked)) {
      return new Imported(version(latest.get()), false);
    }
    int next = latest.orElse(0) + 1;
    versions.saveAndFlush(new CatalogueVersion(next, checked.name(), json, clock.instant(), importedBy));
    LOG.info("Evaluation catalogue version {} imported by {}: {} sections", next, importedBy,
        checked.sections().size());
    return new Imported(version(next), true);
  }

  private static boolean sameContent(Catalogue a, Catalogue b) {
    return a.asVersion(0, null, null).equals(b.asVersion(0, null, null));
  }

  /** The text of the evaluation tool the application ships ({@link #SHIPPED}). */
  public static String shipped() {
    try (InputStream in = new ClassPathResource(SHIPPED).getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + SHIPPED, e);
    }
  }
}
