package org.practiceevaluations.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.practiceevaluations.catalogue.Catalogue;
import org.practiceevaluations.catalogue.CatalogueFile;
import org.practiceevaluations.catalogue.Catalogues;
import org.practiceevaluations.catalogue.Judgement;
import org.practiceevaluations.evaluation.SectionJudgement;

/**
 * The evaluation tool the application ships ({@code catalogue/evaluation-catalogue.json}), read as the tests'
 * answers need it: its sections, and sections judged the way the fixtures judge them ("identity and diversity" not
 * relevant, the rest with the grade given, the first two statements of each section met).
 */
public final class ShippedCatalogue {

  /** The section the fixtures mark "not relevant for this child". */
  public static final String NOT_RELEVANT_SECTION = "identity-and-diversity";

  private static final Catalogue CATALOGUE = CatalogueFile.read(file(), new com.fasterxml.jackson.databind.ObjectMapper()).asVersion(1, null, "test");

  private ShippedCatalogue() {}

  public static Catalogue catalogue() {
    return CATALOGUE;
  }

  public static String file() {
    return Catalogues.shipped();
  }


  /** The section rows of the tables, as the fixtures judge them (a judgement of outstanding..inadequate). */
  public static List<SectionJudgement> sections(Judgement judgement, SectionJudgement.Stage stage, String who) {
    List<SectionJudgement> list = new ArrayList<>();
    for (Catalogue.CatalogueSection s : CATALOGUE.sections()) {
      Judgement j = !s.judged() ? null : s.key().equals(NOT_RELEVANT_SECTION) ? Judgement.NOT_RELEVANT : judgement;
      List<String> met = j == null || j == Judgement.NOT_RELEVANT ? List.of()
          : s.statements().stream().limit(2).map(Catalogue.Statement::key).toList();
      list.add(new SectionJudgement(stage, s.key(), s.number(), s.purpose() == null ? null : s.purpose().code(), j,
          who + " commentary on " + s.title().toLowerCase() + ".", met));
    }
    return list;
  }

  /** The form's list of sections, answered as the fixtures judge them ({@code grade}: a grade's code). */
  public static List<Map<String, Object>> answers(String grade, String who) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Catalogue.CatalogueSection s : CATALOGUE.sections()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("key", s.key());
      if (s.judged()) {
        String judgement = s.key().equals(NOT_RELEVANT_SECTION) ? "not-relevant" : grade;
        row.put("judgement", judgement);
        if (!judgement.equals("not-relevant")) {
          row.put("statementsMet", s.statements().stream().limit(2).map(Catalogue.Statement::key).toList());
          row.put("commentary", who + ": " + s.title() + " - evidence from the file and the family supports this "
              + "judgement.");
        }
      } else {
        row.put("commentary", who + ": " + s.title() + " - what the file shows.");
      }
      rows.add(row);
    }
    return rows;
  }
}
