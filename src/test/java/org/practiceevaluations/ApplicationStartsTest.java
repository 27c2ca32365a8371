package org.practiceevaluations;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.practiceevaluations.caseregister.CaseRegister;
import org.practiceevaluations.directory.TeamDirectory;
import org.practiceevaluations.identity.StaffGroup;
import org.practiceevaluations.support.AppTest;
import org.springframework.beans.factory.annotation.Autowired;

@AppTest
class ApplicationStartsTest {

  @Autowired IdentityService identityService;
  @Autowired FilterService filterService;
  @Autowired TeamDirectory directory;
  @Autowired CaseRegister register;

  @Test
  void startsWithEveryGroupTheFiltersAndTheDemoDirectory() {
    for (StaffGroup group : StaffGroup.values()) {
      assertThat(identityService.createGroupQuery().groupId(group.id()).count()).as(group.id()).isEqualTo(1);
    }
    assertThat(filterService.createTaskFilterQuery().list()).extracting("name")
        .containsExactlyInAnyOrder("My tasks", "My groups' tasks", "Due this week", "Overdue", "Cases of concern");
    assertThat(directory.teams()).hasSize(6);
    assertThat(register.count()).isEqualTo(60);
  }
}
