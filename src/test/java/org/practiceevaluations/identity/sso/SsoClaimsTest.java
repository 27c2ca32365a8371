package org.practiceevaluations.identity.sso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Who a token names, and with which of the application's groups: the plain rules behind log-in and bearer tokens. */
class SsoClaimsTest {

  private static SsoClaims claims(Map<String, List<String>> mapping) {
    SsoSettings settings = new SsoSettings();
    settings.setGroupMapping(mapping);
    return new SsoClaims(settings);
  }

  private final SsoClaims claims = claims(Map.of(
      "entra-team-managers", List.of("team-managers", "auditors"),
      "entra-audit", List.of("audit-team", " auditors ")));

  @Test
  void theUserIdIsTheClaimWithoutItsDomainInLowerCase() {
    SsoPerson person = claims.person(Map.of("preferred_username", "Jane.Smith@Lowfield.gov.uk",
        "given_name", "Jane", "family_name", "Smith", "email", "jane.smith@lowfield.gov.uk"));

    assertThat(person.userId()).isEqualTo("jane.smith");
    assertThat(person).extracting(SsoPerson::firstName, SsoPerson::lastName, SsoPerson::email)
        .containsExactly("Jane", "Smith", "jane.smith@lowfield.gov.uk");
  }

  @Test
  void theNameAndAddressFallBackToWhatTheTokenHas() {
    SsoPerson person = claims.person(Map.of("preferred_username", "o.kofi@lowfield.gov.uk", "name", "Ama Osei Kofi"));

    assertThat(person).extracting(SsoPerson::firstName, SsoPerson::lastName, SsoPerson::email)
        .containsExactly("Ama Osei", "Kofi", "o.kofi@lowfield.gov.uk");
  }

  @Test
  void groupsAreMappedOnceEachAndGroupsTheTableDoesNotNameAreIgnored() {
    SsoPerson person = claims.person(Map.of("preferred_username", "a", "groups",
        List.of("entra-team-managers", "entra-audit", "finance")));

    assertThat(person.groups()).containsExactly("team-managers", "auditors", "audit-team");
    assertThat(claims.person(Map.of("preferred_username", "b", "groups", "entra-audit finance")).groups())
        .containsExactly("audit-team", "auditors");
    assertThat(claims.person(Map.of("preferred_username", "c")).groups()).isEmpty();
    assertThat(claims.mappedGroups()).containsExactlyInAnyOrder("team-managers", "auditors", "audit-team");
  }

  @Test
  void aTokenWithoutAUsableUserIdIsRefusedWithoutQuotingIt() {
    assertThatThrownBy(() -> claims.person(Map.of("sub", "x")))
        .isInstanceOf(SsoClaims.SsoRefusal.class).hasMessage("The token has no 'preferred_username' claim to name the person.");
    assertThatThrownBy(() -> claims.person(Map.of("preferred_username", "<script>@lowfield.gov.uk")))
        .isInstanceOf(SsoClaims.SsoRefusal.class).hasMessageNotContaining("script");
  }

  @Test
  void aMappingToAGroupTheApplicationDoesNotHaveRefusesToStart() {
    assertThatThrownBy(() -> claims(Map.of("entra-x", List.of("auditor"))))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("[auditor]");
  }
}
