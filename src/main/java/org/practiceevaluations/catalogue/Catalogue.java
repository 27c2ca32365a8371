package org.practiceevaluations.catalogue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One version of the evaluation tool, as the council wrote it: the sections of the evaluation (each with what good
 * looks like, whether it is judged), and the wording of the grade scale (docs/guide.md, "The evaluation tool").
 * Plain data, read from {@code pe_catalogue} ({@link Catalogues}) or checked from a file ({@link CatalogueFile}).
 *
 * @param version the version an evaluation records; 0 for a file not yet imported
 */
public record Catalogue(int version, String name, String description, List<GradeStep> grades,
    String notRelevantLabel, List<CatalogueSection> sections, Instant importedAt, String importedBy) {

  /** What the three sections that are not judged hold; every catalogue has each once. */
  public enum Purpose {
    GOOD_PRACTICE("good-practice"), IMPROVEMENTS("improvements"), LEARNING_NEEDS("learning-needs");

    private final String code;

    Purpose(String code) {
      this.code = code;
    }

    public String code() {
      return code;
    }

    public static Optional<Purpose> of(String code) {
      for (Purpose p : values()) {
        if (p.code.equals(code)) {
          return Optional.of(p);
        }
      }
      return Optional.empty();
    }
  }

  /** One step of the grade scale: one of the product's four grades, in the council's words. */
  public record GradeStep(Grade grade, String label, String meaning) {}

  /** One statement of what good looks like. */
  public record Statement(String key, String text) {}

  /**
   * One section. {@code number} is its place in this version (1, 2, ...); {@code area} the ILACS area it belongs to
   * (may be empty); a section that is not judged has no statements' judgement, only a commentary.
   */
  public record CatalogueSection(String key, int number, String area, String title, String guidance, boolean judged,
      Purpose purpose, List<Statement> statements) {

    public Optional<Statement> statement(String key) {
      return statements.stream().filter(s -> s.key().equals(key)).findFirst();
    }
  }

  public Optional<CatalogueSection> section(String key) {
    return sections.stream().filter(s -> s.key().equals(key)).findFirst();
  }

  public Optional<CatalogueSection> section(Purpose purpose) {
    return sections.stream().filter(s -> s.purpose() == purpose).findFirst();
  }

  public List<CatalogueSection> judgedSections() {
    return sections.stream().filter(CatalogueSection::judged).toList();
  }

  /** The council's word for a grade (the product's own label when the scale does not name it). */
  public String label(Grade grade) {
    if (grade == null) {
      return null;
    }
    return grades.stream().filter(g -> g.grade() == grade).map(GradeStep::label).findFirst().orElse(grade.label());
  }

  /** The same content under another version number (and import record). */
  public Catalogue asVersion(int version, Instant importedAt, String importedBy) {
    return new Catalogue(version, name, description, grades, notRelevantLabel, sections, importedAt, importedBy);
  }
}
