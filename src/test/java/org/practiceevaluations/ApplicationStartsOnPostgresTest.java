package org.practiceevaluations;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.practiceevaluations.caseregister.CaseRegister;
import org.practiceevaluations.directory.TeamDirectory;
import org.practiceevaluations.support.PostgresAppTest;
import org.springframework.beans.factory.annotation.Autowired;

@PostgresAppTest
class ApplicationStartsOnPostgresTest {

  @Autowired DataSource dataSource;
  @Autowired IdentityService identityService;
  @Autowired TeamDirectory directory;
  @Autowired CaseRegister register;

  @Test
  void runsOnARealPostgresqlServer() throws Exception {
    try (var connection = dataSource.getConnection()) {
      assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
    }
    assertThat(identityService.createUserQuery().userId("kmorgan").count()).isEqualTo(1);
    assertThat(directory.teams()).hasSize(6);
    assertThat(register.count()).isEqualTo(60);
  }
}
