package org.practiceevaluations.access;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The answers a Camunda Form sends when it is submitted: the top-level name of every field, with its kind. A field
 * inside a group with a {@code path}, or a row of a dynamic list, is sent under the path's first part; a group
 * without a path sends its fields at the top level. Text, images, separators, spacers and buttons send nothing.
 */
public final class FormFields {

  private static final Set<String> NOT_SENT = Set.of("text", "html", "image", "separator", "spacer", "button",
      "table", "iframe", "documentPreview");

  /** How a field is typed in: free text is kept in the application's tables, never in the engine. */
  public enum Kind { FREE_TEXT, SHORT_TEXT, OTHER }

  /** One field as sent: its kind, and the longest text the form itself allows (0: no limit given). */
  public record Field(String name, Kind kind, int maxLength) {}

  private final Map<String, Field> fields;

  private FormFields(Map<String, Field> fields) {
    this.fields = fields;
  }

  public static FormFields none() {
    return new FormFields(Map.of());
  }

  /** The fields of a deployed Camunda Form, read with the application's (Spring's) {@code ObjectMapper}. */
  public static FormFields read(InputStream form, ObjectMapper json) throws IOException {
    Map<String, Field> fields = new LinkedHashMap<>();
    collect(json.readTree(form).path("components"), fields);
    return new FormFields(Map.copyOf(fields));
  }

  private static void collect(JsonNode components, Map<String, Field> fields) {
    for (JsonNode component : components) {
      String type = component.path("type").asText();
      String path = component.path("path").asText("");
      if (!path.isBlank()) {
        String top = path.split("\\.", 2)[0];
        fields.putIfAbsent(top, new Field(top, Kind.OTHER, 0));
        continue;
      }
      if (component.has("components")) {
        collect(component.path("components"), fields);
        continue;
      }
      String key = component.path("key").asText("");
      if (key.isBlank() || NOT_SENT.contains(type)) {
        continue;
      }
      String top = key.split("\\.", 2)[0];
      int maxLength = component.path("validate").path("maxLength").asInt(0);
      Kind kind = switch (type) {
        case "textarea" -> Kind.FREE_TEXT;
        case "textfield" -> maxLength > ShortText.LIMIT ? Kind.FREE_TEXT : Kind.SHORT_TEXT;
        default -> Kind.OTHER;
      };
      fields.putIfAbsent(top, new Field(top, kind, maxLength));
    }
  }

  public Set<String> names() {
    return fields.keySet();
  }

  public boolean has(String name) {
    return fields.containsKey(name);
  }

  public Field field(String name) {
    return fields.get(name);
  }

  /** The length beyond which a short text field is free text, kept out of the engine. */
  public static final class ShortText {
    public static final int LIMIT = 255;

    private ShortText() {}
  }
}
