package org.practiceevaluations.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.practiceevaluations.catalogue.Catalogue.CatalogueSection;
import org.practiceevaluations.catalogue.Catalogue.GradeStep;
import org.practiceevaluations.catalogue.Catalogue.Purpose;
import org.practiceevaluations.catalogue.Catalogue.Statement;

/**
 * Reads a catalogue file ({@code catalogue/evaluation-catalogue.json}, or one the council imports) and checks it,
 * naming every problem with where it is ("sections[3].statements[2]: the text is empty"). Plain: no database.
 */
public final class CatalogueFile {

  public static final int MAX_SIZE = 400_000;
  static final int MAX_STATEMENTS = 20;
  static final int MAX_SECTIONS = 40;
  private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]{0,59}");

  /** Thrown when a file cannot be used; {@link #problems()} lists every reason. */
  public static class CatalogueRefused extends RuntimeException {
    private final List<String> problems;

    public CatalogueRefused(List<String> problems) {
      super("The catalogue was not imported: " + String.join(" ", problems));
      this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
      return problems;
    }
  }

  private CatalogueFile() {}

  /** The catalogue the file describes (version 0: not yet imported), or {@link CatalogueRefused}. */
  public static Catalogue read(String json, ObjectMapper mapper) {
    List<String> problems = new ArrayList<>();
    if (json == null || json.isBlank()) {
      throw new CatalogueRefused(List.of("The file is empty."));
    }
    if (json.length() > MAX_SIZE) {
      throw new CatalogueRefused(List.of("The file is longer than " + MAX_SIZE + " characters."));
    }
    JsonNode root;
    try {
      root = mapper.readTree(json);
    } catch (Exception e) {
      throw new CatalogueRefused(List.of("The file is not valid JSON."));
    }
    if (root == null || !root.isObject()) {
      throw new CatalogueRefused(List.of("The file must be one JSON object with a name, grades and sections."));
    }
    String name = text(root, "name", "name", 200, true, problems);
    String description = text(root, "description", "description", 2000, false, problems);
    String notRelevant = text(root, "notRelevantLabel", "notRelevantLabel", 100, false, problems);
    List<GradeStep> grades = grades(root.path("grades"), problems);
    List<CatalogueSection> sections = sections(root.path("sections"), problems);
    if (!problems.isEmpty()) {
      throw new CatalogueRefused(problems);
    }
    return new Catalogue(0, name, description == null ? "" : description, grades,
        notRelevant == null ? "Not relevant for this child" : notRelevant, sections, null, null);
  }

  private static List<GradeStep> grades(JsonNode node, List<String> problems) {
    List<GradeStep> grades = new ArrayList<>();
    if (!node.isArray()) {
      problems.add("grades: list the four grades (outstanding, good, requires-improvement, inadequate).");
      return grades;
    }
    Set<Grade> seen = EnumSet.noneOf(Grade.class);
    for (int i = 0; i < node.size(); i++) {
      JsonNode g = node.get(i);
      String where = "grades[" + i + "]";
      String code = text(g, "code", where + ".code", 30, true, problems);
      Grade grade = code == null ? null : Grade.parse(code);
      if (code != null && (grade == null || !grade.code().equals(code))) {
        problems.add(where + ".code: '" + code + "' is not one of outstanding, good, requires-improvement, "
            + "inadequate.");
      }
      if (grade != null && !seen.add(grade)) {
        problems.add(where + ".code: '" + code + "' is named twice.");
      }
      String label = text(g, "label", where + ".label", 100, true, problems);
      String meaning = text(g, "meaning", where + ".meaning", 1000, false, problems);
      if (grade != null && label != null) {
        grades.add(new GradeStep(grade, label, meaning == null ? "" : meaning));
      }
    }
    for (Grade grade : Grade.values()) {
      if (!seen.contains(grade)) {
        problems.add("grades: '" + grade.code() + "' is missing (the process rules hang on the four grades: "
            + "inadequate starts a case of concern).");
      }
    }
    return grades;
  }

  private static List<CatalogueSection> sections(JsonNode node, List<String> problems) {
    List<CatalogueSection> sections = new ArrayList<>();
    if (!node.isArray() || node.isEmpty()) {
      problems.add("sections: list the sections of the evaluation.");
      return sections;
    }
    if (node.size() > MAX_SECTIONS) {
      problems.add("sections: at most " + MAX_SECTIONS + " sections.");
    }
    Set<String> keys = new HashSet<>();
    Set<Purpose> purposes = EnumSet.noneOf(Purpose.class);
    for (int i = 0; i < node.size(); i++) {
      JsonNode s = node.get(i);
      String where = "sections[" + i + "]";
      String key = key(s, where, problems);
      if (key != null && !keys.add(key)) {
        problems.add(where + ".key: '" + key + "' is used by another section.");
      }
      String title = text(s, "title", where + ".title", 200, true, problems);
      String area = text(s, "area", where + ".area", 200, false, problems);
      String guidance = text(s, "guidance", where + ".guidance", 2000, false, problems);
      JsonNode judgedNode = s.path("judged");
      if (!judgedNode.isBoolean()) {
        problems.add(where + ".judged: say true or false.");
      }
      boolean judged = judgedNode.asBoolean(false);
      Purpose purpose = null;
      String purposeCode = text(s, "purpose", where + ".purpose", 30, false, problems);
      if (purposeCode != null) {
        purpose = Purpose.of(purposeCode).orElse(null);
        if (purpose == null) {
          problems.add(where + ".purpose: '" + purposeCode + "' is not one of good-practice, improvements, "
              + "learning-needs.");
        } else if (!purposes.add(purpose)) {
          problems.add(where + ".purpose: '" + purposeCode + "' is given to two sections.");
        } else if (judged) {
          problems.add(where + ": the " + purposeCode + " section is not judged (judged: false).");
        }
      }
      List<Statement> statements = statements(s.path("statements"), where, problems);
      if (!judged && !statements.isEmpty()) {
        problems.add(where + ": a section that is not judged has no statements.");
      }
      if (key != null && title != null) {
        sections.add(new CatalogueSection(key, i + 1, area == null ? "" : area, title,
            guidance == null ? "" : guidance, judged, purpose, statements));
      }
    }
    for (Purpose p : Purpose.values()) {
      if (!purposes.contains(p)) {
        problems.add("sections: one section needs \"purpose\": \"" + p.code() + "\".");
      }
    }
    if (sections.stream().noneMatch(CatalogueSection::judged) && problems.isEmpty()) {
      problems.add("sections: at least one section is judged.");
    }
    return sections;
  }

  private static List<Statement> statements(JsonNode node, String section, List<String> problems) {
    List<Statement> statements = new ArrayList<>();
    if (node.isMissingNode() || node.isNull()) {
      return statements;
    }
    if (!node.isArray()) {
      problems.add(section + ".statements: a list of statements, each with a key and a text.");
      return statements;
    }
    if (node.size() > MAX_STATEMENTS) {
      problems.add(section + ".statements: at most " + MAX_STATEMENTS + " statements in a section.");
    }
    Set<String> keys = new HashSet<>();
    for (int i = 0; i < node.size(); i++) {
      String where = section + ".statements[" + i + "]";
      String key = key(node.get(i), where, problems);
      if (key != null && !keys.add(key)) {
        problems.add(where + ".key: '" + key + "' is used by another statement of the section.");
      }
      String text = text(node.get(i), "text", where + ".text", 500, true, problems);
      if (key != null && text != null) {
        statements.add(new Statement(key, text));
      }
    }
    return statements;
  }

  private static String key(JsonNode node, String where, List<String> problems) {
    String key = text(node, "key", where + ".key", 60, true, problems);
    if (key != null && !KEY.matcher(key).matches()) {
      problems.add(where + ".key: '" + key + "' may hold only small letters, digits and hyphens.");
      return null;
    }
    return key;
  }

  private static String text(JsonNode node, String field, String where, int max, boolean required,
      List<String> problems) {
    JsonNode value = node == null ? null : node.get(field);
    if (value == null || value.isNull() || (value.isTextual() && value.asText().isBlank())) {
      if (required) {
        problems.add(where + ": is empty.");
      }
      return null;
    }
    if (!value.isTextual()) {
      problems.add(where + ": must be text.");
      return null;
    }
    String text = value.asText().trim();
    if (text.length() > max) {
      problems.add(where + ": is longer than " + max + " characters.");
      return null;
    }
    return text;
  }
}
