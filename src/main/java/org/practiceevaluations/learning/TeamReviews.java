package org.practiceevaluations.learning;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.practiceevaluations.catalogue.Grade;
import org.practiceevaluations.common.NotFoundException;
import org.practiceevaluations.directory.Team;
import org.practiceevaluations.directory.TeamDirectory;
import org.practiceevaluations.evaluation.Deadlines;
import org.practiceevaluations.evaluation.Evaluation;
import org.practiceevaluations.evaluation.EvaluationStage;
import org.practiceevaluations.evaluation.ReferenceGenerator;
import org.practiceevaluations.evaluation.SectionJudgement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Team reviews (guide: "Understanding practice and identifying learning within specific parts of the service"):
 * which teams the rule calls for, the review's record, and what the meeting found and agreed. Runs in the caller's
 * (the engine's) transaction.
 *
 * <p>The grades counted are the final grades of the team's evaluations settled in the period the decision table
 * names before now, and after the team's last review was arranged: grades a review has looked at do not call for
 * another one. A team with a review not yet held is not invited again.
 */
@Service
@Transactional
public class TeamReviews {

  private static final Logger LOG = LoggerFactory.getLogger(TeamReviews.class);

  @PersistenceContext
  private EntityManager entityManager;

  private final TeamReviewRepository reviews;
  private final TeamReviewRules rules;
  private final TeamDirectory directory;
  private final ReferenceGenerator references;
  private final RuntimeService runtimeService;
  private final Deadlines deadlines;
  private final LearningSettings settings;
  private final Clock clock;

  public TeamReviews(TeamReviewRepository reviews, TeamReviewRules rules, TeamDirectory directory,
      ReferenceGenerator references, RuntimeService runtimeService, Deadlines deadlines, LearningSettings settings,
      Clock clock) {
    this.reviews = reviews;
    this.rules = rules;
    this.directory = directory;
    this.references = references;
    this.runtimeService = runtimeService;
    this.deadlines = deadlines;
    this.settings = settings;
    this.clock = clock;
  }

  /** The grades counted for a team: from when to when, how many evaluations, how many low, how many inadequate. */
  public record Counts(Instant from, Instant to, int evaluations, int lowGrades, int inadequateGrades) {}

  /** A team the rule calls for a review, with the counts and the reason. */
  public record Candidate(String teamCode, String teamName, Counts counts, String reason) {}

  /** One action of a review's action plan. */
  public record PlannedAction(String description, String owner, LocalDate dueOn) {}

  /** What the audit manager's form shows about a review. */
  public record ReviewFacts(TeamReview review, Team team, List<Evaluation> evaluations) {}

  /**
   * Every team the rule calls for a review now, not counting teams whose last review is still to be held. Not a
   * read-only transaction: consulting the decision tables writes their history (full history), which PostgreSQL
   * refuses in a read-only one.
   */
  @Transactional
  public List<Candidate> candidates(Instant now) {
    List<Candidate> candidates = new ArrayList<>();
    for (Team team : directory.teams()) {
      if (!reviews.findByTeamCodeAndStatus(team.getCode(), TeamReview.Status.OPEN).isEmpty()) {
        continue;
      }
      Counts counts = counts(team, now);
      TeamReviewRules.Verdict verdict = rules.verdict(counts.inadequateGrades(), counts.lowGrades());
      if (verdict.reviewNeeded()) {
        candidates.add(new Candidate(team.getCode(), team.getName(), counts, verdict.reason()));
      }
    }
    return candidates;
  }

  /** Starts a review for every team the rule calls for now; returns their team codes. */
  public List<String> startReviews(Instant now) {
    List<String> started = new ArrayList<>();
    for (Candidate candidate : candidates(now)) {
      Map<String, Object> variables = new HashMap<>();
      TeamReviewProcess.Vars.TEAM_CODE.put(variables, candidate.teamCode());
      TeamReviewProcess.Vars.REVIEW_REASON.put(variables, candidate.reason());
      runtimeService.startProcessInstanceByKey(TeamReviewProcess.KEY, variables);
      started.add(candidate.teamCode());
    }
    LOG.info("Team review check: {} team(s) invited to a review meeting {}", started.size(), started);
    return started;
  }

  /** Records a new review of the team (the grades counted as of now) and when its meeting is due. */
  public TeamReview open(String teamCode, String reason, String openedBy, String processInstanceId) {
    Team team = directory.findTeam(teamCode == null ? "" : teamCode.trim())
        .orElseThrow(() -> new IllegalArgumentException("There is no team " + teamCode + "."));
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("Say why the team is invited.");
    }
    Instant now = clock.instant();
    Counts counts = counts(team, now);
    TeamReview review = reviews.save(new TeamReview(references.next("TR", LocalDate.now(clock).getYear()),
        team.getCode(), reason.trim(), counts, openedBy, now,
        deadlines.dueAfter(now, settings.teamReviewMeetingWithin()), processInstanceId));
    LOG.info("Team review {} opened for team {}", review.getReference(), team.getCode());
    return review;
  }

  public TeamReview get(String reference) {
    return reviews.findByReference(reference)
        .orElseThrow(() -> new NotFoundException("No team review " + reference + "."));
  }

  /** The review, its team, and the team's evaluations in the period counted (newest first). */
  @Transactional(readOnly = true)
  public ReviewFacts facts(String reference) {
    TeamReview review = get(reference);
    Team team = directory.team(review.getTeamCode());
    List<Evaluation> evaluations = completed(team.getCode(), review.getCountedFrom(), review.getCountedTo());
    return new ReviewFacts(review, team, evaluations);
  }

  public void recordMeeting(String reference, LocalDate on, String attendees, String circumstances,
      String individualLearning, String teamLearning, List<PlannedAction> plan, String heldBy) {
    get(reference).recordMeeting(on, attendees, circumstances, individualLearning, teamLearning, plan, heldBy,
        clock.instant());
  }

  /** The action plan as plain text for the e-mail and the process (owner's user id, date). */
  @Transactional(readOnly = true)
  public String actionPlanText(String reference) {
    return get(reference).getActions().stream()
        .map(a -> a.getNumber() + ". " + a.getDescription() + " (" + a.getOwner() + ", by " + a.getDueOn() + ")")
        .collect(Collectors.joining("\n"));
  }

  Counts counts(Team team, Instant now) {
    Period lookBack = Period.parse(rules.lookBack(team.getServiceArea().getCode()));
    Instant from = now.atZone(clock.getZone()).minus(lookBack).toInstant();
    Instant lastReview = reviews.findFirstByTeamCodeOrderByOpenedAtDesc(team.getCode())
        .map(TeamReview::getOpenedAt).orElse(null);
    if (lastReview != null && lastReview.isAfter(from)) {
      from = lastReview;
    }
    List<Evaluation> evaluations = completed(team.getCode(), from, now);
    int inadequate = (int) evaluations.stream().filter(e -> e.grades().finalGrade() == Grade.INADEQUATE).count();
    int low = (int) evaluations.stream().filter(e -> e.grades().finalGrade() == Grade.INADEQUATE
        || e.grades().finalGrade() == Grade.REQUIRES_IMPROVEMENT).count();
    return new Counts(from, now, evaluations.size(), low, inadequate);
  }

  private List<Evaluation> completed(String teamCode, Instant from, Instant to) {
    if (from == null || to == null) {
      return List.of();
    }
    return entityManager.createQuery("select e from Evaluation e where e.team.code = :team "
            + "and e.grades.finalisedAt >= :from and e.grades.finalisedAt < :to order by e.grades.finalisedAt desc",
            Evaluation.class)
        .setParameter("team", teamCode).setParameter("from", from).setParameter("to", to).getResultList().stream()
        .filter(e -> e.getStage() != EvaluationStage.CANCELLED).toList();
  }

  /** Section 14 and the moderator's learning of these evaluations, for the form. */
  static List<String> learningNeeds(List<Evaluation> evaluations) {
    List<String> needs = new ArrayList<>();
    for (Evaluation e : evaluations) {
      for (SectionJudgement s : e.getSections()) {
        if ("learning-needs".equals(s.getPurpose()) && s.getCommentary() != null
            && !s.getCommentary().isBlank()) {
          needs.add(e.getReference() + ": " + s.getCommentary().strip());
        }
      }
      if (e.moderation().learningForTeam() != null && !e.moderation().learningForTeam().isBlank()) {
        needs.add(e.getReference() + " (moderator, for the team): " + e.moderation().learningForTeam().strip());
      }
    }
    return needs;
  }
}
