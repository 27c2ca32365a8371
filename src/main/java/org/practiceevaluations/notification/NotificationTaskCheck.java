package org.practiceevaluations.notification;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.BpmnParseException;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Refuses a deployment whose notification task ({@code ${notify}}) names a template that does not exist, so a
 * process owner's typo in Camunda Modeler is caught when they deploy, not weeks later as an incident. Only a
 * fixed {@code template} value is checked; an expression is checked when the task runs.
 */
@Component
public class NotificationTaskCheck extends AbstractProcessEnginePlugin {

  static final String NOTIFY = "${notify}";

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
    listeners.add(new Listener());
    configuration.setCustomPostBPMNParseListeners(listeners);
  }

  static class Listener extends AbstractBpmnParseListener {
    @Override
    public void parseServiceTask(Element serviceTask, ScopeImpl scope, ActivityImpl activity) {
      String delegate = serviceTask.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "delegateExpression");
      if (delegate == null || !NOTIFY.equals(delegate.replace(" ", ""))) {
        return;
      }
      String template = templateParameter(serviceTask);
      if (template == null) {
        throw new BpmnParseException("The notification task " + activity.getId() + " needs an input parameter"
            + " 'template' naming one of: " + NotificationTemplate.allKeys() + ".", serviceTask);
      }
      if (!template.contains("${") && !template.contains("#{") && NotificationTemplate.byKey(template).isEmpty()) {
        throw new BpmnParseException("The notification task " + activity.getId() + " names an unknown template '"
            + template + "'. Known templates: " + NotificationTemplate.allKeys() + ".", serviceTask);
      }
    }

    /** The text of {@code camunda:inputParameter name="template"}, or null when there is none. */
    static String templateParameter(Element serviceTask) {
      Element extensions = serviceTask.element("extensionElements");
      Element inputOutput = extensions == null ? null
          : extensions.elementNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "inputOutput");
      if (inputOutput == null) {
        return null;
      }
      for (Element parameter : inputOutput.elementsNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "inputParameter")) {
        if (Notify.TEMPLATE.name().equals(parameter.attribute("name"))) {
          return parameter.getText() == null ? "" : parameter.getText().trim();
        }
      }
      return null;
    }
  }
}
