package org.practiceevaluations.concern;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Who re-audits an inadequate case (docs/guide.md, "Cases of concern"). */
class ReAuditorChoiceTest {

  final Map<String, Integer> loads = new LinkedHashMap<>(Map.of("cevans", 4, "pmurphy", 1, "sclarke", 1, "kmorgan", 3));

  @Test
  void theFirstAuditorReAuditsWhoeverIsLessBusy() {
    assertThat(ReAuditorChoice.choose("cevans", loads, Set.of("ejones", "nadeyemi"))).contains("cevans");
  }

  @Test
  void someoneWhoIsNoLongerAnAuditorOrNowHoldsTheCaseIsReplacedByTheLeastBusyAuditorByUserIdOnATie() {
    assertThat(ReAuditorChoice.choose("jleft", loads, Set.of("ejones"))).contains("pmurphy");
    assertThat(ReAuditorChoice.choose("cevans", loads, Set.of("cevans", "pmurphy"))).contains("sclarke");
  }

  @Test
  void nobodyLeftToAuditIsNoChoice() {
    assertThat(ReAuditorChoice.choose("cevans", Map.of("cevans", 0), Set.of("cevans"))).isEmpty();
  }
}
