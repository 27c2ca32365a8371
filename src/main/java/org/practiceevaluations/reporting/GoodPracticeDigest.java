package org.practiceevaluations.reporting;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.practiceevaluations.catalogue.Catalogue;
import org.practiceevaluations.evaluation.Evaluation;
import org.practiceevaluations.evaluation.EvaluationRepository;
import org.practiceevaluations.evaluation.SectionJudgement;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The good practice digest of the quarterly report (docs/guide.md, "Learning from evaluations": good practice
 * "shared across Children's Services"): each evaluation settled in the quarter whose auditor flagged its good practice
 * for sharing, with the team and the good practice section's commentary (the moderator's where the evaluation was
 * moderated and the moderator wrote one). Never the child's name: the evaluation reference identifies it.
 */
@Service
@Transactional(readOnly = true)
public class GoodPracticeDigest {

  private final EvaluationRepository evaluations;

  public GoodPracticeDigest(EvaluationRepository evaluations) {
    this.evaluations = evaluations;
  }

  public List<QuarterlyReportContent.GoodPracticeExample> between(Instant from, Instant to) {
    List<QuarterlyReportContent.GoodPracticeExample> digest = new ArrayList<>();
    for (Evaluation e : evaluations.goodPracticeToShareFinalisedBetween(from, to)) {
      example(e).ifPresent(digest::add);
    }
    return digest;
  }

  /** The example an evaluation gives, or nothing when its good practice section has no commentary. */
  static Optional<QuarterlyReportContent.GoodPracticeExample> example(Evaluation e) {
    String commentary = commentary(e.sections(SectionJudgement.Stage.MODERATION))
        .or(() -> commentary(e.sections(SectionJudgement.Stage.FIRST))).orElse(null);
    if (commentary == null) {
      return Optional.empty();
    }
    return Optional.of(new QuarterlyReportContent.GoodPracticeExample(e.getReference(),
        e.getTeam() == null ? "" : e.getTeam().getName(), commentary));
  }

  private static Optional<String> commentary(List<SectionJudgement> sections) {
    return sections.stream().filter(s -> Catalogue.Purpose.GOOD_PRACTICE.code().equals(s.getPurpose()))
        .map(SectionJudgement::getCommentary).filter(c -> c != null && !c.isBlank()).map(String::strip).findFirst();
  }
}
