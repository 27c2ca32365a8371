package org.practiceevaluations.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.practiceevaluations.support.OutboxMessages.body;
import static org.practiceevaluations.support.OutboxMessages.recipients;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.practiceevaluations.caseregister.ChildCaseRepository;
import org.practiceevaluations.catalogue.Grade;
import org.practiceevaluations.evaluation.Evaluation;
import org.practiceevaluations.evaluation.EvaluationRepository;
import org.practiceevaluations.evaluation.EvaluationType;
import org.practiceevaluations.support.AppTest;
import org.practiceevaluations.support.BackgroundSteps;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Team reviews end to end with the real beans and the shipped rule: the Leaving Care Team, three evaluations graded
 * requires improvement in the last weeks, is named by the monthly check, invited, reviewed; once its review is
 * arranged those grades do not call for another.
 */
@AppTest
class TeamReviewStepsTest {

  @Autowired TeamReviews teamReviews;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired FormService formService;
  @Autowired ManagementService managementService;
  @Autowired IdentityService identityService;
  @Autowired EvaluationRepository evaluations;
  @Autowired ChildCaseRepository cases;
  @Autowired TeamReviewRepository reviews;
  @Autowired TransactionTemplate tx;
  @Autowired JdbcTemplate jdbc;

  @AfterEach
  void logOut() {
    identityService.clearAuthentication();
  }

  @Test
  void aTeamWithThreeLowGradesIsInvitedReviewedAndNotInvitedAgainForTheSameGrades() {
    int n = 0;
    for (String child : List.of("C106087", "C106124", "C106161")) {
      gradedRequiresImprovement(child, "PE-2018-071" + n++);
    }
    Instant now = Instant.now();
    TeamReviews.Candidate leavingCare = teamReviews.candidates(now).stream()
        .filter(c -> c.teamCode().equals("LCT")).findFirst().orElseThrow();
    assertThat(leavingCare.counts().lowGrades()).isGreaterThanOrEqualTo(3);
    assertThat(leavingCare.reason()).startsWith("Three or more");

    List<String> started = teamReviews.startReviews(now);
    assertThat(started).contains("LCT");
    List<ProcessInstance> instances = runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(TeamReviewProcess.KEY).active().list();
    ProcessInstance pi = instances.stream().filter(i -> "LCT".equals(runtimeService.getVariable(i.getId(),
        TeamReviewProcess.Vars.TEAM_CODE.name()))).findFirst().orElseThrow();
    // the check invites the other teams it names too: only this team's review goes on in this test
    instances.stream().filter(i -> !i.getId().equals(pi.getId()))
        .forEach(i -> runtimeService.deleteProcessInstance(i.getId(), "not this test's team"));
    BackgroundSteps.run(managementService, pi.getId());

    assertThat(recipients(jdbc, pi, "team-review-invitation")).containsExactlyInAnyOrder("dhughes", "jnowak");
    assertThat(body(jdbc, pi, "team-review-invitation")).contains("(Leaving Care Team)").contains("Three or more");
    TeamReview review = reviews.findByReference(pi.getBusinessKey()).orElseThrow();
    assertThat(review.getStatus()).isEqualTo(TeamReview.Status.OPEN);
    assertThat(teamReviews.candidates(Instant.now())).extracting(TeamReviews.Candidate::teamCode)
        .doesNotContain("LCT");

    Task task = taskService.createTaskQuery().processInstanceId(pi.getId()).singleResult();
    assertThat(task.getAssignee()).isEqualTo("kmorgan");
    assertThat(taskService.getVariableLocal(task.getId(), "reviewedEvaluations").toString()).contains("PE-2018-0710")
        .contains("Requires improvement");

    identityService.setAuthentication("kmorgan", List.of("audit-team", "auditors"));
    Map<String, Object> answers = new HashMap<>();
    answers.put("meetingOn", LocalDate.now().toString());
    answers.put("attendees", "Dan Hughes, Jan Nowak, Rachel King");
    answers.put("circumstances", "Pathway plans were out of date after staff changes.");
    answers.put("individualLearning", "Two personal advisers new to pathway planning.");
    answers.put("teamLearning", "Pathway plans reviewed every six months.");
    answers.put("actionPlan", List.of(Map.of("description", "Pathway planning workshop", "owner", "nobody-here",
        "dueOn", LocalDate.now().plusDays(30).toString())));
    assertThatThrownBy(() -> formService.submitTaskForm(task.getId(), answers))
        .hasMessageContaining("Action 1: there is no user nobody-here.");
    answers.put("actionPlan", List.of(Map.of("description", "Pathway planning workshop", "owner", "dhughes",
        "dueOn", LocalDate.now().plusDays(30).toString())));
    formService.submitTaskForm(task.getId(), answers);
    identityService.clearAuthentication();
    BackgroundSteps.run(managementService, pi.getId());

    assertThat(recipients(jdbc, pi, "team-review-action-plan")).containsExactlyInAnyOrder("dhughes", "jnowak");
    assertThat(body(jdbc, pi, "team-review-action-plan")).contains("Pathway plans reviewed every six months.")
        .contains("1. Pathway planning workshop (dhughes, by ");
    TeamReview held = tx.execute(s -> {
      TeamReview r = reviews.findByReference(pi.getBusinessKey()).orElseThrow();
      r.getActions().size();
      return r;
    });
    assertThat(held.getStatus()).isEqualTo(TeamReview.Status.HELD);
    assertThat(held.getHeldBy()).isEqualTo("kmorgan");
    assertThat(held.getActions()).hasSize(1);
    assertThat(teamReviews.candidates(Instant.now())).extracting(TeamReviews.Candidate::teamCode)
        .doesNotContain("LCT");
  }

  @Test
  void aReviewStartedByHandForATeamThatDoesNotExistIsRefused() {
    identityService.setAuthentication("kmorgan", List.of("audit-team"));
    assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(TeamReviewProcess.KEY,
        Map.of(TeamReviewProcess.Vars.TEAM_CODE.name(), "XYZ", TeamReviewProcess.Vars.REVIEW_REASON.name(), "Why not.")))
        .hasMessageContaining("The team review was not started: There is no team XYZ.");
  }

  private void gradedRequiresImprovement(String child, String reference) {
    tx.executeWithoutResult(s -> {
      Instant due = Instant.now().minus(Duration.ofDays(10));
      Evaluation e = new Evaluation(reference, EvaluationType.MONTHLY, false,
          cases.findByChildReference(child).orElseThrow(), "hashworth", null, "kmorgan", due.minus(Duration.ofDays(28)),
          due);
      e.grades().recordFirstGrade(Grade.REQUIRES_IMPROVEMENT, "hashworth");
      e.markSubmitted(due.minus(Duration.ofDays(1)), null);
      evaluations.save(e);
    });
  }
}
