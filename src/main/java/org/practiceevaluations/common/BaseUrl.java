package org.practiceevaluations.common;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where people reach the application ({@code practice-evaluations.base-url}): every link the application writes
 * into a mail, a form or a report starts here.
 */
@Component
public class BaseUrl {

  private final String url;

  public BaseUrl(@Value("${practice-evaluations.base-url}") String url) {
    this.url = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  /** The address of a path of the application, e.g. {@code to("/api/reports/documents/7")}. */
  public String to(String path) {
    return url + path;
  }

  /** A task in Tasklist, opened by its id (Tasklist's own address for it). */
  public String tasklistTask(String taskId) {
    return to("/camunda/app/tasklist/default/#/?task=" + taskId);
  }
}
