package org.practiceevaluations.reporting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.practiceevaluations.catalogue.Catalogue;

/**
 * The words of the evaluation tool the reports need: the judged sections in order, and the text of each statement
 * of what good looks like ("section/statement" keys). Over every version of the catalogue: the newest version's
 * order and words first, then sections only older versions had.
 */
public record ToolWords(List<SectionHeading> sections, Map<String, String> statements,
    Map<String, String> statementSections) {

  /** A judged section: its key, its number in the newest version that has it, and its title there. */
  public record SectionHeading(String key, int number, String title) {}

  public static final ToolWords NONE = new ToolWords(List.of(), Map.of(), Map.of());

  /** From the versions of the catalogue, newest first. */
  public static ToolWords of(List<Catalogue> newestFirst) {
    Map<String, SectionHeading> sections = new LinkedHashMap<>();
    Map<String, String> statements = new LinkedHashMap<>();
    Map<String, String> statementSections = new LinkedHashMap<>();
    int next = 0;
    for (Catalogue c : newestFirst) {
      for (Catalogue.CatalogueSection s : c.judgedSections()) {
        if (!sections.containsKey(s.key())) {
          next = Math.max(next, s.number());
          sections.put(s.key(), new SectionHeading(s.key(), sections.isEmpty() || c == newestFirst.get(0)
              ? s.number() : ++next, s.title()));
        }
        for (Catalogue.Statement st : s.statements()) {
          statements.putIfAbsent(key(s.key(), st.key()), st.text());
          statementSections.putIfAbsent(key(s.key(), st.key()), s.title());
        }
      }
    }
    return new ToolWords(new ArrayList<>(sections.values()), statements, statementSections);
  }

  public static String key(String section, String statement) {
    return section + "/" + statement;
  }
}
