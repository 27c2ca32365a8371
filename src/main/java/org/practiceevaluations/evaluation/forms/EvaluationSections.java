package org.practiceevaluations.evaluation.forms;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.practiceevaluations.catalogue.Catalogue;
import org.practiceevaluations.catalogue.Catalogue.CatalogueSection;
import org.practiceevaluations.evaluation.Grade;
import org.practiceevaluations.evaluation.Judgement;
import org.practiceevaluations.evaluation.SectionJudgement;

/**
 * The sections of the evaluation form, drawn from the evaluation's catalogue version (docs/guide.md, "The evaluation
 * tool"): what the form's list of sections shows ({@link #rows}), and the answers read back from it ({@link #read}).
 * The form itself ({@code forms/complete-evaluation.form}, {@code forms/complete-moderation.form}) only lays out one
 * section; the catalogue says how many there are, their words and which are judged. Plain: no database.
 */
public final class EvaluationSections {

  /** The form's list of sections (a form-js dynamic list bound to this variable). */
  public static final String LIST = "sections";

  private EvaluationSections() {}

  /** One row per section of the catalogue: what the form shows of it. */
  public static List<Map<String, Object>> rows(Catalogue catalogue) {
    List<Map<String, Object>> rows = new ArrayList<>();
    String area = null;
    for (CatalogueSection s : catalogue.sections()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("key", s.key());
      row.put("number", s.number());
      boolean newArea = !s.area().isBlank() && !s.area().equals(area);
      row.put("areaHeading", newArea ? s.area() : "");
      area = s.area().isBlank() ? area : s.area();
      row.put("title", s.title());
      row.put("guidance", s.guidance());
      row.put("judged", s.judged());
      row.put("purpose", s.purpose() == null ? "" : s.purpose().code());
      List<Map<String, String>> statements = new ArrayList<>();
      s.statements().forEach(st -> statements.add(Map.of("value", st.key(), "label", st.text())));
      row.put("statements", statements);
      row.put("hasStatements", !statements.isEmpty());
      rows.add(row);
    }
    return rows;
  }

  /** The judgements a judged section may be given: the grade scale in the council's words, then "not relevant". */
  public static List<Map<String, String>> judgementOptions(Catalogue catalogue) {
    List<Map<String, String>> options = gradeOptions(catalogue);
    options.add(Map.of("value", Judgement.NOT_RELEVANT.code(), "label", catalogue.notRelevantLabel()));
    return options;
  }

  /** The overall grades, in the council's words. */
  public static List<Map<String, String>> gradeOptions(Catalogue catalogue) {
    List<Map<String, String>> options = new ArrayList<>();
    catalogue.grades().forEach(g -> options.add(Map.of("value", g.grade().code(), "label", g.label())));
    return options;
  }

  /** What each grade means, as the council wrote it (a table on the form). */
  public static List<Map<String, String>> gradeScale(Catalogue catalogue) {
    List<Map<String, String>> rows = new ArrayList<>();
    catalogue.grades().forEach(g -> rows.add(Map.of("grade", g.label(), "meaning", g.meaning())));
    return rows;
  }

  /**
   * Reads the list of sections back: for each section of the catalogue, the statements ticked as met (only the
   * section's own), the judgement (judged sections only; "not relevant" clears the statements and needs no
   * commentary) and the commentary (needed for a judged section that is relevant). Problems go to {@code answers}.
   */
  public static List<SectionJudgement> read(FormAnswers answers, Catalogue catalogue, SectionJudgement.Stage stage) {
    List<Map<String, Object>> submitted = answers.rows(LIST, "The sections");
    Map<String, Map<String, Object>> byKey = new HashMap<>();
    for (int i = 0; i < submitted.size(); i++) {
      Map<String, Object> row = submitted.get(i);
      Object key = row.get("key");
      if (key == null && i < catalogue.sections().size()) {
        key = catalogue.sections().get(i).key();
      }
      if (key != null) {
        byKey.put(key.toString(), row);
      }
    }
    for (String key : byKey.keySet()) {
      if (catalogue.section(key).isEmpty()) {
        answers.problem("There is no section '" + key + "' in this evaluation's tool (version "
            + catalogue.version() + "); reload the form.");
      }
    }
    List<SectionJudgement> sections = new ArrayList<>();
    for (CatalogueSection section : catalogue.sections()) {
      Map<String, Object> row = byKey.getOrDefault(section.key(), Map.of());
      String label = "section " + section.number() + " (" + section.title() + ")";
      Judgement judgement = null;
      if (section.judged()) {
        Object value = row.get("judgement");
        if (value == null || value.toString().isBlank()) {
          answers.problem("Choose a judgement for " + label + ".");
        } else {
          judgement = Judgement.parse(value.toString());
          if (judgement == null || !judgement.code().equals(value.toString())) {
            answers.problem("The judgement for " + label + " '" + value + "' is not one of "
                + String.join(", ", judgementOptions(catalogue).stream().map(o -> o.get("label")).toList()) + ".");
            judgement = null;
          }
        }
      }
      boolean relevant = judgement != Judgement.NOT_RELEVANT;
      String commentary = relevant ? answers.rowText(row, "commentary", "The commentary in " + label,
          section.judged() && judgement != null, FormAnswers.MAX_TEXT) : null;
      Set<String> met = new LinkedHashSet<>();
      if (relevant) {
        for (String key : list(row.get("statementsMet"))) {
          if (section.statement(key).isPresent()) {
            met.add(key);
          } else {
            answers.problem("'" + key + "' is not one of the statements of " + label + ".");
          }
        }
      }
      if (!section.judged() || judgement != null) {
        sections.add(new SectionJudgement(stage, section.key(), section.number(),
            section.purpose() == null ? null : section.purpose().code(), judgement, commentary, met));
      }
    }
    return sections;
  }

  /** The row of the section with a purpose, as submitted (empty when none). */
  public static Map<String, Object> row(FormAnswers answers, Catalogue catalogue, Catalogue.Purpose purpose) {
    String key = catalogue.section(purpose).map(CatalogueSection::key).orElse(null);
    List<Map<String, Object>> submitted = answers.rows(LIST, "The sections");
    for (int i = 0; i < submitted.size(); i++) {
      Object rowKey = submitted.get(i).get("key");
      if (rowKey == null && i < catalogue.sections().size()) {
        rowKey = catalogue.sections().get(i).key();
      }
      if (rowKey != null && rowKey.toString().equals(key)) {
        return submitted.get(i);
      }
    }
    return Map.of();
  }

  static List<String> list(Object value) {
    List<String> keys = new ArrayList<>();
    if (value instanceof List<?> list) {
      list.forEach(v -> {
        if (v != null && !v.toString().isBlank()) {
          keys.add(v.toString());
        }
      });
    } else if (value != null && !value.toString().isBlank()) {
      keys.add(value.toString());
    }
    return keys;
  }

  public static String gradeLabel(Catalogue catalogue, Grade grade) {
    return grade == null ? "not given" : catalogue.label(grade);
  }
}
