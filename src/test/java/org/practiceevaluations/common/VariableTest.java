package org.practiceevaluations.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;

class VariableTest {

  private static final Variable<String> AUDITOR = Variable.text("auditor");
  private static final Variable<Integer> ROUND = Variable.whole("concernRound");
  private static final Variable<Long> DOCUMENT = Variable.id("documentId");
  private static final Variable<Date> DUE = Variable.date("auditDueDate");
  private static final Variable<List<String>> TEAMS = Variable.listOf("teamCodes", String.class);
  private static final Variable<Boolean> MODERATED = Variable.flag("moderated");

  /** A variable scope without an engine, backed by a map: the typed reads and writes only need get and set. */
  private record MapScope(VariableScope scope, Map<String, Object> values) {}

  private static MapScope scope(Map<String, Object> initial) {
    Map<String, Object> values = new HashMap<>(initial);
    VariableScope scope = mock(VariableScope.class);
    when(scope.getVariable(anyString())).thenAnswer(call -> values.get(call.<String>getArgument(0)));
    doAnswer(call -> values.put(call.getArgument(0), call.getArgument(1))).when(scope)
        .setVariable(anyString(), any());
    return new MapScope(scope, values);
  }

  @Test
  void readsAndWritesByItsOneName() {
    MapScope scope = scope(Map.of());
    AUDITOR.set(scope.scope(), "cevans");
    assertThat(scope.values()).containsEntry("auditor", "cevans");
    assertThat(AUDITOR.get(scope.scope())).isEqualTo("cevans");
    assertThat(AUDITOR.name()).isEqualTo("auditor");
    assertThat(AUDITOR).hasToString("auditor");
  }

  @Test
  void aMissingValueIsNullOrNamedWhenRequired() {
    MapScope scope = scope(Map.of());
    assertThat(AUDITOR.get(scope.scope())).isNull();
    assertThat(AUDITOR.optional(scope.scope())).isEmpty();
    assertThatThrownBy(() -> AUDITOR.require(scope.scope())).isInstanceOf(IllegalStateException.class)
        .hasMessage("The process variable 'auditor' is not set");
  }

  @Test
  void aValueOfTheWrongTypeIsRefusedNamingTheVariable() {
    MapScope scope = scope(Map.of("auditor", 42, "moderated", "yes"));
    assertThatThrownBy(() -> AUDITOR.get(scope.scope())).isInstanceOf(IllegalStateException.class)
        .hasMessage("The process variable 'auditor' holds an Integer, not String");
    assertThatThrownBy(() -> MODERATED.get(scope.scope()))
        .hasMessageContaining("'moderated' holds a String, not Boolean");
  }

  @Test
  void wholeNumbersAreReadAcrossIntegerAndLong() {
    MapScope scope = scope(Map.of("concernRound", 2L, "documentId", 7));
    assertThat(ROUND.get(scope.scope())).isEqualTo(2);
    assertThat(DOCUMENT.get(scope.scope())).isEqualTo(7L);
    MapScope tooBig = scope(Map.of("concernRound", Long.MAX_VALUE));
    assertThatThrownBy(() -> ROUND.get(tooBig.scope())).hasMessageContaining("holds a Long, not Integer");
  }

  @Test
  void listsAreCheckedElementByElement() {
    assertThat(TEAMS.get(scope(Map.of("teamCodes", List.of("CIN1", "CIN2"))).scope())).containsExactly("CIN1", "CIN2");
    assertThatThrownBy(() -> TEAMS.get(scope(Map.of("teamCodes", List.of("CIN1", 3))).scope()))
        .hasMessage("The process variable 'teamCodes' holds a list with an Integer in it, not only String");
  }

  @Test
  void writingTheWrongTypeThroughARawReferenceIsRefusedBeforeTheEngineSeesIt() {
    @SuppressWarnings({"unchecked", "rawtypes"})
    Variable<Object> raw = (Variable) DUE;
    MapScope scope = scope(Map.of());
    assertThatThrownBy(() -> raw.set(scope.scope(), "tomorrow"))
        .hasMessageContaining("'auditDueDate' holds a String");
    assertThat(scope.values()).doesNotContainKey("auditDueDate");
  }

  @Test
  void readsAndFillsMapsOfVariables() {
    VariableMap variables = Variables.createVariables();
    DUE.put(variables, new Date(0));
    assertThat(DUE.from(variables)).isEqualTo(new Date(0));
    assertThat(AUDITOR.from(variables)).isNull();
    assertThat(AUDITOR.from(null)).isNull();
  }
}
