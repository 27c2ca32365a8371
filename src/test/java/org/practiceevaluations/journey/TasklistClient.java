package org.practiceevaluations.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.practiceevaluations.support.DemoUsers;
import org.practiceevaluations.support.Http;

/**
 * One member of staff working through the engine REST API with their own credentials, as Tasklist does: finds
 * their tasks, reads a task's form variables and submits the form (objects and lists as JSON variables).
 */
public final class TasklistClient {

  private static final ObjectMapper JSON = new ObjectMapper();

  public final String userId;
  private final Http http;

  public TasklistClient(int port, String userId) {
    this.userId = userId;
    this.http = Http.basic(port, userId, DemoUsers.PASSWORD);
  }

  /** The user's task of this definition key in this evaluation (business key); fails when there is none. */
  public String task(String businessKey, String taskDefinitionKey) {
    Http.Response response = http.get("/engine-rest/task?assignee=" + userId + "&processInstanceBusinessKey="
        + businessKey + "&taskDefinitionKey=" + taskDefinitionKey);
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    JsonNode tasks = response.json();
    assertThat(tasks).as(userId + " has a task " + taskDefinitionKey + " in " + businessKey).hasSize(1);
    return tasks.get(0).get("id").asText();
  }

  public List<JsonNode> tasks() {
    Http.Response response = http.get("/engine-rest/task");
    assertThat(response.status()).isEqualTo(200);
    return iterate(response.json());
  }

  /** The form's variables as Tasklist reads them: JSON variables as their text. */
  public JsonNode formVariables(String taskId) {
    Http.Response response = http.get("/engine-rest/task/" + taskId + "/form-variables?deserializeValues=false");
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    return response.json();
  }

  public Http.Response submit(String taskId, Map<String, Object> answers) {
    return http.sendJson("POST", "/engine-rest/task/" + taskId + "/submit-form", body(answers), false);
  }

  /** Submits and expects success (204). */
  public void complete(String businessKey, String taskDefinitionKey, Map<String, Object> answers) {
    Http.Response response = submit(task(businessKey, taskDefinitionKey), answers);
    assertThat(response.status()).as(taskDefinitionKey + ": " + response).isEqualTo(204);
  }

  public Http.Response startProcess(String key, Map<String, Object> answers) {
    return http.sendJson("POST", "/engine-rest/process-definition/key/" + key + "/submit-form", body(answers), false);
  }

  public Http.Response get(String path) {
    return http.get(path);
  }

  /** The variables as the REST API takes them: lists and maps as JSON variables, everything else untyped. */
  public static String body(Map<String, Object> answers) {
    ObjectNode variables = JSON.createObjectNode();
    answers.forEach((name, value) -> {
      ObjectNode variable = variables.putObject(name);
      if (value instanceof List<?> || value instanceof Map<?, ?>) {
        try {
          variable.put("value", JSON.writeValueAsString(value));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
          throw new IllegalStateException(e);
        }
        variable.put("type", "Json");
      } else {
        variable.putPOJO("value", value);
      }
    });
    ObjectNode body = JSON.createObjectNode();
    body.set("variables", variables);
    return body.toString();
  }

  private static List<JsonNode> iterate(JsonNode array) {
    List<JsonNode> list = new java.util.ArrayList<>();
    array.forEach(list::add);
    return list;
  }
}
