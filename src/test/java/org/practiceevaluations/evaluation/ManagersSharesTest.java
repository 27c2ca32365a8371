package org.practiceevaluations.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The guide's "at least 50% themselves", as a rule (ManagersShares). */
class ManagersSharesTest {

  @Test
  void theShareIsWhatTheManagerCompletedThemselvesOfWhatWasAllocatedToThem() {
    assertThat(ManagersShares.share(4, 1)).isEqualTo(0.25);
    assertThat(ManagersShares.share(0, 0)).isNull();
  }

  @Test
  void aManagerIsBelowHalfOnlyWhenSomethingWasAllocatedAndFewerThanHalfWereTheirOwn() {
    assertThat(ManagersShares.belowHalf(4, 1)).isTrue();
    assertThat(ManagersShares.belowHalf(3, 1)).isTrue();
    assertThat(ManagersShares.belowHalf(4, 2)).isFalse();
    assertThat(ManagersShares.belowHalf(1, 1)).isFalse();
    assertThat(ManagersShares.belowHalf(0, 0)).as("nothing allocated: nobody to name").isFalse();
  }
}
