package org.practiceevaluations.identity;

import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.DELETE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Permissions.UPDATE;
import static org.practiceevaluations.identity.AccessGrant.grant;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.authorization.BatchPermissions;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;

/**
 * Who may do what, in one place. Each group gets what its people need and no more:
 * <ul>
 *   <li>every member of staff: Tasklist, colleagues' names, the process maps (no case data); the Tasklist filters
 *       are granted filter by filter where they are created ({@link TasklistFilterSetup});
 *       tasks themselves are granted per task by the engine to their assignee and candidate groups;</li>
 *   <li>the audit team: Cockpit, every evaluation and its tasks (to monitor, reassign, retry incidents);</li>
 *   <li>process owners: Cockpit, deploying changed models (Camunda Modeler), migrating running instances;</li>
 *   <li>administrators ({@code camunda-admin}) get everything from the engine's admin user set-up.</li>
 * </ul>
 */
public final class AccessPolicy {

  private AccessPolicy() {}

  public static List<AccessGrant> grants() {
    List<AccessGrant> grants = new ArrayList<>();
    for (StaffGroup group : StaffGroup.staff()) {
      grants.add(grant(group, Resources.APPLICATION, "tasklist", ACCESS));
      grants.add(grant(group, Resources.USER, "*", READ));
      grants.add(grant(group, Resources.GROUP, "*", READ));
      grants.add(grant(group, Resources.PROCESS_DEFINITION, "*", READ));
      grants.add(grant(group, Resources.DECISION_DEFINITION, "*", READ));
    }

    StaffGroup audit = StaffGroup.AUDIT_TEAM;
    grants.add(grant(audit, Resources.APPLICATION, "cockpit", ACCESS));
    grants.add(grant(audit, Resources.PROCESS_DEFINITION, "*",
        ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.READ_HISTORY,
        ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.UPDATE_INSTANCE,
        ProcessDefinitionPermissions.READ_TASK, ProcessDefinitionPermissions.UPDATE_TASK,
        ProcessDefinitionPermissions.RETRY_JOB, ProcessDefinitionPermissions.CREATE_INSTANCE));
    grants.add(grant(audit, Resources.PROCESS_INSTANCE, "*",
        ProcessInstancePermissions.READ, ProcessInstancePermissions.UPDATE, ProcessInstancePermissions.CREATE,
        ProcessInstancePermissions.RETRY_JOB));
    grants.add(grant(audit, Resources.TASK, "*", TaskPermissions.READ, TaskPermissions.UPDATE));
    grants.add(grant(audit, Resources.HISTORIC_PROCESS_INSTANCE, "*", HistoricProcessInstancePermissions.READ));
    grants.add(grant(audit, Resources.HISTORIC_TASK, "*", HistoricTaskPermissions.READ));
    grants.add(grant(audit, Resources.DEPLOYMENT, "*", READ));
    grants.add(grant(audit, Resources.DECISION_DEFINITION, "*", READ,
        org.camunda.bpm.engine.authorization.Permissions.READ_HISTORY));
    grants.add(grant(audit, Resources.DECISION_REQUIREMENTS_DEFINITION, "*", READ));
    // the audit team asks which teams the team review rule names now (GET /api/reports/team-reviews/candidates)
    for (String rule : List.of("team-review-period", "team-review-rule")) {
      grants.add(grant(audit, Resources.DECISION_DEFINITION, rule,
          org.camunda.bpm.engine.authorization.Permissions.CREATE_INSTANCE));
    }

    StaffGroup owners = StaffGroup.PROCESS_OWNERS;
    grants.add(grant(owners, Resources.APPLICATION, "cockpit", ACCESS));
    grants.add(grant(owners, Resources.DEPLOYMENT, "*", CREATE, READ, DELETE));
    grants.add(grant(owners, Resources.PROCESS_DEFINITION, "*",
        ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.UPDATE,
        ProcessDefinitionPermissions.READ_HISTORY, ProcessDefinitionPermissions.READ_INSTANCE,
        ProcessDefinitionPermissions.MIGRATE_INSTANCE, ProcessDefinitionPermissions.SUSPEND));
    grants.add(grant(owners, Resources.PROCESS_INSTANCE, "*", ProcessInstancePermissions.READ));
    // process owners try the decision tables they change (POST /decision-definition/.../evaluate)
    grants.add(grant(owners, Resources.DECISION_DEFINITION, "*", READ, UPDATE,
        org.camunda.bpm.engine.authorization.Permissions.CREATE_INSTANCE));
    grants.add(grant(owners, Resources.DECISION_REQUIREMENTS_DEFINITION, "*", READ));
    grants.add(grant(owners, Resources.BATCH, "*", BatchPermissions.READ,
        BatchPermissions.CREATE_BATCH_MIGRATE_PROCESS_INSTANCES));

    grants.addAll(startGrants());
    return grants;
  }

  /**
   * Who may start which process from Tasklist (CREATE on process instances and CREATE_INSTANCE on the process
   * definition; the audit team may start every process, above). Auditors and moderators raise safety escalations;
   * team and practice managers start their own transfer and closure audits (the process checks the type).
   */
  static List<AccessGrant> startGrants() {
    List<AccessGrant> grants = new ArrayList<>();
    for (StaffGroup group : List.of(StaffGroup.AUDITORS, StaffGroup.MODERATORS)) {
      grants.add(grant(group, Resources.PROCESS_INSTANCE, "*", ProcessInstancePermissions.CREATE));
      grants.add(grant(group, Resources.PROCESS_DEFINITION, "safety-escalation",
          ProcessDefinitionPermissions.CREATE_INSTANCE));
    }
    for (StaffGroup group : List.of(StaffGroup.TEAM_MANAGERS, StaffGroup.PRACTICE_MANAGERS)) {
      grants.add(grant(group, Resources.PROCESS_INSTANCE, "*", ProcessInstancePermissions.CREATE));
      grants.add(grant(group, Resources.PROCESS_DEFINITION, "practice-evaluation",
          ProcessDefinitionPermissions.CREATE_INSTANCE));
    }
    // anyone in children's services may ask for a case to be evaluated
    for (StaffGroup group : StaffGroup.staff()) {
      grants.add(grant(group, Resources.PROCESS_INSTANCE, "*", ProcessInstancePermissions.CREATE));
      grants.add(grant(group, Resources.PROCESS_DEFINITION, "audit-request",
          ProcessDefinitionPermissions.CREATE_INSTANCE));
    }
    return grants;
  }
}
