package org.practiceevaluations.support;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.practiceevaluations.caseregister.ChildCase;
import org.practiceevaluations.caseregister.ChildCaseRepository;
import org.practiceevaluations.catalogue.Judgement;
import org.practiceevaluations.concern.CaseOfConcern;
import org.practiceevaluations.concern.CaseOfConcernRepository;
import org.practiceevaluations.evaluation.Evaluation;
import org.practiceevaluations.evaluation.EvaluationAction;
import org.practiceevaluations.evaluation.EvaluationRepository;
import org.practiceevaluations.evaluation.EvaluationType;
import org.practiceevaluations.evaluation.FamilyFeedback;
import org.practiceevaluations.evaluation.SectionJudgement;
import org.practiceevaluations.reporting.QuarterDataSet;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes {@link QuarterDataSet} (2019, far from every other test's dates) into the evaluation tables and the cases
 * of concern of the shared test database, once per Spring context: the first auditor's sections of a moderated
 * evaluation are all its first grade, so a report that read them instead of the moderator's would be wrong.
 * Learning needs: every first auditor's section 14 reads "Chronology training for the social worker.", every
 * moderator's "Reflective supervision and direct work with teenagers.", and each moderator adds learning for the
 * auditor and for the team.
 */
@Component
public class QuarterDataSetSeeder {

  private final EvaluationRepository evaluations;
  private final ChildCaseRepository cases;
  private final CaseOfConcernRepository concerns;
  private final TransactionTemplate tx;
  private final org.practiceevaluations.catalogue.Catalogues catalogues;

  public QuarterDataSetSeeder(EvaluationRepository evaluations, ChildCaseRepository cases,
      CaseOfConcernRepository concerns, TransactionTemplate tx,
      org.practiceevaluations.catalogue.Catalogues catalogues) {
    this.catalogues = catalogues;
    this.evaluations = evaluations;
    this.cases = cases;
    this.concerns = concerns;
    this.tx = tx;
  }

  public synchronized void seedOnce() {
    if (evaluations.findByReference(QuarterDataSet.EVALUATIONS.get(0).reference()).isPresent()) {
      return;
    }
    tx.executeWithoutResult(status -> {
      QuarterDataSet.EVALUATIONS.forEach(this::evaluation);
      for (QuarterDataSet.ConcernSeed seed : QuarterDataSet.CONCERNS) {
        CaseOfConcern concern = new CaseOfConcern(seed.reference(), seed.childReference(), seed.evaluationReference(),
            "lharris", seed.opened(), null);
        if (seed.closed() != null) {
          concern.close(null, seed.closed());
        }
        concerns.save(concern);
      }
    });
  }

  private void evaluation(QuarterDataSet.EvaluationSeed seed) {
    ChildCase childCase = cases.findByChildReference(seed.childReference()).orElseThrow();
    if (!childCase.getTeam().getCode().equals(seed.teamCode())) {
      throw new IllegalStateException(seed.childReference() + " is not in team " + seed.teamCode());
    }
    Evaluation e = new Evaluation(seed.reference(), seed.moderated() ? EvaluationType.MODERATED : EvaluationType.MONTHLY,
        seed.moderated(), childCase, "hashworth", seed.moderated() ? "sclarke" : null, "kmorgan",
        seed.dueAt().minus(Duration.ofDays(28)), seed.dueAt());
    List<FamilyFeedback> feedback = new ArrayList<>();
    for (int i = 0; i < seed.childFeedback(); i++) {
      feedback.add(new FamilyFeedback(FamilyFeedback.Respondent.CHILD, "young person", "home visit", "{}", "Said a lot."));
    }
    for (int i = 0; i < seed.parentFeedback(); i++) {
      feedback.add(new FamilyFeedback(FamilyFeedback.Respondent.PARENT_CARER, "parent", "telephone", "{}", "Helpful."));
    }
    e.replaceFeedback(feedback, feedback.isEmpty() ? "Nobody answered." : null);
    if (seed.firstGrade() != null) {
      Judgement first = Judgement.parse(seed.firstGrade().code());
      List<SectionJudgement> firstSections = new ArrayList<>();
      for (String key : QuarterDataSet.KEYS) {
        Judgement j = seed.moderated() ? first : seed.finalSections().getOrDefault(key, first);
        // a moderated evaluation's first auditor found every statement met: only the moderator's count
        firstSections.add(section(SectionJudgement.Stage.FIRST, key, j, "Commentary.", seed.moderated()
            ? ShippedCatalogue.catalogue().section(key).orElseThrow().statements().stream()
                .map(org.practiceevaluations.catalogue.Catalogue.Statement::key).toList()
            : QuarterDataSet.metIn(key, j)));
      }
      // the sections written, not judged: the good practice example (the digest reads it) and the learning needs
      firstSections.add(section(SectionJudgement.Stage.FIRST, "good-practice", null, "Commentary.", List.of()));
      firstSections.add(section(SectionJudgement.Stage.FIRST, "learning-needs", null,
          "Chronology training for the social worker.", List.of()));
      e.replaceSections(SectionJudgement.Stage.FIRST, firstSections);
      e.grades().recordFirstGrade(seed.firstGrade(), "hashworth");
    }
    List<EvaluationAction> actions = new ArrayList<>();
    for (QuarterDataSet.ActionSeed a : seed.actions()) {
      actions.add(new EvaluationAction("Action due " + a.dueOn(), childCase.getAllocatedWorker(), a.dueOn(), null));
    }
    e.replaceActions(actions);
    for (int i = 0; i < seed.actions().size(); i++) {
      if (seed.actions().get(i).done()) {
        LocalDate on = seed.actions().get(i).dueOn();
        e.getActions().get(i).update(true, "Done.", on, on.atStartOfDay(QuarterDataSet.LONDON).toInstant());
      }
    }
    if (seed.submitted() != null) {
      e.markSubmitted(seed.submitted(), seed.moderated() ? seed.submitted().plus(Duration.ofDays(7)) : null);
    }
    if (seed.moderated() && seed.finalised() != null) {
      List<SectionJudgement> moderation = new ArrayList<>();
      seed.finalSections().forEach((key, j) -> moderation.add(section(SectionJudgement.Stage.MODERATION, key, j,
          "Moderator's commentary.", QuarterDataSet.metIn(key, j))));
      moderation.add(section(SectionJudgement.Stage.MODERATION, "good-practice", null, "Moderator's commentary.",
          List.of()));
      moderation.add(section(SectionJudgement.Stage.MODERATION, "learning-needs", null,
          "Reflective supervision and direct work with teenagers.", List.of()));
      e.replaceSections(SectionJudgement.Stage.MODERATION, moderation);
      e.moderation().record(seed.moderatedGrade(), "Learning for the auditor.", "Learning for the team.");
      e.completeModeration(seed.finalised().atZone(QuarterDataSet.LONDON).toLocalDate(), "Discussed.", true, null,
          null, seed.finalised());
    }
    if (seed.cancelled()) {
      e.markCancelled(seed.dueAt().minus(Duration.ofDays(20)));
    }
    e.useCatalogue(EvaluationFixtures.shippedVersion(catalogues));
    evaluations.save(e);
  }

  /** A section row of the shipped catalogue's section {@code key}, with these statements met. */
  private static SectionJudgement section(SectionJudgement.Stage stage, String key, Judgement judgement,
      String commentary, List<String> statementsMet) {
    org.practiceevaluations.catalogue.Catalogue.CatalogueSection s = ShippedCatalogue.catalogue().section(key)
        .orElseThrow();
    return new SectionJudgement(stage, key, s.number(), s.purpose() == null ? null : s.purpose().code(), judgement,
        commentary, statementsMet);
  }
}
