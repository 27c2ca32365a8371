package org.practiceevaluations.deployment;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Deploying a model is not running code. A BPMN or DMN file that would make the engine run code of the process
 * owner's choosing is refused, with a message naming the element: a script task, a script anywhere (listener,
 * condition, input or output), a Java class ({@code camunda:class}, {@code camunda:variableMappingClass}), a DMN
 * table in a language other than FEEL or with FEEL's external Java functions, and any expression that does more
 * than read process variables and the application's own steps ({@link ModelExpressions}).
 */
public final class ModelCodeCheck {

  static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";
  private static final Set<String> CLASS_ATTRIBUTES = Set.of("class", "variableMappingClass");
  private static final Set<String> FEEL = Set.of("feel", "https://www.omg.org/spec/dmn/20191111/feel/",
      "http://www.omg.org/spec/feel/20140401", "https://www.omg.org/spec/dmn/20180521/feel/");


  /** The problems of one deployed resource, each naming the element; empty when it runs no code. */
  public List<String> problems(String resourceName, byte[] content) {
    String name = resourceName.toLowerCase(Locale.ROOT);
    boolean bpmn = name.endsWith(".bpmn") || name.endsWith(".bpmn20.xml");
    boolean dmn = name.endsWith(".dmn") || name.endsWith(".dmn11.xml");
    if (!bpmn && !dmn) {
      return List.of();
    }
    Document document;
    try {
      document = parser().parse(new ByteArrayInputStream(content));
    } catch (Exception e) {
      return List.of(); // not readable XML: the engine's own reader refuses it with its message
    }
    List<String> problems = new ArrayList<>();
    walk(document.getDocumentElement(), dmn, problems);
    return problems.stream().map(p -> resourceName + ": " + p).toList();
  }

  private void walk(Element element, boolean dmn, List<String> problems) {
    String local = element.getLocalName() == null ? element.getTagName() : element.getLocalName();
    String where = describe(element);
    if (!dmn) {
      if (local.equals("scriptTask")) {
        problems.add(where + " is a script task; a step must be one of the application's delegates");
      }
      if (local.equals("script") && CAMUNDA.equals(element.getNamespaceURI())) {
        problems.add(where + " holds a script");
      }
      if ((local.equals("conditionExpression") || local.equals("condition")) && hasLanguage(element)) {
        problems.add(where + " has a condition in a script language");
      }
    } else {
      String language = element.getAttribute("expressionLanguage");
      if (!language.isBlank() && !FEEL.contains(language.trim().toLowerCase(Locale.ROOT))) {
        problems.add(where + " uses the expression language '" + language + "'; decision tables use FEEL");
      }
      if (local.equals("text") && element.getTextContent().matches("(?s).*\\bexternal\\b.*\\{.*java.*")) {
        problems.add(where + " defines an external Java function");
      }
    }
    NamedNodeMap attributes = element.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      Attr attribute = (Attr) attributes.item(i);
      String attributeName = attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName();
      if (CAMUNDA.equals(attribute.getNamespaceURI()) && CLASS_ATTRIBUTES.contains(attributeName)) {
        problems.add(where + " names a Java class (" + attribute.getValue() + ")");
      }
      if (!dmn) {
        for (String problem : ModelExpressions.problems(attribute.getValue())) {
          problems.add(where + " " + problem);
        }
      }
    }
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element childElement) {
        walk(childElement, dmn, problems);
      } else if (!dmn && (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE)) {
        for (String problem : ModelExpressions.problems(child.getNodeValue())) {
          problems.add(where + " " + problem);
        }
      }
    }
  }

  private static boolean hasLanguage(Element element) {
    return !element.getAttribute("language").isBlank();
  }

  private static String describe(Element element) {
    String local = element.getLocalName() == null ? element.getTagName() : element.getLocalName();
    Element named = element;
    while (named != null && named.getAttribute("id").isBlank()) {
      named = named.getParentNode() instanceof Element parent ? parent : null;
    }
    String id = named == null ? "" : named.getAttribute("id");
    return named == element ? local + " " + id : local + " in " + id;
  }

  private static DocumentBuilder parser() throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setExpandEntityReferences(false);
    return factory.newDocumentBuilder();
  }
}
