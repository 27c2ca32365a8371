package org.practiceevaluations.evaluation;

import org.practiceevaluations.catalogue.Judgement;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.practiceevaluations.forms.AnswersRejected;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.junit.jupiter.api.Test;
import org.practiceevaluations.forms.FormAnswers;
import org.practiceevaluations.forms.FormAnswers.When;

class FormAnswersTest {

  static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
  static final ZoneId LONDON = ZoneId.of("Europe/London");

  static FormAnswers answers(Map<String, Object> values) {
    VariableScope scope = mock(VariableScope.class);
    when(scope.getVariable(anyString())).thenAnswer(invocation -> values.get(invocation.<String>getArgument(0)));
    return new FormAnswers(scope, Clock.fixed(TODAY.atTime(12, 0).atZone(LONDON).toInstant(), LONDON),
        new com.fasterxml.jackson.databind.ObjectMapper());
  }

  @Test
  void collectsEveryProblemBeforeRefusing() {
    FormAnswers answers = answers(Map.of("grade", "brilliant", "when", "2026-03-05", "text", "x".repeat(20_001)));
    answers.grade("grade", "the overall grade", true);
    answers.date("when", "The date of the discussion", true, When.PAST_OR_TODAY);
    answers.text("text", "The commentary", true);
    answers.text("missing", "The reason", true);
    assertThat(answers.problems()).containsExactly(
        "the overall grade 'brilliant' is not a grade: choose outstanding, good, requires improvement or inadequate.",
        "The date of the discussion cannot be in the future.",
        "The commentary is longer than 20000 characters (20001).",
        "The reason is needed.");
    assertThatThrownBy(answers::throwIfInvalid).isInstanceOf(AnswersRejected.class)
        .hasMessageStartingWith("Please check your answers: the overall grade");
  }

  @Test
  void aDecisionNeedsItsReasonOnlyWhenTheAnswerIsNo() {
    FormAnswers yes = answers(Map.of("accepted", true));
    assertThat(yes.decision("accepted", "Add the case?", "reason", "Your reasons"))
        .isEqualTo(new FormAnswers.Decision(true, null));
    assertThat(yes.isValid()).isTrue();

    FormAnswers noWithoutReason = answers(Map.of("accepted", "no"));
    assertThat(noWithoutReason.decision("accepted", "Add the case?", "reason", "Your reasons").yes()).isFalse();
    assertThat(noWithoutReason.problems()).containsExactly("Your reasons is needed.");

    FormAnswers no = answers(Map.of("accepted", false, "reason", " Already audited this month. "));
    assertThat(no.decision("accepted", "Add the case?", "reason", "Your reasons").reasonWhenNo())
        .isEqualTo("Already audited this month.");

    FormAnswers unanswered = answers(Map.of());
    unanswered.decision("accepted", "Add the case?", "reason", "Your reasons");
    assertThat(unanswered.isValid()).isFalse();
  }

  @Test
  void readsYesNoFromCheckboxesAndRadios() {
    FormAnswers answers = answers(Map.of("a", true, "b", "no", "c", "yes"));
    assertThat(answers.yesNo("a", "A", true)).isTrue();
    assertThat(answers.yesNo("b", "B", true)).isFalse();
    assertThat(answers.ticked("c")).isTrue();
    assertThat(answers.ticked("absent")).isFalse();
    assertThat(answers.isValid()).isTrue();
  }

  @Test
  void readsADynamicListSubmittedAsJson() {
    FormAnswers answers = answers(Map.of("actions",
        "[{\"description\":\"Update the chronology\",\"owner\":\"ejones\",\"dueDate\":\"2026-03-01\"}]"));
    List<Map<String, Object>> rows = answers.rows("actions", "The actions");
    assertThat(rows).hasSize(1);
    assertThat(answers.rowDate(rows.get(0), "dueDate", "Action 1: the date it is due", true, When.TODAY_OR_LATER))
        .isEqualTo(LocalDate.of(2026, 3, 1));
    assertThat(answers.problems()).containsExactly("Action 1: the date it is due cannot be in the past.");
  }

  @Test
  void aJudgementMustBeKnown() {
    FormAnswers answers = answers(Map.of("j", "not-relevant", "k", "great"));
    assertThat(answers.judgement("j", "section 8")).isEqualTo(Judgement.NOT_RELEVANT);
    assertThat(answers.judgement("k", "section 9")).isNull();
    assertThat(answers.problems()).hasSize(1).first().asString().contains("section 9 'great'");
  }

  @Test
  void remembersWhichFieldsWereRead() {
    FormAnswers answers = answers(new HashMap<>(Map.of("x", "1")));
    answers.text("x", "X", false);
    answers.text("y", "Y", false);
    assertThat(answers.keysRead()).containsExactly("x", "y");
  }
}
