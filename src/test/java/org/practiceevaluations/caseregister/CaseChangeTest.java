package org.practiceevaluations.caseregister;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which register rows are a closure or a transfer to audit (CaseChange.between). */
class CaseChangeTest {

  static CaseChange.State open(String team) {
    return new CaseChange.State(true, team);
  }

  static CaseChange.State closed(String team) {
    return new CaseChange.State(false, team);
  }

  @Test
  void anOpenCaseNowClosedIsAClosureByTheTeamInTheRow() {
    assertThat(CaseChange.between("C1", open("ATN"), closed("ATN")))
        .contains(new CaseChange("C1", CaseChange.Kind.CLOSURE, "ATN", null));
    assertThat(CaseChange.between("C1", open("ATN"), closed("FST1")))
        .contains(new CaseChange("C1", CaseChange.Kind.CLOSURE, "FST1", null));
  }

  @Test
  void anOpenCaseStillOpenInAnotherTeamIsATransferToThatTeam() {
    assertThat(CaseChange.between("C1", open("ATN"), open("FST1")))
        .contains(new CaseChange("C1", CaseChange.Kind.TRANSFER, "FST1", "ATN"));
    assertThat(CaseChange.between("C1", open("ATN"), open("FST1")).orElseThrow().kind().code())
        .isEqualTo("transfer");
  }

  @Test
  void aNewCaseAnUnchangedOneAClosedOneOrOneReopenedIsNothingToAudit() {
    assertThat(CaseChange.between("C1", null, closed("ATN"))).isEmpty();
    assertThat(CaseChange.between("C1", open("ATN"), open("ATN"))).isEmpty();
    assertThat(CaseChange.between("C1", closed("ATN"), closed("FST1"))).isEmpty();
    assertThat(CaseChange.between("C1", closed("ATN"), open("FST1"))).isEmpty();
  }
}
