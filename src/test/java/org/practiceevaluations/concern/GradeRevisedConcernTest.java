package org.practiceevaluations.concern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.practiceevaluations.caseregister.ChildCase;
import org.practiceevaluations.caseregister.LegalStatus;
import org.practiceevaluations.catalogue.Grade;
import org.practiceevaluations.directory.ServiceArea;
import org.practiceevaluations.directory.Team;
import org.practiceevaluations.evaluation.Evaluation;
import org.practiceevaluations.evaluation.EvaluationLifecycle;
import org.practiceevaluations.evaluation.EvaluationType;

/**
 * What a grade revised after the team's dispute does to cases of concern (docs/guide.md, "A disputed grade"): now
 * inadequate and without a concern, one opens; no longer inadequate, the open concern it started closes; otherwise
 * nothing changes. The evaluation's own rule: only an unmoderated evaluation's grade is disputed after sharing.
 */
class GradeRevisedConcernTest {

  static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
  static final String REF = "PE-2026-0042";

  final CaseOfConcernRepository repository = mock(CaseOfConcernRepository.class);
  final EvaluationLifecycle lifecycle = mock(EvaluationLifecycle.class);
  final Concerns concerns = new Concerns(repository, lifecycle, null, null, Clock.fixed(NOW, ZoneId.of("Europe/London")));

  @Test
  void aGradeRevisedToInadequateOpensAConcernWhenThereIsNone() {
    graded(Grade.INADEQUATE);
    when(repository.findByFirstEvaluationReference(REF)).thenReturn(Optional.empty());

    Concerns.Revision revision = concerns.afterGradeRevised(REF);

    assertThat(revision.kind()).isEqualTo(Concerns.Revision.Kind.OPEN);
    assertThat(revision.childReference()).isEqualTo("C104237");
  }

  @Test
  void aGradeRevisedToInadequateWhenAConcernAlreadyExistsChangesNothing() {
    graded(Grade.INADEQUATE);
    when(repository.findByFirstEvaluationReference(REF)).thenReturn(Optional.of(concern()));

    assertThat(concerns.afterGradeRevised(REF).kind()).isEqualTo(Concerns.Revision.Kind.NOTHING);
  }

  @Test
  void aGradeNoLongerInadequateClosesTheOpenConcernItStarted() {
    graded(Grade.REQUIRES_IMPROVEMENT);
    when(repository.findByCurrentEvaluationReferenceAndStatus(REF, CaseOfConcern.Status.OPEN))
        .thenReturn(Optional.of(concern()));

    Concerns.Revision revision = concerns.afterGradeRevised(REF);

    assertThat(revision.kind()).isEqualTo(Concerns.Revision.Kind.CLOSE);
    assertThat(revision.concernProcessInstanceId()).isEqualTo("concern-process-1");
  }

  @Test
  void aGradeRevisedBetweenGradesAboveInadequateChangesNothing() {
    graded(Grade.GOOD);
    when(repository.findByCurrentEvaluationReferenceAndStatus(REF, CaseOfConcern.Status.OPEN))
        .thenReturn(Optional.empty());

    assertThat(concerns.afterGradeRevised(REF).kind()).isEqualTo(Concerns.Revision.Kind.NOTHING);
  }

  @Test
  void aConcernClosedOnARevisedGradeSaysSo() {
    CaseOfConcern concern = concern();
    when(repository.findByReference("CC-2026-0007")).thenReturn(Optional.of(concern));

    concerns.closeAsRevised("CC-2026-0007");

    assertThat(concern.getStatus()).isEqualTo(CaseOfConcern.Status.CLOSED);
    assertThat(concern.getOutcome()).isEqualTo(CaseOfConcern.Outcome.GRADE_REVISED);
  }

  void graded(Grade grade) {
    Evaluation e = evaluation();
    e.grades().recordFirstGrade(grade, "cevans");
    e.reflectiveDiscussion().record(LocalDate.of(2026, 3, 1), "Team", "Discussed", true, null, null);
    e.markSubmitted(NOW, null);
    when(lifecycle.get(REF)).thenReturn(e);
  }

  static CaseOfConcern concern() {
    return new CaseOfConcern("CC-2026-0007", "C104237", REF, "lharris", NOW, "concern-process-1");
  }

  static Evaluation evaluation() {
    Team team = new Team("ATN", "Assessment Team North", new ServiceArea("FDA", "Front Door", "hashworth"),
        "pmurphy", "lharris");
    ChildCase childCase = new ChildCase("C104237");
    childCase.update("Arthur", "Turner", LocalDate.of(2011, 3, 13), team, "ejones", null, LegalStatus.CHILD_IN_NEED,
        null, null, true);
    return new Evaluation(REF, EvaluationType.MONTHLY, false, childCase, "cevans", null, "kmorgan", NOW,
        NOW.plusSeconds(86_400 * 21));
  }
}
