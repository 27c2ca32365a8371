package org.practiceevaluations.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.practiceevaluations.support.ShippedCatalogue;

/** The rules a catalogue file must keep (ADR 0020), checked without a database. */
class CatalogueFileTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void theShippedToolHasTheIlacsAreasStatementsAndThreeSectionsThatAreNotGraded() {
    Catalogue c = CatalogueFile.read(ShippedCatalogue.file(), JSON);
    assertThat(c.sections()).extracting(Catalogue.CatalogueSection::area).contains("The child's experiences and "
        + "progress", "Help and protection", "Children in care and care leavers", "Leaders' impact on practice");
    assertThat(c.judgedSections()).allSatisfy(s -> assertThat(s.statements()).isNotEmpty());
    assertThat(c.sections()).filteredOn(s -> !s.judged()).extracting(s -> s.purpose().code())
        .containsExactly("good-practice", "improvements", "learning-needs");
    assertThat(c.label(Grade.REQUIRES_IMPROVEMENT)).isEqualTo("Requires improvement to be good");
    assertThat(c.sections()).extracting(Catalogue.CatalogueSection::number)
        .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, c.sections().size()).boxed().toList());
  }

  @Test
  void aGradedGoodPracticeSectionStatementsOnASectionNotJudgedAndABadKeyAreRefused() throws Exception {
    ObjectNode file = (ObjectNode) JSON.readTree(ShippedCatalogue.file());
    ArrayNode sections = (ArrayNode) file.get("sections");
    ObjectNode goodPractice = (ObjectNode) sections.get(sections.size() - 3);
    goodPractice.put("judged", true);
    ObjectNode learning = (ObjectNode) sections.get(sections.size() - 1);
    learning.putArray("statements").addObject().put("key", "x").put("text", "Something.");
    ((ObjectNode) sections.get(0)).put("key", "Child's Journey");

    assertThatThrownBy(() -> CatalogueFile.read(file.toString(), JSON))
        .isInstanceOfSatisfying(CatalogueFile.CatalogueRefused.class, e -> assertThat(e.problems()).contains(
            "sections[12]: the good-practice section is not judged (judged: false).",
            "sections[14]: a section that is not judged has no statements.",
            "sections[0].key: 'Child's Journey' may hold only small letters, digits and hyphens."));
  }

  @Test
  void aFileThatIsNotACatalogueIsToldSo() {
    assertThatThrownBy(() -> CatalogueFile.read("", JSON)).hasMessageContaining("The file is empty.");
    assertThatThrownBy(() -> CatalogueFile.read("{not json", JSON)).hasMessageContaining("not valid JSON");
    assertThatThrownBy(() -> CatalogueFile.read("[]", JSON)).hasMessageContaining("one JSON object");
    assertThatThrownBy(() -> CatalogueFile.read("{\"name\": \"x\", \"grades\": [], \"sections\": []}", JSON))
        .hasMessageContaining("grades: 'outstanding' is missing")
        .hasMessageContaining("sections: list the sections of the evaluation.");
  }
}
