package org.practiceevaluations.audit;

import org.practiceevaluations.identity.CurrentUser;
import org.practiceevaluations.identity.StaffGroup;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit manager's view over REST, read by the Cockpit plugin (docs/adr/0006) and usable by scripts with HTTP
 * Basic. Audit team only: anyone else logged in gets 403, nobody logged in 401 ({@code ApiAuthenticationFilter}).
 */
@RestController
@RequestMapping("/api/audit")
public class AuditController {

  private final AuditOverviewService overview;
  private final EvaluationTabService tabs;
  private final CurrentUser currentUser;

  public AuditController(AuditOverviewService overview, EvaluationTabService tabs, CurrentUser currentUser) {
    this.overview = overview;
    this.tabs = tabs;
    this.currentUser = currentUser;
  }

  /** The Cockpit dashboard's "Audit overview". */
  @GetMapping("/overview")
  public AuditOverview overview() {
    currentUser.requireAny(StaffGroup.AUDIT_TEAM);
    return overview.overview();
  }

  /** The "Evaluation" tab of a process instance: 404 when the process is not about one evaluation. */
  @GetMapping("/process-instances/{processInstanceId}")
  public EvaluationTab processInstance(@PathVariable String processInstanceId) {
    currentUser.requireAny(StaffGroup.AUDIT_TEAM);
    return tabs.forProcessInstance(processInstanceId);
  }
}
