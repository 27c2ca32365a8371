package org.practiceevaluations.catalogue;

import java.util.List;
import org.practiceevaluations.common.BadRequestException;
import org.practiceevaluations.identity.CurrentUser;
import org.practiceevaluations.identity.StaffGroup;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The evaluation tool's versions over REST (docs/guide.md, "The evaluation tool"): every member of staff may read
 * them; the audit team and process owners import a new version, which new evaluations then use.
 */
@RestController
@RequestMapping("/api/catalogue")
public class CatalogueController {

  private final Catalogues catalogues;
  private final CurrentUser currentUser;

  public CatalogueController(Catalogues catalogues, CurrentUser currentUser) {
    this.catalogues = catalogues;
    this.currentUser = currentUser;
  }

  /** A version in short: its number, name, when and by whom it was imported, how many sections and statements. */
  public record VersionSummary(int version, String name, java.time.Instant importedAt, String importedBy,
      int sections, int statements) {
    static VersionSummary of(Catalogue c) {
      return new VersionSummary(c.version(), c.name(), c.importedAt(), c.importedBy(), c.sections().size(),
          c.sections().stream().mapToInt(s -> s.statements().size()).sum());
    }
  }

  /** The version new evaluations get. */
  @GetMapping
  public Catalogue current() {
    currentUser.userId();
    return catalogues.current();
  }

  /** Every version, newest first. */
  @GetMapping("/versions")
  public List<VersionSummary> versions() {
    currentUser.userId();
    catalogues.current();
    return catalogues.all().stream().map(VersionSummary::of).toList();
  }

  /** One version as the file it was imported from: download, change, import again. */
  @GetMapping(value = "/versions/{version}/file", produces = MediaType.APPLICATION_JSON_VALUE)
  public String file(@PathVariable int version) {
    currentUser.userId();
    return catalogues.content(version);
  }

  /** Imports a new version (the whole file); 201 with the new version, or 200 when it is the current one already. */
  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<VersionSummary> importVersion(@RequestBody String json) {
    String user = currentUser.requireAny(StaffGroup.AUDIT_TEAM, StaffGroup.PROCESS_OWNERS);
    try {
      Catalogues.Imported imported = catalogues.importFile(json, user);
      return ResponseEntity.status(imported.created() ? HttpStatus.CREATED : HttpStatus.OK)
          .body(VersionSummary.of(imported.catalogue()));
    } catch (CatalogueFile.CatalogueRefused e) {
      throw new BadRequestException(e.getMessage());
    }
  }
}
