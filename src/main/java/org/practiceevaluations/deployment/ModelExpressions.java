package org.practiceevaluations.deployment;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.practiceevaluations.engine.deployment.ModelCodePlugin;

/**
 * Checks an expression in a model ({@code ${auditor}}, {@code ${finalGrade == 'inadequate'}},
 * {@code ${learningSchedule.qaMeetingCron}}) only reads. Allowed: names, literals, comparisons, logic, arithmetic,
 * the conditional operator, parentheses and reading a property ({@code a.b}). Refused: calling anything
 * ({@code x.y()}, {@code f()}), brackets, assignment, lambdas, and the engine's objects beyond the process's business
 * key and id ({@code execution.processEngineServices...} reaches every service of the engine). A name is a process
 * variable or one of the beans models may use: the engine resolves no other bean ({@code engine.deployment.ModelCodePlugin}).
 */
public final class ModelExpressions {

  private static final Set<String> KEYWORDS = Set.of("true", "false", "null", "empty", "not", "and", "or", "eq",
      "ne", "lt", "gt", "le", "ge", "div", "mod", "instanceof");
  /** The engine's own objects in an expression's scope, and what a model may read of them. */
  private static final Set<String> ENGINE_OBJECTS = Set.of("execution", "task", "variableScope", "caseExecution",
      "externalTask", "authenticatedUserId", "processEngine", "processEngineServices");
  private static final Set<String> EXECUTION_READS = Set.of("processBusinessKey", "businessKey",
      "processInstanceId", "id");

  private ModelExpressions() {}

  /** The problems of every {@code ${...}} or {@code #{...}} in {@code text} (empty when it has none, or all read). */
  public static List<String> problems(String text) {
    List<String> problems = new ArrayList<>();
    int at = 0;
    while (true) {
      int dollar = text.indexOf("${", at);
      int hash = text.indexOf("#{", at);
      int start = dollar < 0 ? hash : hash < 0 ? dollar : Math.min(dollar, hash);
      if (start < 0) {
        return problems;
      }
      int end = closing(text, start + 2);
      if (end < 0) {
        problems.add("the expression " + text.substring(start) + " is not closed");
        return problems;
      }
      String expression = text.substring(start, end + 1);
      for (String problem : check(text.substring(start + 2, end))) {
        problems.add(expression + ": " + problem);
      }
      at = end + 1;
    }
  }

  private static int closing(String text, int from) {
    char quote = 0;
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quote != 0) {
        if (c == '\\') {
          i++;
        } else if (c == quote) {
          quote = 0;
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
      } else if (c == '}') {
        return i;
      }
    }
    return -1;
  }

  private static List<String> check(String body) {
    List<String> problems = new ArrayList<>();
    String previous = "";
    String head = null;
    int i = 0;
    while (i < body.length()) {
      char c = body.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      if (c == '\'' || c == '"') {
        int end = i + 1;
        while (end < body.length() && body.charAt(end) != c) {
          end += body.charAt(end) == '\\' ? 2 : 1;
        }
        i = end + 1;
        previous = "literal";
        head = null;
        continue;
      }
      if (Character.isDigit(c)) {
        while (i < body.length() && (Character.isLetterOrDigit(body.charAt(i)) || body.charAt(i) == '.')) {
          i++;
        }
        previous = "literal";
        continue;
      }
      if (Character.isJavaIdentifierStart(c)) {
        int end = i;
        while (end < body.length() && Character.isJavaIdentifierPart(body.charAt(end))) {
          end++;
        }
        String name = body.substring(i, end);
        int next = end;
        while (next < body.length() && Character.isWhitespace(body.charAt(next))) {
          next++;
        }
        if (next < body.length() && body.charAt(next) == '(') {
          problems.add("calls " + name + "(...), and a model may not call anything");
        }
        if (previous.equals(".")) {
          if ("execution".equals(head) && !EXECUTION_READS.contains(name)) {
            problems.add("reads execution." + name + "; a model may read only the process's business key and id");
          }
        } else if (!KEYWORDS.contains(name)) {
          head = name;
          if (ENGINE_OBJECTS.contains(name) && !name.equals("execution")) {
            problems.add("uses the engine's " + name + ", which a model may not");
          }
        }
        previous = "name";
        i = end;
        continue;
      }
      String two = i + 1 < body.length() ? body.substring(i, i + 2) : "";
      if (List.of("==", "!=", "<=", ">=", "&&", "||").contains(two)) {
        previous = two;
        head = null;
        i += 2;
        continue;
      }
      if (two.equals("->") || two.equals("+=")) {
        problems.add("uses '" + two + "', which a model may not");
        i += 2;
        continue;
      }
      if ("<>!+-*/%?:()".indexOf(c) >= 0) {
        if (c == '(' && !previous.equals("name")) {
          previous = "(";
        } else {
          previous = String.valueOf(c);
        }
        if (c != ')') {
          head = null;
        }
        i++;
        continue;
      }
      if (c == '.') {
        if (!previous.equals("name") && !previous.equals(")")) {
          problems.add("has a '.' that follows no name");
        }
        previous = ".";
        i++;
        continue;
      }
      problems.add("uses '" + c + "', which a model may not");
      i++;
    }
    return problems;
  }
}
