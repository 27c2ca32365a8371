package org.practiceevaluations.access;

import org.practiceevaluations.engine.access.PersonWritesPlugin;
import static org.practiceevaluations.access.EngineApiRules.Audience.ADMINISTRATOR;
import static org.practiceevaluations.access.EngineApiRules.Audience.AUDIT_TEAM;
import static org.practiceevaluations.access.EngineApiRules.Audience.PROCESS_OWNERS;
import static org.practiceevaluations.access.EngineApiRules.Audience.STAFF;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.practiceevaluations.identity.StaffGroup;

/**
 * Who may make which call to the engine's REST API, whichever door it comes through: {@code /engine-rest} (scripts,
 * Camunda Modeler) or the web applications' own {@code /camunda/api/engine/engine/<name>} (Tasklist, Cockpit,
 * Admin). One row per kind of work, in the order a reader meets them; README "Who can do what" is this table.
 *
 * <p>Deny by default: a call no row names is for the administrator alone. A row lets its audience through the door;
 * the engine's authorizations then decide on the particular task or process (a social worker's own tasks, the
 * audit team's every evaluation), and {@code engine.access.PersonWritesPlugin} on what a call may write.
 */
public final class EngineApiRules {

  /** Who a row is for. The administrator ({@code camunda-admin}) may make every call. */
  public enum Audience {
    STAFF("every member of staff"),
    AUDIT_TEAM("the audit team"),
    PROCESS_OWNERS("process owners"),
    ADMINISTRATOR("the administrator");

    private final String label;

    Audience(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }

    /** The audiences a person belongs to, from their groups. */
    public static Set<Audience> of(Collection<String> groups) {
      Set<Audience> audiences = EnumSet.noneOf(Audience.class);
      for (String group : groups) {
        if (StaffGroup.byId(group).filter(StaffGroup.staff()::contains).isPresent()) {
          audiences.add(STAFF);
        }
      }
      if (groups.contains(StaffGroup.AUDIT_TEAM.id())) {
        audiences.add(AUDIT_TEAM);
      }
      if (groups.contains(StaffGroup.PROCESS_OWNERS.id())) {
        audiences.add(PROCESS_OWNERS);
      }
      if (groups.contains(StaffGroup.CAMUNDA_ADMIN.id())) {
        audiences.add(ADMINISTRATOR);
      }
      return audiences;
    }
  }

  /** A kind of work: what it is, who may do it, and the calls it is made of ({@code "POST /task/{id}/claim"}). */
  public record Row(String what, Set<Audience> who, List<Call> calls) {

    public boolean allows(Set<Audience> audiences) {
      return audiences.contains(ADMINISTRATOR) || who.stream().anyMatch(audiences::contains);
    }

    /** "the audit team or process owners". */
    public String whoInWords() {
      List<String> labels = who.stream().map(Audience::label).toList();
      return labels.size() == 1 ? labels.get(0)
          : String.join(", ", labels.subList(0, labels.size() - 1)) + " or " + labels.get(labels.size() - 1);
    }
  }

  /**
   * One call: a method and a path template relative to the engine ({@code /task/{id}/complete}). {@code {self}}
   * matches only the caller's own user id; a trailing {@code ?name=value} matches only when that query parameter
   * has that value (any case).
   */
  public record Call(String method, String template, Pattern pattern, String queryName, String queryValue) {

    static Call parse(String text) {
      int space = text.indexOf(' ');
      String method = text.substring(0, space);
      String template = text.substring(space + 1);
      String queryName = null;
      String queryValue = null;
      int question = template.indexOf('?');
      if (question >= 0) {
        String[] query = template.substring(question + 1).split("=", 2);
        queryName = query[0];
        queryValue = query[1];
        template = template.substring(0, question);
      }
      StringBuilder regex = new StringBuilder("^");
      Matcher variable = Pattern.compile("\\{([^}]+)}").matcher(template);
      int last = 0;
      while (variable.find()) {
        regex.append(Pattern.quote(template.substring(last, variable.start())));
        regex.append(variable.group(1).equals("self") ? "(?<self>[^/]+)" : "[^/]+");
        last = variable.end();
      }
      regex.append(Pattern.quote(template.substring(last))).append("$");
      return new Call(method, template, Pattern.compile(regex.toString()), queryName, queryValue);
    }

    boolean matches(String method, String path, Map<String, String[]> query, String userId) {
      if (!this.method.equals(method)) {
        return false;
      }
      Matcher matcher = pattern.matcher(path);
      if (!matcher.matches()) {
        return false;
      }
      if (template.contains("{self}") && (userId == null || !userId.equals(matcher.group("self")))) {
        return false;
      }
      if (queryName != null) {
        String[] values = query.get(queryName);
        return values != null && Arrays.stream(values).anyMatch(queryValue::equalsIgnoreCase);
      }
      return true;
    }

    @Override
    public String toString() {
      return method + " " + template + (queryName == null ? "" : "?" + queryName + "=" + queryValue);
    }
  }

  /** The answer for one request: the row it falls under (none: for the administrator alone) and whether it may. */
  public record Decision(Optional<Row> row, boolean allowed) {

    public String refusal() {
      return row.map(r -> "This is for " + r.whoInWords() + " only (" + r.what().toLowerCase(Locale.UK) + ").")
          .orElse("This is for the administrator only.");
    }
  }

  private static final Set<Audience> EVERYONE = EnumSet.of(STAFF);
  private static final Set<Audience> AUDIT = EnumSet.of(AUDIT_TEAM);
  private static final Set<Audience> OWNERS = EnumSet.of(PROCESS_OWNERS);
  private static final Set<Audience> AUDIT_AND_OWNERS = EnumSet.of(AUDIT_TEAM, PROCESS_OWNERS);
  private static final Set<Audience> ADMIN = EnumSet.of(ADMINISTRATOR);

  private static final List<Row> ROWS = List.of(
      // -- every member of staff: their own tasks in Tasklist, the processes they may start --------------------
      row("Read their tasks and Tasklist's filters", EVERYONE,
          "GET /task", "POST /task", "GET /task/count", "POST /task/count", "GET /task/{id}",
          "GET /task/{id}/identity-links", "GET /task/{id}/comment", "GET /task/{id}/comment/{commentId}",
          "GET /task/{id}/attachment", "GET /task/{id}/attachment/{attachmentId}",
          "GET /task/{id}/attachment/{attachmentId}/data",
          "GET /filter", "GET /filter/count", "GET /filter/{id}", "GET /filter/{id}/list", "POST /filter/{id}/list",
          "GET /filter/{id}/count", "POST /filter/{id}/count", "GET /filter/{id}/singleResult",
          "POST /filter/{id}/singleResult"),
      row("Open a task's form and the values it shows", EVERYONE,
          "GET /task/{id}/form", "GET /task/{id}/deployed-form", "GET /task/{id}/rendered-form",
          "GET /task/{id}/form-variables", "GET /task/{id}/variables", "GET /task/{id}/variables/{name}",
          "GET /task/{id}/variables/{name}/data", "GET /task/{id}/localVariables",
          "GET /task/{id}/localVariables/{name}", "GET /task/{id}/localVariables/{name}/data"),
      row("Submit a task's form", EVERYONE, "POST /task/{id}/submit-form"),
      row("Claim or unclaim a task offered to their group", EVERYONE,
          "POST /task/{id}/claim", "POST /task/{id}/unclaim"),
      row("See the processes they may start, their maps and start forms", EVERYONE,
          "GET /process-definition", "GET /process-definition/count", "GET /process-definition/{id}",
          "GET /process-definition/{id}/startForm", "GET /process-definition/{id}/deployed-start-form",
          "GET /process-definition/{id}/rendered-form", "GET /process-definition/{id}/form-variables",
          "GET /process-definition/{id}/xml", "GET /process-definition/{id}/diagram",
          "GET /process-definition/key/{key}", "GET /process-definition/key/{key}/startForm",
          "GET /process-definition/key/{key}/deployed-start-form", "GET /process-definition/key/{key}/rendered-form",
          "GET /process-definition/key/{key}/form-variables", "GET /process-definition/key/{key}/xml",
          "GET /process-definition/key/{key}/diagram"),
      row("Start a process through its start form", EVERYONE,
          "POST /process-definition/{id}/submit-form", "POST /process-definition/key/{key}/submit-form"),
      row("Read colleagues' names, their own groups and permissions; change their own password", EVERYONE,
          "GET /user", "GET /user/count", "GET /user/{id}/profile", "GET /group", "GET /group/count",
          "GET /group/{id}", "GET /identity/groups", "GET /identity/password-policy", "POST /identity/password-policy",
          "PUT /user/{self}/credentials", "GET /authorization/check", "GET /version"),
      // -- the audit team: every evaluation in Cockpit, and its people's tasks --------------------------------
      row("Monitor every process, its variables, incidents, jobs and history (Cockpit)", AUDIT_AND_OWNERS,
          "GET /process-instance", "POST /process-instance", "GET /process-instance/count",
          "POST /process-instance/count", "GET /process-instance/{id}", "GET /process-instance/{id}/activity-instances",
          "GET /process-instance/{id}/variables", "GET /process-instance/{id}/variables/{name}",
          "GET /process-instance/{id}/variables/{name}/data", "GET /process-instance/{id}/comment",
          "GET /execution", "POST /execution", "GET /execution/count", "POST /execution/count", "GET /execution/{id}",
          "GET /execution/{id}/localVariables", "GET /execution/{id}/localVariables/{name}",
          "GET /execution/{id}/localVariables/{name}/data", "GET /execution/{id}/messageSubscriptions/{name}",
          "GET /variable-instance", "POST /variable-instance", "GET /variable-instance/count",
          "POST /variable-instance/count", "GET /variable-instance/{id}", "GET /variable-instance/{id}/data",
          "GET /incident", "GET /incident/count", "GET /incident/{id}", "GET /job", "POST /job", "GET /job/count",
          "POST /job/count", "GET /job/{id}", "GET /job/{id}/stacktrace", "GET /job-definition", "POST /job-definition",
          "GET /job-definition/count", "POST /job-definition/count", "GET /job-definition/{id}",
          "GET /event-subscription", "GET /event-subscription/count", "GET /process-definition/statistics",
          "GET /process-definition/{id}/statistics", "GET /process-definition/key/{key}/statistics",
          "GET /process-definition/{id}/static-called-process-definitions",
          "GET /process-definition/key/{key}/static-called-process-definitions",
          "GET /decision-definition/**", "GET /decision-requirements-definition/**", "GET /case-definition/**",
          "GET /case-instance/**", "GET /case-execution/**", "GET /task/report/candidate-group-count",
          "GET /schema/log",
          "GET /deployment", "GET /deployment/count", "GET /deployment/{id}", "GET /deployment/{id}/resources",
          "GET /deployment/{id}/resources/{resourceId}", "GET /deployment/{id}/resources/{resourceId}/data",
          "GET /metrics", "GET /metrics/{name}/sum",
          "GET /history/**", "POST /history/activity-instance", "POST /history/activity-instance/count",
          "POST /history/detail", "POST /history/external-task-log", "POST /history/external-task-log/count",
          "POST /history/job-log", "POST /history/job-log/count", "POST /history/process-instance",
          "POST /history/process-instance/count", "POST /history/task", "POST /history/task/count",
          "POST /history/variable-instance", "POST /history/variable-instance/count"),
      row("Reassign a task, offer it to people, set its dates", AUDIT,
          "POST /task/{id}/assignee", "POST /task/{id}/delegate", "POST /task/{id}/identity-links",
          "POST /task/{id}/identity-links/delete", "PUT /task/{id}"),
      row("Complete or resolve a task for someone (its form's fields only)", AUDIT,
          "POST /task/{id}/complete", "POST /task/{id}/resolve"),
      row("Retry a failed step, run it now, move a deadline; resolve or note an incident", AUDIT,
          "PUT /job/{id}/retries", "POST /job/retries", "PUT /job-definition/{id}/retries",
          "POST /process-instance/job-retries", "PUT /job/{id}/duedate", "POST /job/{id}/duedate/recalculate",
          "POST /job/{id}/execute", "DELETE /incident/{id}", "PUT /incident/{id}/annotation",
          "DELETE /incident/{id}/annotation"),
      row("Start a process with variables (its start form's fields only)", AUDIT,
          "POST /process-definition/{id}/start", "POST /process-definition/key/{key}/start"),
      row("Evaluate a decision table", AUDIT_AND_OWNERS,
          "POST /decision-definition/{id}/evaluate", "POST /decision-definition/key/{key}/evaluate"),
      // -- process owners: the models ----------------------------------------------------------------------------
      row("Delete a deployment together with its running processes", ADMIN,
          "DELETE /deployment/{id}?cascade=true"),
      row("Deploy changed models and forms (Camunda Modeler); delete a deployment nothing runs on", OWNERS,
          "POST /deployment/create", "POST /deployment/{id}/redeploy", "GET /deployment/registered",
          "DELETE /deployment/{id}"),
      row("Move running processes to a new version (migration), read and manage its batches", OWNERS,
          "POST /migration/generate", "POST /migration/validate", "POST /migration/execute",
          "POST /migration/executeAsync", "GET /batch", "GET /batch/count", "GET /batch/statistics",
          "GET /batch/statistics/count", "GET /batch/{id}", "PUT /batch/{id}/suspended", "DELETE /batch/{id}"),
      row("Suspend or activate a process, its instances or jobs; change how long history is kept", OWNERS,
          "PUT /process-definition/{id}/suspended", "PUT /process-definition/key/{key}/suspended",
          "PUT /process-definition/suspended", "PUT /process-instance/{id}/suspended",
          "PUT /process-instance/suspended", "POST /process-instance/suspended-async",
          "PUT /job-definition/{id}/suspended", "PUT /job-definition/suspended", "PUT /job/{id}/suspended",
          "PUT /job/suspended", "PUT /process-definition/{id}/history-time-to-live",
          "PUT /process-definition/key/{key}/history-time-to-live",
          "PUT /decision-definition/{id}/history-time-to-live",
          "PUT /decision-definition/key/{key}/history-time-to-live"),
      // -- the administrator alone (listed so a reader sees them; any call not named above is theirs too) -------
      row("Write process, execution or task variables (never the application's own)", ADMIN,
          "POST /process-instance/{id}/variables", "PUT /process-instance/{id}/variables/{name}",
          "DELETE /process-instance/{id}/variables/{name}", "POST /process-instance/{id}/variables/{name}/data",
          "POST /process-instance/variables-async", "POST /execution/{id}/localVariables",
          "PUT /execution/{id}/localVariables/{name}", "DELETE /execution/{id}/localVariables/{name}",
          "POST /execution/{id}/localVariables/{name}/data", "POST /task/{id}/variables",
          "PUT /task/{id}/variables/{name}", "DELETE /task/{id}/variables/{name}",
          "POST /task/{id}/variables/{name}/data", "POST /task/{id}/localVariables",
          "PUT /task/{id}/localVariables/{name}", "DELETE /task/{id}/localVariables/{name}",
          "POST /task/{id}/localVariables/{name}/data"),
      row("Correlate messages, send signals, trigger waiting steps, evaluate conditions", ADMIN,
          "POST /message", "POST /signal", "POST /execution/{id}/signal",
          "POST /execution/{id}/messageSubscriptions/{name}/trigger", "POST /condition",
          "POST /process-instance/message-async", "POST /execution/{id}/create-incident"),
      row("Move or restart a process (modification, restart); cancel or delete processes", ADMIN,
          "POST /process-instance/{id}/modification", "POST /process-instance/{id}/modification-async",
          "POST /modification/execute", "POST /modification/executeAsync", "POST /process-definition/{id}/restart",
          "POST /process-definition/{id}/restart-async", "POST /process-definition/key/{key}/restart",
          "POST /process-definition/key/{key}/restart-async", "DELETE /process-instance/{id}",
          "POST /process-instance/delete", "POST /process-instance/delete-historic-query-based",
          "DELETE /process-definition/{id}", "DELETE /process-definition/key/{key}",
          "DELETE /process-definition/key/{key}/delete"),
      row("Delete history or change when it is removed", ADMIN,
          "DELETE /history/**", "POST /history/process-instance/delete",
          "POST /history/process-instance/set-removal-time", "POST /history/decision-instance/delete",
          "POST /history/decision-instance/set-removal-time", "POST /history/batch/set-removal-time",
          "POST /history/cleanup", "PUT /history/user-operation/{id}/set-annotation",
          "PUT /history/user-operation/{id}/clear-annotation"),
      row("Create or delete tasks outside a process; comments and attachments on tasks; throw errors from tasks",
          ADMIN, "POST /task/create", "DELETE /task/{id}", "POST /task/{id}/comment/create", "PUT /task/{id}/comment",
          "DELETE /task/{id}/comment", "DELETE /task/{id}/comment/{commentId}", "POST /task/{id}/attachment/create",
          "DELETE /task/{id}/attachment/{attachmentId}", "POST /task/{id}/bpmnError", "POST /task/{id}/bpmnEscalation"),
      row("External tasks", ADMIN, "GET /external-task/**", "POST /external-task/**", "PUT /external-task/**"),
      row("Users, groups, tenants, authorizations, filters; unlock a user", ADMIN,
          "POST /user/create", "PUT /user/{id}/profile", "PUT /user/{id}/credentials", "DELETE /user/{id}",
          "POST /user/{id}/unlock", "POST /group/create", "PUT /group/{id}", "DELETE /group/{id}",
          "PUT /group/{id}/members/{userId}", "DELETE /group/{id}/members/{userId}", "GET /tenant/**",
          "POST /tenant/**", "PUT /tenant/**", "DELETE /tenant/**", "GET /authorization", "GET /authorization/count",
          "GET /authorization/{id}", "POST /authorization/create", "PUT /authorization/{id}",
          "DELETE /authorization/{id}", "POST /filter/create", "PUT /filter/{id}", "DELETE /filter/{id}",
          "POST /identity/verify"));

  private EngineApiRules() {}

  private static Row row(String what, Set<Audience> who, String... calls) {
    List<Call> parsed = new ArrayList<>();
    for (String call : calls) {
      parsed.add(call.endsWith("/**") ? wildcard(call) : Call.parse(call));
    }
    return new Row(what, who, List.copyOf(parsed));
  }

  private static Call wildcard(String call) {
    int space = call.indexOf(' ');
    String prefix = call.substring(space + 1, call.length() - 3);
    return new Call(call.substring(0, space), prefix + "/**",
        Pattern.compile("^" + Pattern.quote(prefix) + "(/.*)?$"), null, null);
  }

  public static List<Row> rows() {
    return ROWS;
  }

  /**
   * Decides a call. {@code path} is relative to the engine ({@code /task/abc/complete}), {@code method} in capitals
   * (HEAD is read as GET).
   */
  public static Decision decide(String method, String path, Map<String, String[]> query, String userId,
      Collection<String> groups) {
    String verb = "HEAD".equals(method) ? "GET" : method;
    String normalised = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    Set<Audience> audiences = Audience.of(groups);
    if ("OPTIONS".equals(verb)) {
      // the engine's own description of what a resource offers; nothing is read or changed
      return new Decision(Optional.empty(), !audiences.isEmpty());
    }
    for (Row row : ROWS) {
      for (Call call : row.calls()) {
        if (call.matches(verb, normalised, query, userId)) {
          return new Decision(Optional.of(row), row.allows(audiences));
        }
      }
    }
    return new Decision(Optional.empty(), audiences.contains(ADMINISTRATOR));
  }

  /** Every call the table names, for the README check. */
  public static Set<String> calls() {
    return ROWS.stream().flatMap(r -> r.calls().stream()).map(Call::toString).collect(Collectors.toSet());
  }
}
