package org.practiceevaluations.engine.deployment;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.DeployCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * A process owner deploys a file the engine cannot even read: a BPMN or DMN file that is not well-formed XML, or a
 * form that is not valid JSON. The engine refuses it, but as a server error (500). This makes it what it is, a bad
 * request (400, shown in Camunda Modeler), with the reader's own words and where in the file. Models that read but
 * are wrong (a flow to a task that is not there, no history time to live) are already 400 with line and column.
 */
@Component
public class UnreadableModelPlugin extends AbstractProcessEnginePlugin {

  /** The engine's codes for "could not read this resource": BPMN XML, Camunda Form JSON, DMN XML. */
  static final List<String> UNREADABLE = List.of("ENGINE-09003", "ENGINE-09033", "ENGINE-22004");

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPreCommandInterceptorsTxRequired() == null) {
      configuration.setCustomPreCommandInterceptorsTxRequired(new ArrayList<>());
    }
    configuration.getCustomPreCommandInterceptorsTxRequired().add(new CommandInterceptor() {
      @Override
      public <T> T execute(Command<T> command) {
        if (!(command instanceof DeployCmd)) {
          return next.execute(command);
        }
        try {
          return next.execute(command);
        } catch (BadUserRequestException e) {
          throw e;
        } catch (ProcessEngineException e) {
          if (unreadable(e)) {
            throw new BadUserRequestException(describe(e), e);
          }
          throw e;
        }
      }
    });
  }

  static boolean unreadable(ProcessEngineException e) {
    String message = e.getMessage();
    return message != null && UNREADABLE.stream().anyMatch(message::startsWith);
  }

  /** The engine's message, and the XML or JSON reader's own when the engine's leaves it out. */
  static String describe(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = e.getMessage();
    if (root != e && root.getMessage() != null && !message.contains(root.getMessage())) {
      message = message + " " + root.getMessage();
    }
    return message;
  }
}
