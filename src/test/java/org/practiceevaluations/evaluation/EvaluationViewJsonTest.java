package org.practiceevaluations.evaluation;

import org.practiceevaluations.catalogue.Grade;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.practiceevaluations.recording.SampleViews;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

/**
 * The JSON of {@code GET /api/evaluations/{reference}} stays flat although the view is grouped into parts (issue 17):
 * the parts are unwrapped, so a reader of the API sees the names it always saw, in the same order, and a part that is
 * empty still gives its names (as nulls).
 */
class EvaluationViewJsonTest {

  /** The top-level names, in order, as the API has served them since before the parts. */
  static final List<String> NAMES = List.of("reference", "type", "moderated", "stage", "processInstanceId", "child",
      "people", "allocatedAt", "dueAt", "submittedAt", "moderationDueAt", "moderatedAt", "finalisedAt", "sharedAt",
      "caseNoteDueAt", "completedAt", "socialWorkerContactedOn", "socialWorkerContactNotes", "familyContactSafe",
      "familyNotContactedReason", "feedback", "sections", "firstGrade", "moderatedGrade", "finalGrade",
      "finalGradeSource", "discrepancy", "reflectiveDiscussion", "initialFindings", "learningForAuditor",
      "learningForTeam", "moderationDiscussion", "gradeDisputed", "gradeDiscussion", "auditManagersDecision",
      "supervisionOn", "supervisionNotes", "actions", "escalations", "completedBy", "previousEvaluationReference",
      "tool", "goodPracticeToShare", "theme");

  /** Spring's builder with Spring Boot's date setting (the application's mapper writes dates as ISO text). */
  private final ObjectMapper json = Jackson2ObjectMapperBuilder.json()
      .featuresToDisable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

  @Test
  void thePartsAreUnwrappedIntoTheNamesTheApiAlwaysHad() {
    JsonNode view = json.valueToTree(SampleViews.moderated());

    assertThat(names(view)).containsExactlyElementsOf(NAMES);
    assertThat(view.get("dueAt").asText()).isEqualTo("2026-09-22T17:00:00Z");
    assertThat(view.get("finalGrade").asText()).isEqualTo("REQUIRES_IMPROVEMENT");
    assertThat(view.get("moderationDiscussion").get("teamView").asText()).isEqualTo("GOOD");
    assertThat(view.get("auditManagersDecision").get("decidedBy").get("userId").asText()).isEqualTo("kmorgan");
    assertThat(view.get("supervisionNotes").asText()).isEqualTo("Actions discussed in supervision.");
    assertThat(view.has("dates") || view.has("grades") || view.has("dispute")).isFalse();
  }

  @Test
  void anEmptyPartStillGivesItsNames() {
    JsonNode view = json.valueToTree(SampleViews.unmoderated(Grade.GOOD));

    assertThat(names(view)).containsExactlyElementsOf(NAMES);
    assertThat(view.get("moderationDiscussion").isNull()).isTrue();
    assertThat(view.get("gradeDisputed").asBoolean()).isFalse();
    assertThat(view.get("supervisionOn").isNull()).isTrue();
  }

  private static List<String> names(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
