package org.practiceevaluations.evaluation.forms;

import org.practiceevaluations.common.DateWords;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.practiceevaluations.evaluation.Evaluation;
import org.practiceevaluations.evaluation.EvaluationAction;
import org.practiceevaluations.evaluation.EvaluationLifecycle;
import org.practiceevaluations.evaluation.Grade;
import org.practiceevaluations.evaluation.PracticeEvaluationProcess;
import org.practiceevaluations.evaluation.ProcessEvaluations;
import org.practiceevaluations.evaluation.SafetyEscalations;
import org.practiceevaluations.identity.StaffDirectory;
import org.practiceevaluations.identity.StaffGroup;
import org.springframework.stereotype.Component;

/** What the form handlers share: finding the evaluation, who is answering, names and dates for display. */
@Component
public class FormSupport {

  static final String SAFETY_TICK = "raiseSafetyConcern";
  static final String SAFETY_TEXT = "safetyConcern";

  private final EvaluationLifecycle lifecycle;
  private final StaffDirectory staff;
  private final IdentityService identityService;
  private final SafetyEscalations escalations;
  private final Clock clock;
  private final ProcessEvaluations processEvaluations;
  private final StartAnswers startAnswers;

  public FormSupport(EvaluationLifecycle lifecycle, StaffDirectory staff, IdentityService identityService,
      SafetyEscalations escalations, Clock clock, ProcessEvaluations processEvaluations, StartAnswers startAnswers) {
    this.startAnswers = startAnswers;
    this.processEvaluations = processEvaluations;
    this.lifecycle = lifecycle;
    this.staff = staff;
    this.identityService = identityService;
    this.escalations = escalations;
    this.clock = clock;
  }

  /** The evaluation the task's process is about ({@link ProcessEvaluations}): never a value sent with a form. */
  public Evaluation evaluation(DelegateTask task) {
    return lifecycle.get(processEvaluations.referenceOf(task.getExecution()));
  }

  /** Who is completing the task: the logged-in person, or (from the engine's own API) the assignee. */
  public String actor(DelegateTask task) {
    Authentication authentication = identityService.getCurrentAuthentication();
    if (authentication != null && authentication.getUserId() != null) {
      return authentication.getUserId();
    }
    return task.getAssignee();
  }

  public String name(String userId) {
    return userId == null ? "none" : staff.displayName(userId);
  }

  public String day(Instant instant) {
    return instant == null ? "not set" : DateWords.WEEKDAY.format(instant.atZone(clock.getZone()));
  }

  public String day(LocalDate date) {
    return date == null ? "not set" : DateWords.DAY.format(date);
  }

  public static String label(Grade grade) {
    return grade == null ? "not given" : grade.label();
  }

  /** The facts about the case every form of the evaluation shows at the top. */
  public Map<String, Object> caseFacts(Evaluation e) {
    Map<String, Object> facts = new LinkedHashMap<>();
    facts.put("evaluationReferenceText", e.getReference());
    facts.put("evaluationTypeText", e.getType().label()
        + (e.isModerated() && e.getType() != org.practiceevaluations.evaluation.EvaluationType.MODERATED
            ? " (moderated)" : ""));
    facts.put("childReferenceText", e.getChildReference());
    facts.put("childNameText", e.getChildCase().getChildName());
    facts.put("childDateOfBirthText", day(e.getChildCase().getDateOfBirth()));
    facts.put("legalStatusText", e.getChildCase().getLegalStatus().label());
    facts.put("teamText", e.getTeam().getName() + ", " + e.getTeam().getServiceArea().getName());
    facts.put("socialWorkerText", name(e.getSocialWorker()));
    facts.put("teamManagerText", name(e.getTeamManager()));
    facts.put("practiceManagerText", name(e.getPracticeManager()));
    facts.put("headOfServiceText", name(e.getHeadOfService()));
    facts.put("iroText", e.getIro() == null ? "none" : name(e.getIro()));
    facts.put("auditorText", name(e.getAuditor()));
    facts.put("moderatorText", e.getModerator() == null ? "not moderated" : name(e.getModerator()));
    facts.put("dueDateText", day(e.getDueAt()));
    facts.put("lookedAfterSinceText", e.getChildCase().getLookedAfterSince() == null ? "not looked after"
        : day(e.getChildCase().getLookedAfterSince()));
    facts.put("cpPlanSinceText", e.getChildCase().getChildProtectionPlanSince() == null ? "no plan"
        : day(e.getChildCase().getChildProtectionPlanSince()));
    facts.put("previousEvaluationText",
        e.getPreviousEvaluationReference() == null ? "none" : e.getPreviousEvaluationReference());
    return facts;
  }

  /** The actions as rows for a form's table or list (JSON, so Tasklist shows them). */
  public Object actionRows(Evaluation e, boolean openOnly) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (EvaluationAction a : e.getActions()) {
      if (openOnly && !a.isOpen()) {
        continue;
      }
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("number", a.getNumber());
      row.put("description", a.getDescription());
      row.put("ownerName", name(a.getOwner()));
      row.put("dueOn", day(a.getDueOn()));
      row.put("status", a.isOpen() ? "Open" : "Done");
      row.put("done", !a.isOpen());
      row.put("progressNote", a.getProgressNote() == null ? "" : a.getProgressNote());
      rows.add(row);
    }
    return json(rows);
  }

  /** A JSON variable (Tasklist reads it as a list or object). */
  public static Object json(Object value) {
    try {
      return SpinValues.jsonValue(new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(value)).create();
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Options for a select whose values come from a variable ({@code valuesKey}). */
  public static Object options(Map<String, String> valueToLabel) {
    List<Map<String, String>> options = new ArrayList<>();
    valueToLabel.forEach((value, label) -> options.add(Map.of("value", value, "label", label)));
    return json(options);
  }

  /**
   * The "a child is at risk of significant harm" box on the auditor's and moderator's forms: when ticked, the
   * concern is escalated at once, in the same transaction as the answers.
   */
  public void escalateIfTicked(DelegateTask task, FormAnswers answers, Evaluation evaluation, String actor) {
    if (!answers.ticked(SAFETY_TICK)) {
      answers.raw(SAFETY_TEXT);
      return;
    }
    String concern = answers.text(SAFETY_TEXT, "The description of the concern for the child's safety", true);
    answers.throwIfInvalid();
    boolean onBehalf = staff.isMember(actor, StaffGroup.AUDIT_TEAM);
    escalations.raise(evaluation.getReference(), actor, concern, onBehalf, null);
  }

  /** A text a later step of the process takes ({@link StartAnswers#take}); never a process variable. */
  public void keepForALaterStep(DelegateTask task, String name, String text) {
    startAnswers.keep(task.getProcessInstanceId(), name, text);
  }

  public Instant now() {
    return clock.instant();
  }

  public static Object nullable(Object value) {
    return value == null ? Variables.untypedNullValue() : value;
  }
}
