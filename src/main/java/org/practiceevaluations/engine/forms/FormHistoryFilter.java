package org.practiceevaluations.engine.forms;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.practiceevaluations.forms.SaveAnswers;
import org.springframework.stereotype.Component;

/**
 * Keeps two kinds of copies out of the engine's history (full history otherwise, as configured):
 *
 * <ul>
 *   <li><b>Task variables</b>: the values a form is shown with, which {@link PrepareForm} sets on
 *       each user task when it is created (the Tasklist card's three and what is particular to the form; the case facts
 *       are read when the form is opened, ADR 0033) and which die with the task. They are
 *       read from the evaluation tables and can be read there again; with full history each was written three more
 *       times (its historic variable instance, a detail row, and the update when the task ends), 8 tasks per
 *       evaluation: about a quarter of every SQL statement of an evaluation (see the README's "Performance").</li>
 *   <li><b>Form property details</b>: on every form submission the engine also writes each submitted text as a
 *       "form property" detail row, a second copy of what is already in the variables' history and in the
 *       evaluation tables. Nothing reads them (they served the engine's generated forms, which the product does not
 *       use).</li>
 * </ul>
 * Everything else keeps its full history: process, activity and task instances, process variables, decisions,
 * jobs, incidents, the user operation log.
 */
@Component
public class FormHistoryFilter extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<HistoryEventHandler> handlers = new ArrayList<>();
    if (configuration.isEnableDefaultDbHistoryEventHandler()) {
      // the engine's own handler, behind the filter (instead of in front of every other handler)
      handlers.add(new Filtered(new DbHistoryEventHandler()));
      configuration.setEnableDefaultDbHistoryEventHandler(false);
    }
    if (configuration.getCustomHistoryEventHandlers() != null) {
      handlers.addAll(configuration.getCustomHistoryEventHandlers());
    }
    configuration.setCustomHistoryEventHandlers(handlers);
  }

  /** Whether the engine keeps this history event. */
  static boolean kept(HistoryEvent event) {
    if (event instanceof HistoricFormPropertyEventEntity) {
      return false;
    }
    return !(event instanceof HistoricVariableUpdateEventEntity variable && variable.getTaskId() != null);
  }

  /** Passes the events that are {@link #kept} to the engine's database history handler. */
  static final class Filtered implements HistoryEventHandler {

    private final HistoryEventHandler target;

    Filtered(HistoryEventHandler target) {
      this.target = target;
    }

    @Override
    public void handleEvent(HistoryEvent event) {
      if (kept(event)) {
        target.handleEvent(event);
      }
    }

    @Override
    public void handleEvents(List<HistoryEvent> events) {
      events.forEach(this::handleEvent);
    }
  }
}
