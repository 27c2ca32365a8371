package org.practiceevaluations.evaluation.forms;

import org.practiceevaluations.forms.PrepareForm;
import org.practiceevaluations.forms.ShownOnDemand;
import java.util.Set;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.spin.plugin.variable.SpinValues;
import org.practiceevaluations.catalogue.Catalogue;
import org.practiceevaluations.catalogue.Catalogues;
import org.practiceevaluations.catalogue.Grade;
import org.practiceevaluations.common.ActingUser;
import org.practiceevaluations.common.BaseUrl;
import org.practiceevaluations.common.DateWords;
import org.practiceevaluations.evaluation.Evaluation;
import org.practiceevaluations.evaluation.EvaluationAction;
import org.practiceevaluations.evaluation.EvaluationLifecycle;
import org.practiceevaluations.evaluation.EvaluationRepository;
import org.practiceevaluations.evaluation.PracticeEvaluationProcess;
import org.practiceevaluations.evaluation.ProcessEvaluations;
import org.practiceevaluations.evaluation.SafetyEscalations;
import org.practiceevaluations.evaluation.SectionJudgement;
import org.practiceevaluations.evaluation.Theme;
import org.practiceevaluations.evaluation.ThemeRepository;
import org.practiceevaluations.forms.FormAnswers;
import org.practiceevaluations.forms.StartAnswers;
import org.practiceevaluations.identity.StaffDirectory;
import org.practiceevaluations.identity.StaffGroup;
import org.springframework.stereotype.Component;

/** What the form handlers share: finding the evaluation, who is answering, names and dates for display. */
@Component
public class FormSupport implements ShownOnDemand {

  static final String SAFETY_TICK = "raiseSafetyConcern";
  static final String SAFETY_TEXT = "safetyConcern";

  private final EvaluationLifecycle lifecycle;
  private final StaffDirectory staff;
  private final ActingUser actingUser;
  private final SafetyEscalations escalations;
  private final Clock clock;
  private final ProcessEvaluations processEvaluations;
  private final StartAnswers startAnswers;
  private final Catalogues catalogues;
  private final BaseUrl baseUrl;
  private final EvaluationRepository evaluationRepository;
  private final ThemeRepository themes;
  private final ObjectMapper objectMapper;

  public FormSupport(EvaluationLifecycle lifecycle, StaffDirectory staff, ActingUser actingUser,
      SafetyEscalations escalations, Clock clock, ProcessEvaluations processEvaluations, StartAnswers startAnswers,
      Catalogues catalogues, BaseUrl baseUrl, EvaluationRepository evaluationRepository, ThemeRepository themes,
      ObjectMapper objectMapper) {
    this.objectMapper = objectMapper;
    this.evaluationRepository = evaluationRepository;
    this.themes = themes;
    this.catalogues = catalogues;
    this.baseUrl = baseUrl;
    this.startAnswers = startAnswers;
    this.processEvaluations = processEvaluations;
    this.lifecycle = lifecycle;
    this.staff = staff;
    this.actingUser = actingUser;
    this.escalations = escalations;
    this.clock = clock;
  }

  /** The evaluation the task's process is about ({@link ProcessEvaluations}): never a value sent with a form. */
  public Evaluation evaluation(DelegateTask task) {
    return lifecycle.get(processEvaluations.referenceOf(task.getExecution()));
  }

  /** The version of the evaluation tool the evaluation was allocated with. */
  public Catalogue catalogue(Evaluation e) {
    return catalogues.of(e.getCatalogueVersion());
  }

  /**
   * The address of a task in Tasklist: the guide's "save the link that it generates", shown on the long forms so an
   * auditor can come back to the task (and its saved draft) from any computer.
   */
  public String taskLink(DelegateTask task) {
    return baseUrl.tasklistTask(task.getId());
  }

  /**
   * What the evaluation forms show of the evaluation's tool: its sections (the form's list), the judgements and
   * grades in the council's words, what each grade means, and the link to the task.
   */
  public Map<String, Object> toolValues(Catalogue catalogue, DelegateTask task) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put(EvaluationSections.LIST, json(EvaluationSections.rows(catalogue)));
    values.put("judgementOptions", json(EvaluationSections.judgementOptions(catalogue)));
    values.put("gradeOptions", json(EvaluationSections.gradeOptions(catalogue)));
    values.put("gradeScale", json(EvaluationSections.gradeScale(catalogue)));
    values.put("toolText", catalogue.name() + " (version " + catalogue.version() + ")");
    values.put("taskLinkText", taskLink(task));
    return values;
  }

  /**
   * For a re-audit (docs/guide.md, "Cases of concern"): the earlier evaluation's judgements, grade and actions with
   * their state, so the re-audit takes its findings on board. Nothing shown for other evaluations.
   */
  public Map<String, Object> earlierEvaluation(Evaluation e) {
    Map<String, Object> values = new LinkedHashMap<>();
    Evaluation earlier = e.getPreviousEvaluationReference() == null ? null
        : evaluationRepository.findByReference(e.getPreviousEvaluationReference()).orElse(null);
    values.put("isReAudit", earlier != null);
    if (earlier == null) {
      return values;
    }
    Catalogue catalogue = catalogue(earlier);
    values.put("earlierReferenceText", earlier.getReference());
    // the final grade once settled; before that the moderator's (final in a moderated evaluation), else the first
    Grade grade = earlier.grades().finalGrade() != null ? earlier.grades().finalGrade()
        : earlier.moderation().moderatedGrade() != null ? earlier.moderation().moderatedGrade() : earlier.grades().firstGrade();
    values.put("earlierGradeText", grade == null ? "not given" : catalogue.label(grade)
        + (earlier.grades().finalisedAt() == null ? "" : ", settled on " + day(earlier.grades().finalisedAt())));
    List<Map<String, Object>> sections = new ArrayList<>();
    SectionJudgement.Stage stage = earlier.isModerated()
        && !earlier.sections(SectionJudgement.Stage.MODERATION).isEmpty()
        ? SectionJudgement.Stage.MODERATION : SectionJudgement.Stage.FIRST;
    for (SectionJudgement s : earlier.sections(stage)) {
      Catalogue.CatalogueSection section = s.getSectionKey() == null ? null
          : catalogue.section(s.getSectionKey()).orElse(null);
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("section", s.getSectionNumber() + ". " + (section == null ? s.getSectionKey() : section.title()));
      row.put("judgement", s.getJudgement() == null ? "not judged"
          : s.getJudgement() == org.practiceevaluations.catalogue.Judgement.NOT_RELEVANT
              ? catalogue.notRelevantLabel() : catalogue.label(Grade.parse(s.getJudgement().code())));
      row.put("statementsMet", section == null || section.statements().isEmpty() ? ""
          : s.getStatementsMet().size() + " of " + section.statements().size());
      sections.add(row);
    }
    values.put("earlierSections", json(sections));
    values.put("earlierActions", actionRows(earlier, false));
    return values;
  }

  /** For a thematic evaluation: the theme, its key lines of enquiry, and whether it is multi-agency. */
  public Map<String, Object> theme(Evaluation e) {
    Map<String, Object> values = new LinkedHashMap<>();
    Theme theme = e.getThemeReference() == null ? null : themes.findByReference(e.getThemeReference()).orElse(null);
    values.put("isThematic", theme != null);
    values.put("isMultiAgency", theme != null && theme.isMultiAgency());
    if (theme == null) {
      return values;
    }
    values.put("themeText", theme.getReference() + ": " + theme.getName());
    List<Map<String, Object>> lines = new ArrayList<>();
    List<String> keyLines = ThemeAnswers.lines(theme.getKeyLinesOfEnquiry());
    for (int i = 0; i < keyLines.size(); i++) {
      String answer = i < e.getEnquiryAnswers().size() ? e.getEnquiryAnswers().get(i).getAnswer() : null;
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("number", i + 1);
      row.put("line", keyLines.get(i));
      if (answer != null) {
        row.put("answer", answer);
      }
      lines.add(row);
    }
    values.put("keyLines", json(lines));
    return values;
  }

  /** Reads a thematic evaluation's answers (none for other evaluations). */
  public ThemeAnswers themeAnswers(Evaluation e, FormAnswers answers) {
    Theme theme = e.getThemeReference() == null ? null : themes.findByReference(e.getThemeReference()).orElse(null);
    if (theme == null) {
      answers.raw("keyLines");
      answers.raw("partnerAgencies");
      return ThemeAnswers.NONE;
    }
    return ThemeAnswers.read(answers, ThemeAnswers.lines(theme.getKeyLinesOfEnquiry()), theme.isMultiAgency());
  }

  /** Who is completing the task: the logged-in person, or (from the engine's own API) the assignee. */
  public String actor(DelegateTask task) {
    String userId = actingUser.userId();
    if (userId != null) {
      return userId;
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

  /**
   * The names {@link #caseFacts} shows: read when a form is opened ({@link PrepareForm#shownOnDemand}), never kept
   * on the task (ADR 0033).
   */
  public static final Set<String> CASE_FACT_NAMES = Set.of("evaluationReferenceText",
      "evaluationTypeText", "childReferenceText", "childNameText", "childDateOfBirthText", "legalStatusText",
      "teamText", "socialWorkerText", "teamManagerText", "practiceManagerText", "headOfServiceText", "iroText",
      "auditorText", "moderatorText", "dueDateText", "lookedAfterSinceText", "cpPlanSinceText",
      "previousEvaluationText");

  /** Set while a task's form is prepared at its creation: the case facts are then named only, not read. */
  private static final ThreadLocal<Boolean> FACTS_ON_DEMAND = new ThreadLocal<>();

  @Override
  public Set<String> names() {
    return CASE_FACT_NAMES;
  }

  @Override
  public Map<String, Object> read(DelegateTask task) {
    return caseFacts(evaluation(task));
  }

  /**
   * Prepares a task's form when the task is created ({@link PrepareForm}): {@link #caseFacts} then only names the
   * facts (empty values, nobody looked up), which are read when the form is opened.
   */
  @Override
  public <T> T namingOnly(java.util.function.Supplier<T> prepare) {
    FACTS_ON_DEMAND.set(true);
    try {
      return prepare.get();
    } finally {
      FACTS_ON_DEMAND.remove();
    }
  }

  /** The facts about the case every form of the evaluation shows at the top. */
  public Map<String, Object> caseFacts(Evaluation e) {
    Map<String, Object> facts = new LinkedHashMap<>();
    if (Boolean.TRUE.equals(FACTS_ON_DEMAND.get())) {
      CASE_FACT_NAMES.forEach(name -> facts.put(name, ""));
      return facts;
    }
    facts.put("evaluationReferenceText", e.getReference());
    facts.put("evaluationTypeText", e.getType().label()
        + (e.isModerated() && e.getType() != org.practiceevaluations.evaluation.EvaluationType.MODERATED
            ? " (moderated)" : ""));
    facts.put("childReferenceText", e.getChildReference());
    facts.put("childNameText", e.getChildCase().getChildName());
    facts.put("childDateOfBirthText", day(e.getChildCase().getDateOfBirth()));
    facts.put("legalStatusText", e.getChildCase().getLegalStatus().label());
    facts.put("teamText", e.getTeam().getName() + ", " + e.getTeam().getServiceArea().getName());
    // the six or seven people it names, read in one query (each name below then comes from the directory's memo)
    staff.findAll(e.people().userIds());
    facts.put("socialWorkerText", name(e.people().socialWorker()));
    facts.put("teamManagerText", name(e.people().teamManager()));
    facts.put("practiceManagerText", name(e.people().practiceManager()));
    facts.put("headOfServiceText", name(e.people().headOfService()));
    facts.put("iroText", e.people().iro() == null ? "none" : name(e.people().iro()));
    facts.put("auditorText", name(e.people().auditor()));
    facts.put("moderatorText", e.people().moderator() == null ? "not moderated" : name(e.people().moderator()));
    facts.put("dueDateText", day(e.dates().dueAt()));
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

  /** A JSON variable (Tasklist reads it as a list or object), written by the application's one ObjectMapper. */
  public Object json(Object value) {
    return SpinValues.jsonValue(jsonText(value)).create();
  }

  /** A value as JSON text, for a column that keeps it so (e.g. a family member's ratings). */
  public String jsonText(Object value) {
    try {
      return objectMapper.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Options for a select whose values come from a variable ({@code valuesKey}). */
  public Object options(Map<String, String> valueToLabel) {
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
}
