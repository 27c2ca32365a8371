package org.practiceevaluations.support;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.practiceevaluations.caseregister.ChildCase;
import org.practiceevaluations.caseregister.ChildCaseRepository;
import org.practiceevaluations.catalogue.Grade;
import org.practiceevaluations.catalogue.Judgement;
import org.practiceevaluations.evaluation.Evaluation;
import org.practiceevaluations.evaluation.EvaluationAction;
import org.practiceevaluations.evaluation.EvaluationRepository;
import org.practiceevaluations.evaluation.EvaluationType;
import org.practiceevaluations.evaluation.FamilyFeedback;
import org.practiceevaluations.evaluation.ReferenceGenerator;
import org.practiceevaluations.evaluation.SectionJudgement;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Builds complete evaluations of demo cases straight into the tables, for tests of what reads them (PDF, mail,
 * reports) without driving a process. Every section is judged, with realistic commentary.
 */
@Component
public class EvaluationFixtures {

  private final EvaluationRepository evaluations;
  private final ChildCaseRepository cases;
  private final ReferenceGenerator references;
  private final TransactionTemplate tx;
  private final org.practiceevaluations.catalogue.Catalogues catalogues;

  public EvaluationFixtures(EvaluationRepository evaluations, ChildCaseRepository cases,
      ReferenceGenerator references, TransactionTemplate tx, org.practiceevaluations.catalogue.Catalogues catalogues) {
    this.catalogues = catalogues;
    this.evaluations = evaluations;
    this.cases = cases;
    this.references = references;
    this.tx = tx;
  }

  /** A submitted, unmoderated evaluation of the demo case C104237 (Assessment Team North) with this grade. */
  public String completed(Grade grade) {
    return completed("C104237", "pmurphy", grade, null, null);
  }

  /**
   * A submitted evaluation; when {@code moderator} is given it is moderated and {@code moderatedGrade} is final.
   * Returns its reference.
   */
  public String completed(String childReference, String auditor, Grade firstGrade, String moderator,
      Grade moderatedGrade) {
    return tx.execute(status -> {
      ChildCase childCase = cases.findByChildReference(childReference).orElseThrow();
      Instant allocated = Instant.now().minus(30, ChronoUnit.DAYS);
      boolean moderated = moderator != null;
      Evaluation e = new Evaluation(references.next("PE", LocalDate.now().getYear()),
          moderated ? EvaluationType.MODERATED : EvaluationType.MONTHLY, moderated, childCase, auditor, moderator,
          "kmorgan", allocated, allocated.plus(28, ChronoUnit.DAYS));
      e.recordSocialWorkerContact(LocalDate.now().minusDays(25), "Spoke with the social worker about the family.",
          true, null);
      e.replaceFeedback(List.of(
          new FamilyFeedback(FamilyFeedback.Respondent.CHILD, "young person", "home visit",
              "{\"listensToMe\":\"always\",\"explainsThings\":\"sometimes\"}",
              "She said her social worker always comes when she says she will."),
          new FamilyFeedback(FamilyFeedback.Respondent.PARENT_CARER, "mother", "telephone",
              "{\"feltListenedTo\":\"yes\"}", "Mum felt the plan was clear.")), null);
      e.useCatalogue(shippedVersion(catalogues));
      e.replaceSections(SectionJudgement.Stage.FIRST, sections(firstGrade, "First auditor"));
      e.replaceActions(new ArrayList<>(List.of(
          new EvaluationAction("Update the chronology to include the last six months.", childCase.getAllocatedWorker(),
              LocalDate.now().plusDays(30), "Use the chronology template in the case system."),
          new EvaluationAction("Hold a supervision focused on the child's plan.", childCase.getTeam().getTeamManager(),
              LocalDate.now().plusDays(14), null))));
      e.grades().recordFirstGrade(firstGrade, auditor);
      e.reflectiveDiscussion().record(LocalDate.now().minusDays(3), "Social worker, team manager",
          "We discussed the strengths of the direct work.", true, null, null);
      e.markSubmitted(Instant.now().minus(2, ChronoUnit.DAYS),
          moderated ? Instant.now().plus(5, ChronoUnit.DAYS) : null);
      if (moderated) {
        e.replaceSections(SectionJudgement.Stage.MODERATION, sections(moderatedGrade, "Moderator"));
        e.moderation().record(moderatedGrade, "Weigh the impact of the plan more heavily.",
            "Record direct work promptly.");
        e.completeModeration(LocalDate.now().minusDays(1), "Discussed with the auditor and team.", true, null, null,
            Instant.now().minus(1, ChronoUnit.DAYS));
      }
      return evaluations.save(e).getReference();
    });
  }

  private static List<SectionJudgement> sections(Grade grade, String who) {
    SectionJudgement.Stage stage =
        who.equals("Moderator") ? SectionJudgement.Stage.MODERATION : SectionJudgement.Stage.FIRST;
    return ShippedCatalogue.sections(Judgement.parse(grade.code()), stage, who);
  }

  /** The catalogue version with the shipped file's content (the current one, unless a test imported another). */
  public static int shippedVersion(org.practiceevaluations.catalogue.Catalogues catalogues) {
    return catalogues.importFile(ShippedCatalogue.file(), "test").catalogue().version();
  }
}
