package org.practiceevaluations.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Participant;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ScriptTask;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnPlane;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.xml.instance.DomElement;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * Checks the models in {@code processes/} and the forms in {@code forms/} the way a process owner's change must
 * pass before it reaches Tasklist and Cockpit, and names the file and element of every problem:
 * <ul>
 *   <li>a BPMN or DMN file that cannot be read, or does not deploy to the engine;</li>
 *   <li>a flow element without diagram information (BPMNShape, BPMNEdge), or a process that is not drawn, so
 *       Modeler and Cockpit cannot show it;</li>
 *   <li>an executable process or a decision without {@code camunda:historyTimeToLive};</li>
 *   <li>a user task without {@code camunda:formRef}, with an expression or a form id not in {@code forms/}, with a
 *       binding other than {@code latest} (ADR 0003), or whose form Tasklist cannot fetch: an instance is started
 *       before each user task and {@code formService.getDeployedTaskForm} must return that form;</li>
 *   <li>a {@code camunda:delegateExpression} naming no Spring bean;</li>
 *   <li>any script: a script task, a {@code camunda:script}, an expression with a script language;</li>
 *   <li>a form that is not JSON, or lacks {@code id} or {@code components}.</li>
 * </ul>
 * The engine part deploys each model (with every form) as a deployment of its own, starts instances only in it,
 * and removes it all afterwards, giving back the previous versions their timers and message subscriptions.
 */
public final class ModelCheck {

  /** One problem: the file (relative to the checked folder), the element (its id, or "-") and what is wrong. */
  public record Problem(String file, String element, String message) {
    @Override
    public String toString() {
      return file + " [" + element + "]: " + message;
    }
  }

  public static final String DEPLOYMENT_NAME = "model-check";
  static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";
  static final String BPMN_NS = "http://www.omg.org/spec/BPMN/20100524/MODEL";
  static final String FORM_REF_BINDING = "latest";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{(.*?)}", Pattern.DOTALL);
  private static final Pattern BEAN_REFERENCE = Pattern.compile("^\\s*[$#]\\{\\s*([A-Za-z_][A-Za-z0-9_]*)");
  private static final Pattern IDENTIFIER = Pattern.compile("(?<![\\w.])([A-Za-z_][A-Za-z0-9_]*)\\s*([.(\\[])?");
  private static final Pattern QUOTED = Pattern.compile("'[^']*'|\"[^\"]*\"");
  private static final Set<String> EL_WORDS = Set.of("and", "or", "not", "eq", "ne", "lt", "gt", "le", "ge", "div",
      "mod", "empty", "true", "false", "null", "instanceof", "execution", "task", "authenticatedUserId");

  private final Path root;
  private final List<Path> bpmnFiles;
  private final List<Path> dmnFiles;
  private final List<Path> formFiles;

  private final Map<Path, BpmnModelInstance> bpmnModels = new LinkedHashMap<>();
  private final Map<Path, DmnModelInstance> dmnModels = new LinkedHashMap<>();
  private final Map<String, Path> validForms = new LinkedHashMap<>();
  /** User tasks whose form reference passed the file checks: only these are tried on the engine. */
  private final Set<String> userTasksToTry = new LinkedHashSet<>();
  /** User tasks whose form was fetched from the engine, as {@code file#taskId}. */
  private final List<String> userTasksTried = new ArrayList<>();

  private ModelCheck(Path root) {
    this.root = root;
    this.bpmnFiles = files(root.resolve("processes"), ".bpmn");
    this.dmnFiles = files(root.resolve("processes"), ".dmn");
    this.formFiles = files(root.resolve("forms"), ".form");
  }

  /** The models in {@code root/processes} and the forms in {@code root/forms} (either may be missing or empty). */
  public static ModelCheck of(Path root) {
    return new ModelCheck(root);
  }

  /** Every file the check reads, relative to the checked folder ({@code processes/x.bpmn}, {@code forms/y.form}). */
  public List<String> files() {
    return Stream.of(bpmnFiles, dmnFiles, formFiles).flatMap(List::stream).map(this::name).sorted().toList();
  }

  /** The user tasks {@link #checkOnEngine} created and fetched the form of, as {@code processes/x.bpmn#Task_Id}. */
  public List<String> userTasksTried() {
    return List.copyOf(userTasksTried);
  }

  /** Runs every check: the files on their own, their Spring beans, then deploying and starting them. */
  public List<Problem> run(ProcessEngine engine, Predicate<String> beanExists) {
    List<Problem> problems = new ArrayList<>(checkFiles(beanExists));
    problems.addAll(checkOnEngine(engine));
    return problems;
  }

  // ---------------------------------------------------------------------------------------------- the files alone

  /** The checks that need no engine. {@code beanExists} answers whether a Spring bean of that name exists. */
  public List<Problem> checkFiles(Predicate<String> beanExists) {
    List<Problem> problems = new ArrayList<>();
    for (Path file : formFiles) {
      checkForm(file, problems);
    }
    for (Path file : bpmnFiles) {
      BpmnModelInstance model = read(file, problems, in -> Bpmn.readModelFromStream(in));
      if (model != null) {
        bpmnModels.put(file, model);
        checkDiagram(file, model, problems);
        checkHistoryTimeToLive(file, model, problems);
        checkUserTaskForms(file, model, problems);
        checkScripts(file, model, problems);
        checkDelegateExpressions(file, model.getDocument().getRootElement(), beanExists, problems);
      }
    }
    for (Path file : dmnFiles) {
      DmnModelInstance model = read(file, problems, in -> Dmn.readModelFromStream(in));
      if (model != null) {
        dmnModels.put(file, model);
        for (Decision decision : model.getModelElementsByType(Decision.class)) {
          if (isBlank(decision.getCamundaHistoryTimeToLiveString())) {
            problems.add(problem(file, decision.getId(), "decision " + quoted(decision.getName())
                + " has no camunda:historyTimeToLive (how long its history is kept)"));
          }
        }
      }
    }
    return problems;
  }

  private void checkForm(Path file, List<Problem> problems) {
    JsonNode form;
    try {
      form = JSON.readTree(Files.readString(file));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      problems.add(problem(file, "-", "is not valid JSON (line " + e.getLocation().getLineNr() + ", column "
          + e.getLocation().getColumnNr() + "): " + e.getOriginalMessage()));
      return;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (form == null || !form.isObject()) {
      problems.add(problem(file, "-", "is not a JSON object"));
      return;
    }
    JsonNode id = form.get("id");
    boolean valid = true;
    if (id == null || !id.isTextual() || id.asText().isBlank()) {
      problems.add(problem(file, "-", "has no \"id\" (the form id user tasks name in camunda:formRef)"));
      valid = false;
    }
    JsonNode components = form.get("components");
    if (components == null || !components.isArray()) {
      problems.add(problem(file, id == null ? "-" : id.asText(), "has no \"components\" list"));
      valid = false;
    }
    if (valid) {
      validForms.put(id.asText(), file);
    }
  }

  private void checkDiagram(Path file, BpmnModelInstance model, List<Problem> problems) {
    Set<String> drawn = new LinkedHashSet<>();
    model.getModelElementsByType(BpmnShape.class).forEach(s -> addId(drawn, s.getBpmnElement()));
    model.getModelElementsByType(BpmnEdge.class).forEach(e -> addId(drawn, e.getBpmnElement()));
    Set<String> planes = new LinkedHashSet<>();
    model.getModelElementsByType(BpmnPlane.class).forEach(p -> addId(planes, p.getBpmnElement()));

    for (Process process : model.getModelElementsByType(Process.class)) {
      boolean onAPlane = planes.contains(process.getId());
      boolean inADrawnPool = model.getModelElementsByType(Participant.class).stream()
          .anyMatch(p -> p.getProcess() == process && drawn.contains(p.getId()) && planes.contains(
              ((BaseElement) p.getParentElement()).getId()));
      if (!onAPlane && !inADrawnPool) {
        problems.add(problem(file, process.getId(), "process " + quoted(process.getName())
            + " has no diagram (BPMNPlane or a drawn pool): Modeler and Cockpit cannot show it"));
      }
    }
    for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
      if (!drawn.contains(node.getId())) {
        problems.add(problem(file, node.getId(), kind(node) + " " + quoted(node.getName())
            + " has no diagram information (BPMNShape)"));
      }
    }
    for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
      if (!drawn.contains(flow.getId())) {
        problems.add(problem(file, flow.getId(), "sequence flow from " + flow.getSource().getId() + " to "
            + flow.getTarget().getId() + " has no diagram information (BPMNEdge)"));
      }
    }
  }

  private void checkHistoryTimeToLive(Path file, BpmnModelInstance model, List<Problem> problems) {
    for (Process process : model.getModelElementsByType(Process.class)) {
      if (process.isExecutable() && isBlank(process.getCamundaHistoryTimeToLiveString())) {
        problems.add(problem(file, process.getId(), "process " + quoted(process.getName())
            + " has no camunda:historyTimeToLive (how long its history is kept)"));
      }
    }
  }

  private void checkUserTaskForms(Path file, BpmnModelInstance model, List<Problem> problems) {
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      String formRef = task.getCamundaFormRef();
      String what = "user task " + quoted(task.getName());
      if (isBlank(formRef)) {
        problems.add(problem(file, task.getId(), what + " has no camunda:formRef (a Camunda Form in forms/)"));
        continue;
      }
      if (formRef.contains("${") || formRef.contains("#{")) {
        problems.add(problem(file, task.getId(), what + " names its form by an expression (" + formRef
            + "): name a form id from forms/"));
        continue;
      }
      if (!FORM_REF_BINDING.equals(task.getCamundaFormRefBinding())) {
        problems.add(problem(file, task.getId(), what + " has camunda:formRefBinding "
            + quoted(task.getCamundaFormRefBinding()) + ": use \"latest\" so a form can be deployed on its own"));
      }
      if (!validForms.containsKey(formRef)) {
        problems.add(problem(file, task.getId(), what + " names form " + quoted(formRef)
            + ", which no file in forms/ defines"));
        continue;
      }
      userTasksToTry.add(key(file, task.getId()));
    }
  }

  private void checkScripts(Path file, BpmnModelInstance model, List<Problem> problems) {
    for (ScriptTask task : model.getModelElementsByType(ScriptTask.class)) {
      problems.add(problem(file, task.getId(), "script task " + quoted(task.getName())
          + " runs a script: use a service task with a delegate expression"));
    }
    walk(model.getDocument().getRootElement(), element -> {
      if (CAMUNDA_NS.equals(element.getNamespaceURI()) && "script".equals(element.getLocalName())) {
        problems.add(problem(file, nearestId(element), "has a camunda:script (" + parentName(element)
            + "): use a delegate expression or a plain expression"));
      } else if (BPMN_NS.equals(element.getNamespaceURI()) && !"script".equals(element.getLocalName())
          && !isBlank(element.getAttribute("language"))) {
        problems.add(problem(file, nearestId(element), "has a " + element.getLocalName() + " in the script language "
            + quoted(element.getAttribute("language")) + ": use an expression (${...})"));
      }
    });
  }

  private void checkDelegateExpressions(Path file, DomElement rootElement, Predicate<String> beanExists,
      List<Problem> problems) {
    walk(rootElement, element -> {
      String expression = element.getAttribute(CAMUNDA_NS, "delegateExpression");
      if (isBlank(expression)) {
        return;
      }
      Matcher bean = BEAN_REFERENCE.matcher(expression);
      String where = element.getLocalName();
      if (!bean.find()) {
        problems.add(problem(file, nearestId(element), where + " has camunda:delegateExpression " + quoted(expression)
            + ", which names no bean: write ${beanName}"));
      } else if (!beanExists.test(bean.group(1))) {
        problems.add(problem(file, nearestId(element), where + " has camunda:delegateExpression " + quoted(expression)
            + ": there is no Spring bean " + quoted(bean.group(1))));
      }
    });
  }

  // ------------------------------------------------------------------------------------------------- on the engine

  /**
   * Deploys each model that could be read (each BPMN with every valid form), starts an instance before every user
   * task whose form reference passed {@link #checkFiles}, and asks for the form as Tasklist does. Call
   * {@link #checkFiles} first. Everything deployed is removed again.
   */
  public List<Problem> checkOnEngine(ProcessEngine engine) {
    List<Problem> problems = new ArrayList<>();
    List<Deployment> deployments = new ArrayList<>();
    List<String> definitions = new ArrayList<>();
    RepositoryService repository = engine.getRepositoryService();
    try {
      for (Path file : dmnModels.keySet()) {
        deploy(engine, file, List.of(), problems).ifPresent(deployments::add);
      }
      for (Map.Entry<Path, BpmnModelInstance> model : bpmnModels.entrySet()) {
        Optional<DeploymentWithDefinitions> deployment = deploy(engine, model.getKey(), validForms.values(), problems);
        if (deployment.isEmpty()) {
          continue;
        }
        deployments.add(deployment.get());
        for (ProcessDefinition definition : deployment.get().getDeployedProcessDefinitions()) {
          definitions.add(definition.getId());
          tryUserTasks(engine, model.getKey(), model.getValue(), definition, problems);
        }
      }
    } finally {
      if (!definitions.isEmpty()) {
        repository.deleteProcessDefinitions().byIds(definitions.toArray(String[]::new))
            .cascade().skipCustomListeners().skipIoMappings().delete();
      }
      deployments.forEach(d -> repository.deleteDeployment(d.getId(), true, true, true));
    }
    return problems;
  }

  private Optional<DeploymentWithDefinitions> deploy(ProcessEngine engine, Path file,
      Collection<Path> forms, List<Problem> problems) {
    DeploymentBuilder builder = engine.getRepositoryService().createDeployment().name(DEPLOYMENT_NAME)
        .source(DEPLOYMENT_NAME);
    try {
      builder.addString(name(file), Files.readString(file));
      for (Path form : forms) {
        builder.addString(name(form), Files.readString(form));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      return Optional.of(builder.deployWithResult());
    } catch (RuntimeException e) {
      problems.add(problem(file, "-", "does not deploy: " + describe(e)));
      return Optional.empty();
    }
  }

  private void tryUserTasks(ProcessEngine engine, Path file, BpmnModelInstance model, ProcessDefinition definition,
      List<Problem> problems) {
    for (UserTask userTask : model.getModelElementsByType(UserTask.class)) {
      if (!definition.getKey().equals(processOf(userTask).getId())
          || !userTasksToTry.contains(key(file, userTask.getId()))) {
        continue;
      }
      String instanceId = null;
      try {
        // Variables given before the first instruction are process variables, seen by every scope created (a
        // sub-process's boundary timers too); given after it, they would be local to the task, set too late.
        instanceId = engine.getRuntimeService().createProcessInstanceById(definition.getId())
            .setVariables(placeholders(userTask))
            .startBeforeActivity(userTask.getId())
            .execute(true, true)
            .getId();
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(instanceId)
            .taskDefinitionKey(userTask.getId()).list().stream().findFirst().orElse(null);
        if (task == null) {
          problems.add(problem(file, userTask.getId(), "user task " + quoted(userTask.getName())
              + " creates no task when an instance is started before it"));
          continue;
        }
        userTasksTried.add(key(file, userTask.getId()));
        String shown;
        try (InputStream form = engine.getFormService().getDeployedTaskForm(task.getId())) {
          shown = JSON.readTree(form).path("id").asText();
        }
        if (!shown.equals(userTask.getCamundaFormRef())) {
          problems.add(problem(file, userTask.getId(), "Tasklist shows form " + quoted(shown) + " instead of "
              + quoted(userTask.getCamundaFormRef())));
        }
      } catch (RuntimeException | IOException e) {
        problems.add(problem(file, userTask.getId(), "Tasklist cannot show the form of user task "
            + quoted(userTask.getName()) + ": " + describe(e)));
      } finally {
        if (instanceId != null) {
          engine.getRuntimeService().deleteProcessInstance(instanceId, DEPLOYMENT_NAME, true, true, true);
        }
      }
    }
  }

  /**
   * Stand-ins for the process variables a user task reads when it is created (assignee, candidates, due date,
   * priority, its boundary timers and those of the sub-processes around it), so that it can be created without running what comes before it. They are
   * transient: never stored.
   */
  static VariableMap placeholders(UserTask userTask) {
    Map<String, Object> byName = new LinkedHashMap<>();
    Date tomorrow = new Date(ClockUtil.getCurrentTime().getTime() + 24L * 60 * 60 * 1000);
    DomElement element = userTask.getDomElement();
    for (String attribute : List.of("assignee", "candidateUsers", "candidateGroups", "dueDate", "followUpDate",
        "priority")) {
      Object value = switch (attribute) {
        case "dueDate", "followUpDate" -> tomorrow;
        case "priority" -> 50;
        default -> DEPLOYMENT_NAME;
      };
      collect(element.getAttribute(CAMUNDA_NS, attribute), value, byName);
    }
    // starting before the task also starts every sub-process around it, with their boundary timers
    List<org.camunda.bpm.model.xml.instance.ModelElementInstance> scopes = new java.util.ArrayList<>();
    scopes.add(userTask);
    for (var parent = userTask.getParentElement(); parent instanceof org.camunda.bpm.model.bpmn.instance.SubProcess;
        parent = parent.getParentElement()) {
      scopes.add(parent);
    }
    for (BoundaryEvent boundary : userTask.getModelInstance().getModelElementsByType(BoundaryEvent.class)) {
      if (!scopes.contains(boundary.getAttachedTo())) {
        continue;
      }
      for (TimerEventDefinition timer : boundary.getChildElementsByType(TimerEventDefinition.class)) {
        if (timer.getTimeDate() != null) {
          collect(timer.getTimeDate().getTextContent(), tomorrow, byName);
        }
        if (timer.getTimeDuration() != null) {
          collect(timer.getTimeDuration().getTextContent(), "P1D", byName);
        }
        if (timer.getTimeCycle() != null) {
          collect(timer.getTimeCycle().getTextContent(), "R1/P1D", byName);
        }
      }
    }
    VariableMap variables = Variables.createVariables();
    byName.forEach((name, value) -> variables.putValueTyped(name, Variables.untypedValue(value, true)));
    return variables;
  }

  /** Adds a stand-in for each variable an expression reads; {@code a.b} gets a map answering any key. */
  private static void collect(String text, Object value, Map<String, Object> byName) {
    if (isBlank(text)) {
      return;
    }
    Matcher expression = EXPRESSION.matcher(text);
    while (expression.find()) {
      Matcher identifier = IDENTIFIER.matcher(QUOTED.matcher(expression.group(1)).replaceAll(""));
      while (identifier.find()) {
        String name = identifier.group(1);
        String next = identifier.group(2);
        if (EL_WORDS.contains(name) || "(".equals(next) || byName.containsKey(name)) {
          continue;
        }
        byName.put(name, next == null ? value : new AnyKey(value));
      }
    }
  }

  /** A map that has every key, each with the same value: a stand-in for {@code deadlines.firstAudit}. */
  static final class AnyKey extends AbstractMap<String, Object> {
    private final Object value;

    AnyKey(Object value) {
      this.value = value;
    }

    @Override
    public Object get(Object key) {
      return value;
    }

    @Override
    public boolean containsKey(Object key) {
      return true;
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
      return Set.of();
    }
  }

  // --------------------------------------------------------------------------------------------------- helpers

  private interface Reader<T> {
    T read(InputStream in);
  }

  private <T> T read(Path file, List<Problem> problems, Reader<T> reader) {
    try (InputStream in = Files.newInputStream(file)) {
      return reader.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (RuntimeException e) {
      problems.add(problem(file, "-", "cannot be read: " + describe(e)));
      return null;
    }
  }

  private static List<Path> files(Path folder, String extension) {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().endsWith(extension))
          .sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String name(Path file) {
    return root.relativize(file).toString().replace('\\', '/');
  }

  private Problem problem(Path file, String element, String message) {
    return new Problem(name(file), element == null ? "-" : element, message);
  }

  private String key(Path file, String elementId) {
    return name(file) + "#" + elementId;
  }

  private static void walk(DomElement element, Consumer<DomElement> visitor) {
    visitor.accept(element);
    for (DomElement child : element.getChildElements()) {
      walk(child, visitor);
    }
  }

  /** The id of the element or of its nearest ancestor that has one (listeners and scripts have none). */
  private static String nearestId(DomElement element) {
    for (DomElement e = element; e != null; e = e.getParentElement()) {
      String id = e.getAttribute("id");
      if (!isBlank(id)) {
        return id;
      }
    }
    return "-";
  }

  private static String parentName(DomElement element) {
    DomElement parent = element.getParentElement();
    return parent == null ? "at the top" : "in " + parent.getLocalName();
  }

  private static Process processOf(ModelElementInstance element) {
    ModelElementInstance e = element;
    while (e != null && !(e instanceof Process)) {
      e = e.getParentElement();
    }
    return (Process) e;
  }

  private static void addId(Set<String> ids, BaseElement element) {
    if (element != null) {
      ids.add(element.getId());
    }
  }

  private static String kind(FlowElement element) {
    return element.getElementType().getTypeName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase();
  }

  private static String quoted(String text) {
    return text == null ? "(unnamed)" : "\"" + text + "\"";
  }

  private static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }

  /** The exception's message and, when it says more, its root cause's: on one line, at most 400 characters. */
  private static String describe(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = String.valueOf(e.getMessage());
    if (root != e && root.getMessage() != null && !message.contains(root.getMessage())) {
      message += " (" + root.getMessage() + ")";
    }
    message = message.replaceAll("\\s+", " ").trim();
    return message.length() > 400 ? message.substring(0, 400) + "..." : message;
  }
}
