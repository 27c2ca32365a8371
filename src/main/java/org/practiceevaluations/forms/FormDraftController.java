package org.practiceevaluations.forms;

import com.fasterxml.jackson.databind.JsonNode;
import org.practiceevaluations.common.NotFoundException;
import org.practiceevaluations.identity.CurrentUser;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A person's draft of a task's form (docs/guide.md, "Saving a draft"), for the Tasklist plugin: read it back, keep
 * it, discard it. Only one's own draft of a task one may see; anything else is 404.
 */
@RestController
@RequestMapping("/api/tasks/{taskId}/draft")
public class FormDraftController {

  private final FormDrafts drafts;
  private final CurrentUser currentUser;

  public FormDraftController(FormDrafts drafts, CurrentUser currentUser) {
    this.drafts = drafts;
    this.currentUser = currentUser;
  }

  @GetMapping
  public FormDrafts.Draft read(@PathVariable String taskId) {
    String user = currentUser.userId();
    return drafts.find(taskId, user).orElseThrow(() -> new NotFoundException("No draft of this task is kept for you."));
  }

  @PutMapping(consumes = "application/json")
  public FormDrafts.Draft keep(@PathVariable String taskId, @RequestBody JsonNode data) {
    return drafts.save(taskId, currentUser.userId(), data);
  }

  @DeleteMapping
  public ResponseEntity<Void> discard(@PathVariable String taskId) {
    drafts.discard(taskId, currentUser.userId());
    return ResponseEntity.noContent().build();
  }
}
