package org.practiceevaluations.engine.access;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.GetDeployedTaskFormCmd;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractPatchVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractRemoveVariableCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetVariableCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractVariableCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.GetDeployedStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.PatchExecutionVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.PatchTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.RemoveExecutionVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.RemoveTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SetExecutionVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.practiceevaluations.access.ApplicationVariables;
import org.practiceevaluations.access.FormFields;
import org.practiceevaluations.identity.StaffGroup;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * What a person may write, whichever API they use (REST, Tasklist, Cockpit): a task takes only the fields of its
 * own form, a start only the fields of its start form and never the person it is started by; the variables the
 * application writes (the evaluation a process is about, its people, deadlines and grades) are never written by a
 * person. Anything else is refused with a message naming it, and nothing is written.
 *
 * <p>Checked when a person is logged in (the engine's current authentication) and the call comes from outside the
 * engine (the outermost command on the thread); the application's own steps and calls made as the application
 * ({@code AsApplication}) are not persons. The check runs inside the call's own command context and transaction, so
 * a refusal rolls back with the call and a call that passes costs no transaction of its own.
 */
@Component
public class PersonWritesPlugin extends AbstractProcessEnginePlugin {

  private final ApplicationVariables applicationVariables;
  private ProcessEngineConfigurationImpl configuration;

  private final ObjectProvider<ObjectMapper> json;

  /** How many commands this thread is inside: only the outermost one is the person's own call. */
  private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);

  public PersonWritesPlugin(ApplicationVariables applicationVariables, ObjectProvider<ObjectMapper> json) {
    this.applicationVariables = applicationVariables;
    this.json = json;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    this.configuration = configuration;
    if (configuration.getCustomPostCommandInterceptorsTxRequired() == null) {
      configuration.setCustomPostCommandInterceptorsTxRequired(new ArrayList<>());
    }
    // After the command context is open, so the check reads the task and its form in the command's own
    // transaction (one commit per call, and the task it loads is the one the command then works on).
    configuration.getCustomPostCommandInterceptorsTxRequired().add(new CommandInterceptor() {
      @Override
      public <T> T execute(Command<T> command) {
        int[] depth = DEPTH.get();
        if (depth[0] == 0) {
          Authentication person = configuration.getIdentityService().getCurrentAuthentication();
          if (person != null && person.getUserId() != null) {
            check(command, person);
          }
        }
        depth[0]++;
        try {
          return next.execute(command);
        } finally {
          depth[0]--;
        }
      }
    });
  }

  private void check(Command<?> command, Authentication person) {
    if (command instanceof CompleteTaskCmd complete) {
      taskWrites(field(complete, CompleteTaskCmd.class, "taskId"), names(field(complete, CompleteTaskCmd.class,
          "variables")));
    } else if (command instanceof SubmitTaskFormCmd submit) {
      taskWrites(field(submit, SubmitTaskFormCmd.class, "taskId"), names(field(submit, SubmitTaskFormCmd.class,
          "properties")));
    } else if (command instanceof SetTaskVariablesCmd || command instanceof RemoveTaskVariablesCmd) {
      taskWrites(field(command, AbstractVariableCmd.class, "entityId"), variableNames((AbstractVariableCmd) command));
    } else if (command instanceof PatchTaskVariablesCmd patch) {
      taskWrites(field(patch, AbstractPatchVariablesCmd.class, "entityId"), patchNames(patch));
    } else if (command instanceof SetExecutionVariablesCmd || command instanceof RemoveExecutionVariablesCmd) {
      executionWrites(variableNames((AbstractVariableCmd) command), person);
    } else if (command instanceof PatchExecutionVariablesCmd patch) {
      executionWrites(patchNames(patch), person);
    } else if (command instanceof SubmitStartFormCmd start) {
      startWrites(field(start, SubmitStartFormCmd.class, "processDefinitionId"), null,
          names(field(start, SubmitStartFormCmd.class, "variables")));
    } else if (command instanceof StartProcessInstanceCmd start) {
      ProcessInstantiationBuilderImpl builder = field(start, StartProcessInstanceCmd.class, "instantiationBuilder");
      if (builder.getModificationBuilder() != null
          && !builder.getModificationBuilder().getModificationOperations().isEmpty()
          && (person.getGroupIds() == null || !person.getGroupIds().contains(StaffGroup.CAMUNDA_ADMIN.id()))) {
        throw new FormFieldValidationException("start", "Starting a process part-way through is for the "
            + "administrator only.");
      }
      startWrites(builder.getProcessDefinitionId(), builder.getProcessDefinitionKey(), names(builder.getVariables()));
    }
  }

  /** A task takes only the fields of its own form. */
  private void taskWrites(String taskId, Collection<String> names) {
    if (names.isEmpty() || taskId == null) {
      return;
    }
    FormFields form = asEngine(context -> {
      if (context.getTaskManager().findTaskById(taskId) == null) {
        return null;
      }
      return formFields(() -> new GetDeployedTaskFormCmd(taskId).execute(context));
    });
    if (form == null) {
      return; // no such task: the command itself says so
    }
    Set<String> strangers = new TreeSet<>(names);
    strangers.removeAll(form.names());
    if (!strangers.isEmpty()) {
      throw new FormFieldValidationException("variables", "Not on this task's form, so nothing was saved: "
          + String.join(", ", strangers) + ". A task takes only the answers its form asks for.");
    }
  }

  /** A start takes only the fields of its start form, and never the person it is started by. */
  private void startWrites(String processDefinitionId, String processDefinitionKey, Collection<String> names) {
    if (names.isEmpty()) {
      return;
    }
    record Start(FormFields form, Set<String> initiators) {}
    Start start = asEngine(context -> {
      ProcessDefinitionEntity definition = processDefinitionId != null
          ? context.getProcessEngineConfiguration().getDeploymentCache()
              .findDeployedProcessDefinitionById(processDefinitionId)
          : context.getProcessEngineConfiguration().getDeploymentCache()
              .findDeployedLatestProcessDefinitionByKey(processDefinitionKey);
      BpmnModelInstance model = context.getProcessEngineConfiguration().getDeploymentCache()
          .findBpmnModelInstanceForProcessDefinition(definition.getId());
      Set<String> initiators = new LinkedHashSet<>();
      for (StartEvent event : model.getModelElementsByType(StartEvent.class)) {
        if (event.getCamundaInitiator() != null && !event.getCamundaInitiator().isBlank()) {
          initiators.add(event.getCamundaInitiator());
        }
      }
      FormFields form = formFields(() -> new GetDeployedStartFormCmd(definition.getId()).execute(context));
      return new Start(form, initiators);
    });
    List<String> problems = new ArrayList<>();
    for (String initiator : start.initiators()) {
      if (names.contains(initiator)) {
        problems.add(initiator + " is always the person who starts it and cannot be sent.");
      }
    }
    Set<String> strangers = new TreeSet<>(names);
    strangers.removeAll(start.form().names());
    strangers.removeAll(start.initiators());
    if (!strangers.isEmpty()) {
      problems.add("Not on the start form, so it was not started: " + String.join(", ", strangers) + ".");
    }
    if (!problems.isEmpty()) {
      throw new FormFieldValidationException("variables", String.join(" ", problems));
    }
  }

  /** The variables the application writes are never written by a person. */
  private void executionWrites(Collection<String> names, Authentication person) {
    Set<String> owned = new TreeSet<>(names);
    owned.retainAll(applicationVariables.names());
    if (!owned.isEmpty()) {
      throw new FormFieldValidationException("variables", "Only the application writes "
          + String.join(", ", owned) + ": they say which evaluation a process is about, its people, deadlines "
          + "and grades. Nothing was changed.");
    }
  }

  /** Reads what the check needs in the call's own command context, whatever the person may read. */
  private static <T> T asEngine(Command<T> lookup) {
    CommandContext context = Context.getCommandContext();
    boolean checking = context.isAuthorizationCheckEnabled();
    context.disableAuthorizationCheck();
    try {
      return lookup.execute(context);
    } finally {
      if (checking) {
        context.enableAuthorizationCheck();
      }
    }
  }

  private interface FormSource {
    InputStream open();
  }

  private FormFields formFields(FormSource source) {
    try (InputStream form = source.open()) {
      return FormFields.read(form, json.getObject());
    } catch (BadUserRequestException e) {
      return FormFields.none(); // no form: nothing may be sent
    } catch (IOException e) {
      throw new IllegalStateException("The deployed form could not be read.", e);
    }
  }

  private static Collection<String> names(Map<String, ?> variables) {
    return variables == null ? List.of() : variables.keySet();
  }

  private static Collection<String> variableNames(AbstractVariableCmd command) {
    if (command instanceof AbstractSetVariableCmd set) {
      Map<String, ?> variables = field(set, AbstractSetVariableCmd.class, "variables");
      return names(variables);
    }
    Collection<String> removed = field(command, AbstractRemoveVariableCmd.class, "variableNames");
    return removed == null ? List.of() : removed;
  }

  private static Collection<String> patchNames(AbstractPatchVariablesCmd patch) {
    Set<String> names = new LinkedHashSet<>(names(field(patch, AbstractPatchVariablesCmd.class, "variables")));
    Collection<String> deletions = field(patch, AbstractPatchVariablesCmd.class, "deletions");
    if (deletions != null) {
      names.addAll(deletions);
    }
    return names;
  }

  /** The engine's commands keep what they were asked in protected fields; they are read, never changed. */
  @SuppressWarnings("unchecked")
  private static <T> T field(Object command, Class<?> declaring, String name) {
    try {
      Field field = declaring.getDeclaredField(name);
      field.setAccessible(true);
      return (T) field.get(command);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Camunda's " + declaring.getSimpleName() + " has no field " + name
          + ": the check of what a person may write needs updating for this engine version.", e);
    }
  }
}
