package org.practiceevaluations.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.practiceevaluations.catalogue.Catalogue;
import org.practiceevaluations.catalogue.Grade;
import org.practiceevaluations.evaluation.EnquiryAnswer;
import org.practiceevaluations.evaluation.Evaluation;
import org.practiceevaluations.evaluation.EvaluationAction;
import org.practiceevaluations.evaluation.EvaluationRepository;
import org.practiceevaluations.evaluation.PartnerAgencyFinding;
import org.practiceevaluations.evaluation.PracticeEvaluationProcess.Elements;
import org.practiceevaluations.evaluation.PracticeEvaluationProcess;
import org.practiceevaluations.evaluation.Theme;
import org.practiceevaluations.evaluation.ThemeRepository;
import org.practiceevaluations.moderation.ModerationProcess;
import org.practiceevaluations.support.AppTest;
import org.practiceevaluations.support.BackgroundSteps;
import org.practiceevaluations.support.DemoUsers;
import org.practiceevaluations.support.Http;
import org.practiceevaluations.support.ShippedCatalogue;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the forms and the Cockpit tab show of the evaluation tool and of earlier findings (docs/guide.md, "The
 * evaluation tool", "Thematic audits and re-audits"), read from what the application hands Tasklist
 * (the form's variables) and Cockpit (the tab's JSON):
 * <ul>
 *   <li>the moderator's side-by-side view lists, per section, the statements the first auditor found met; the
 *       moderator adds an action of their own; the Cockpit tab shows each statement met or not by each;</li>
 *   <li>a re-audit's evaluation and moderation forms show the earlier evaluation's judgements (statements met),
 *       grade and actions with their state;</li>
 *   <li>a multi-agency thematic evaluation's form shows the theme's key lines of enquiry, refuses it without an
 *       answer to each and without the partner agencies, and keeps the answers and the agencies' findings.</li>
 * </ul>
 */
@AppTest
class StatementsAndEarlierFindingsTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  static final String CHILD = "C104237"; // Assessment Team North: social worker ejones, team manager pmurphy
  static final String MODERATOR_ACTION = "Ask the independent reviewing officer to review the plan's contingency.";

  @LocalServerPort int port;
  @Autowired ManagementService managementService;
  @Autowired RuntimeService runtimeService;
  @Autowired EvaluationRepository evaluations;
  @Autowired ThemeRepository themes;
  @Autowired TransactionTemplate tx;

  @Test
  void theModeratorSeesTheStatementsMetBesideTheirOwnAddsActionsAndAReAuditShowsTheEarlierFindings()
      throws Exception {
    TasklistClient auditManager = new TasklistClient(port, DemoUsers.AUDIT_MANAGER);
    TasklistClient auditor = new TasklistClient(port, "cevans");
    TasklistClient moderator = new TasklistClient(port, "sclarke");
    Catalogue tool = ShippedCatalogue.catalogue();
    Catalogue.CatalogueSection first = tool.section("childs-journey").orElseThrow();

    Http.Response started = auditManager.startProcess("practice-evaluation", Map.of("childReference", CHILD,
        "evaluationType", "moderated", "auditor", "cevans", "moderator", "sclarke"));
    assertThat(started.status()).as(started.toString()).isEqualTo(200);
    String ref = started.json().get("businessKey").asText();
    runBackgroundSteps();
    auditor.complete(ref, Elements.READ_ALLOCATION, Answers.allocationRead());
    moderator.complete(ref, ModerationProcess.Elements.READ_CASE_FILE, Map.of("initialFindings", "A thin plan."));
    auditor.complete(ref, Elements.CONTACT_SOCIAL_WORKER, Answers.socialWorkerContacted(false));
    JsonNode evaluationForm = auditor.formVariables(auditor.task(ref, Elements.COMPLETE_EVALUATION));
    assertThat(evaluationForm.get("isReAudit").get("value").asBoolean()).isFalse();
    auditor.complete(ref, Elements.COMPLETE_EVALUATION, Answers.evaluation("good", "ejones", "pmurphy"));
    auditor.complete(ref, Elements.REFLECTIVE_DISCUSSION, Answers.reflectiveDiscussion(true));
    runBackgroundSteps();

    // the side-by-side view: each section with the first auditor's judgement and the statements they found met
    String moderation = moderator.task(ref, ModerationProcess.Elements.COMPLETE_MODERATION);
    JsonNode shown = moderator.formVariables(moderation);
    JsonNode rows = listOf(shown, "sections");
    assertThat(rows).hasSize(tool.sections().size());
    JsonNode row = rows.get(first.number() - 1);
    assertThat(row.get("title").asText()).isEqualTo(first.title());
    assertThat(row.get("firstJudgementText").asText()).isEqualTo("**First auditor's judgement:** " + tool.label(Grade.GOOD));
    assertThat(row.get("firstStatementsText").asText()).isEqualTo("**Statements the first auditor found met:** 2 of "
        + first.statements().size() + "\n- " + first.statements().get(0).text() + "\n- "
        + first.statements().get(1).text());
    assertThat(row.get("firstCommentary").asText()).startsWith("First auditor: " + first.title());

    // the moderator adds an action of their own beside the first auditor's two
    Map<String, Object> answers = Answers.moderation("requires-improvement");
    answers.put("moderatorActions", List.of(Map.of("description", MODERATOR_ACTION, "owner", "pmurphy",
        "dueDate", LocalDate.now().plusDays(21).toString())));
    moderator.complete(ref, ModerationProcess.Elements.COMPLETE_MODERATION, answers);
    tx.executeWithoutResult(status -> assertThat(evaluations.findByReference(ref).orElseThrow().getActions())
        .extracting(EvaluationAction::getDescription, EvaluationAction::getOwner)
        .contains(tuple(MODERATOR_ACTION, "pmurphy")).hasSize(3));

    // the Cockpit tab: the tool's version and each statement, met or not, by the first auditor and the moderator
    String instance = tx.execute(status -> evaluations.findByReference(ref).orElseThrow().getProcessInstanceId());
    Http.Response tab = Http.basic(port, DemoUsers.AUDIT_MANAGER, DemoUsers.PASSWORD)
        .get("/api/audit/process-instances/" + instance);
    assertThat(tab.status()).as(tab.toString()).isEqualTo(200);
    JsonNode cockpitTool = tab.json().get("evaluation").get("tool");
    assertThat(cockpitTool.get("version").asInt()).isEqualTo(versionOf(ref));
    JsonNode cockpitSection = cockpitTool.get("sections").get(first.number() - 1);
    assertThat(cockpitSection.get("title").asText()).isEqualTo(first.title());
    assertThat(cockpitSection.get("firstJudgement").asText()).isEqualTo(tool.label(Grade.GOOD));
    assertThat(cockpitSection.get("moderatorJudgement").asText()).isEqualTo(tool.label(Grade.REQUIRES_IMPROVEMENT));
    assertThat(cockpitSection.get("statementsMetByFirst").asInt()).isEqualTo(2);
    List<String> statements = new ArrayList<>();
    cockpitSection.get("statements").forEach(st -> statements.add(st.get("text").asText() + " | "
        + st.get("metByFirst").asBoolean() + " | " + st.get("metByModerator").asBoolean()));
    assertThat(statements).startsWith(first.statements().get(0).text() + " | true | true",
        first.statements().get(1).text() + " | true | true", first.statements().get(2).text() + " | false | false");
    assertThat(cockpitTool.get("sections")).filteredOn(s -> !s.get("judged").asBoolean()).isNotEmpty()
        .allSatisfy(s -> assertThat(s.get("firstJudgement").isNull()).isTrue());

    moderator.complete(ref, ModerationProcess.Elements.MODERATION_DISCUSSION, Answers.moderationDiscussion());
    runBackgroundSteps();

    // the re-audit: its forms show the earlier evaluation's judgements, grade and actions with their state
    tx.executeWithoutResult(status -> evaluations.findByReference(ref).orElseThrow().getActions().get(0)
        .update(true, "Chronology brought up to date.", LocalDate.now(), Instant.now()));
    Map<String, Object> vars = new HashMap<>();
    vars.put(PracticeEvaluationProcess.Vars.CHILD_REFERENCE.name(), CHILD);
    vars.put(PracticeEvaluationProcess.Vars.EVALUATION_TYPE.name(), "re-audit");
    vars.put(PracticeEvaluationProcess.Vars.AUDITOR.name(), "cevans");
    vars.put(PracticeEvaluationProcess.Vars.MODERATOR.name(), "sclarke");
    vars.put(PracticeEvaluationProcess.Vars.ALLOCATED_BY.name(), DemoUsers.AUDIT_MANAGER);
    vars.put(PracticeEvaluationProcess.Vars.PREVIOUS_EVALUATION.name(), ref);
    String reAudit = runtimeService.startProcessInstanceByKey(PracticeEvaluationProcess.KEY, vars).getBusinessKey();
    runBackgroundSteps();
    auditor.complete(reAudit, Elements.READ_ALLOCATION, Answers.allocationRead());
    auditor.complete(reAudit, Elements.CONTACT_SOCIAL_WORKER, Answers.socialWorkerContacted(false));
    JsonNode reAuditForm = auditor.formVariables(auditor.task(reAudit, Elements.COMPLETE_EVALUATION));
    assertEarlierFindings(reAuditForm, ref, first);
    // the re-audit is moderated too (it has a moderator): the moderation form shows the same
    assertEarlierFindings(moderatorFormOf(moderator, auditor, reAudit), ref, first);
  }

  @Test
  void aMultiAgencyThematicEvaluationAnswersEachKeyLineOfEnquiryAndRecordsThePartnerAgencies() throws Exception {
    String theme = "TH-" + (System.nanoTime() % 100000);
    tx.executeWithoutResult(status -> themes.save(new Theme(theme, "Neglect and school attendance",
        "1. Was neglect recognised early?\n2. Did the school's concerns reach the plan?\n- Did the child's voice "
            + "shape the plan?", true, DemoUsers.AUDIT_MANAGER, Instant.now())));
    Map<String, Object> vars = new HashMap<>();
    vars.put(PracticeEvaluationProcess.Vars.CHILD_REFERENCE.name(), CHILD);
    vars.put(PracticeEvaluationProcess.Vars.EVALUATION_TYPE.name(), "multi-agency-thematic");
    vars.put(PracticeEvaluationProcess.Vars.AUDITOR.name(), "cevans");
    vars.put(PracticeEvaluationProcess.Vars.ALLOCATED_BY.name(), DemoUsers.AUDIT_MANAGER);
    vars.put(PracticeEvaluationProcess.Vars.THEME_REFERENCE.name(), theme);
    String ref = runtimeService.startProcessInstanceByKey(PracticeEvaluationProcess.KEY, vars).getBusinessKey();
    runBackgroundSteps();
    TasklistClient auditor = new TasklistClient(port, "cevans");
    auditor.complete(ref, Elements.READ_ALLOCATION, Answers.allocationRead());
    auditor.complete(ref, Elements.CONTACT_SOCIAL_WORKER, Answers.socialWorkerContacted(false));

    String task = auditor.task(ref, Elements.COMPLETE_EVALUATION);
    JsonNode form = auditor.formVariables(task);
    assertThat(form.get("isThematic").get("value").asBoolean()).isTrue();
    assertThat(form.get("isMultiAgency").get("value").asBoolean()).isTrue();
    assertThat(form.get("themeText").get("value").asText()).isEqualTo(theme + ": Neglect and school attendance");
    List<String> lines = new ArrayList<>();
    listOf(form, "keyLines").forEach(l -> lines.add(l.get("number").asInt() + ". " + l.get("line").asText()));
    assertThat(lines).containsExactly("1. Was neglect recognised early?",
        "2. Did the school's concerns reach the plan?", "3. Did the child's voice shape the plan?");

    // without an answer to each line and without the partner agencies: refused, each said
    Map<String, Object> answers = Answers.evaluation("good", "ejones", "pmurphy");
    answers.put("keyLines", List.of(Map.of("answer", "Yes: the health visitor's referral was acted on.")));
    Http.Response refused = auditor.submit(task, answers);
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().get("message").asText()).contains("Your answer to key line of enquiry 2",
        "Your answer to key line of enquiry 3",
        "Add the partner agencies taking part in this multi-agency audit, with their findings.");

    answers.put("keyLines", List.of(Map.of("answer", "Yes: the health visitor's referral was acted on."),
        Map.of("answer", "Partly: the school's attendance concerns were not in the plan until March."),
        Map.of("answer", "Yes: her wishes on contact are in the plan in her words.")));
    answers.put("partnerAgencies", List.of(
        Map.of("agency", "Lowfield Primary School", "findings", "Attendance rose from 71% to 93% this term."),
        Map.of("agency", "Health visiting", "findings", "Developmental checks are now up to date.")));
    auditor.complete(ref, Elements.COMPLETE_EVALUATION, answers);
    tx.executeWithoutResult(status -> {
      Evaluation e = evaluations.findByReference(ref).orElseThrow();
      assertThat(e.getEnquiryAnswers()).extracting(EnquiryAnswer::getLineOfEnquiry, EnquiryAnswer::getAnswer)
          .containsExactly(
              tuple("Was neglect recognised early?", "Yes: the health visitor's referral was acted on."),
              tuple("Did the school's concerns reach the plan?",
                  "Partly: the school's attendance concerns were not in the plan until March."),
              tuple("Did the child's voice shape the plan?", "Yes: her wishes on contact are in the plan in her words."));
      assertThat(e.getPartnerAgencies()).extracting(PartnerAgencyFinding::getAgency,
          PartnerAgencyFinding::getFindings).containsExactly(
          tuple("Lowfield Primary School", "Attendance rose from 71% to 93% this term."),
          tuple("Health visiting", "Developmental checks are now up to date."));
    });
    // the evaluation as read (and as the PDF draws it) carries the answers and the agencies
    Http.Response read = Http.basic(port, DemoUsers.AUDIT_MANAGER, DemoUsers.PASSWORD).get("/api/evaluations/" + ref);
    assertThat(read.status()).as(read.toString()).isEqualTo(200);
    assertThat(read.body()).contains("Did the school's concerns reach the plan?", "Lowfield Primary School",
        "Attendance rose from 71% to 93% this term.");
  }

  private static void assertEarlierFindings(JsonNode form, String earlier, Catalogue.CatalogueSection first)
      throws Exception {
    assertThat(form.get("isReAudit").get("value").asBoolean()).isTrue();
    assertThat(form.get("earlierReferenceText").get("value").asText()).isEqualTo(earlier);
    assertThat(form.get("earlierGradeText").get("value").asText())
        .startsWith(ShippedCatalogue.catalogue().label(Grade.REQUIRES_IMPROVEMENT));
    JsonNode sections = listOf(form, "earlierSections");
    JsonNode section = sections.get(first.number() - 1);
    assertThat(section.get("section").asText()).isEqualTo(first.number() + ". " + first.title());
    assertThat(section.get("judgement").asText()).as("the moderator's judgement, final").isEqualTo(
        ShippedCatalogue.catalogue().label(Grade.REQUIRES_IMPROVEMENT));
    assertThat(section.get("statementsMet").asText()).isEqualTo("2 of " + first.statements().size());
    List<String> actions = new ArrayList<>();
    listOf(form, "earlierActions").forEach(a -> actions.add(a.get("number").asInt() + " " + a.get("status").asText()
        + " " + a.get("description").asText()));
    assertThat(actions).containsExactly("1 Done Update the chronology to cover the last six months.",
        "2 Open Hold a supervision focused on the child's plan.", "3 Open " + MODERATOR_ACTION);
  }

  /** The re-audit's moderation form, once the moderator's task is there (after the first auditor's evaluation). */
  private JsonNode moderatorFormOf(TasklistClient moderator, TasklistClient auditor, String reAudit) {
    moderator.complete(reAudit, ModerationProcess.Elements.READ_CASE_FILE, Map.of("initialFindings", "Better."));
    auditor.complete(reAudit, Elements.COMPLETE_EVALUATION, Answers.evaluation("good", "ejones", "pmurphy"));
    auditor.complete(reAudit, Elements.REFLECTIVE_DISCUSSION, Answers.reflectiveDiscussion(true));
    runBackgroundSteps();
    return moderator.formVariables(moderator.task(reAudit, ModerationProcess.Elements.COMPLETE_MODERATION));
  }

  private static JsonNode listOf(JsonNode variables, String name) throws Exception {
    JsonNode value = variables.get(name).get("value");
    return value.isTextual() ? JSON.readTree(value.asText()) : value;
  }

  private Integer versionOf(String reference) {
    return tx.execute(status -> evaluations.findByReference(reference).map(Evaluation::getCatalogueVersion)
        .orElseThrow());
  }

  private void runBackgroundSteps() {
    BackgroundSteps.run(managementService);
  }
}
