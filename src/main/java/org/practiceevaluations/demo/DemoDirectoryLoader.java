package org.practiceevaluations.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.practiceevaluations.caseregister.CaseImporter;
import org.practiceevaluations.caseregister.CaseRegister;
import org.practiceevaluations.common.CsvRows;
import org.practiceevaluations.directory.CouncilRole;
import org.practiceevaluations.directory.DirectoryImporter;
import org.practiceevaluations.directory.TeamDirectory;
import org.practiceevaluations.identity.ProductionSettingsCheck;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The local evaluation mode's fictional council: demo users (all with the demo password), the team directory
 * and a case register of about 60 children. Loaded on first start only; never in the prod profile. Every person
 * and child in it is invented.
 */
@Component
@Order(30)
@ConditionalOnProperty(name = "practice-evaluations.demo.enabled", havingValue = "true")
public class DemoDirectoryLoader implements ApplicationRunner {

  public static final String DEMO_PASSWORD = ProductionSettingsCheck.DEMO_PASSWORDS.iterator().next();

  private static final Logger LOG = LoggerFactory.getLogger(DemoDirectoryLoader.class);
  private static final Set<String> USER_COLUMNS = Set.of("id", "first_name", "last_name", "email", "groups");

  private final IdentityService identityService;
  private final DirectoryImporter directoryImporter;
  private final CaseImporter caseImporter;
  private final TeamDirectory directory;
  private final CaseRegister register;

  public DemoDirectoryLoader(IdentityService identityService, DirectoryImporter directoryImporter,
      CaseImporter caseImporter, TeamDirectory directory, CaseRegister register) {
    this.identityService = identityService;
    this.directoryImporter = directoryImporter;
    this.caseImporter = caseImporter;
    this.directory = directory;
    this.register = register;
  }

  @Override
  public void run(ApplicationArguments args) {
    int users = ensureUsers();
    if (directory.teams().isEmpty()) {
      directoryImporter.importCsv(read("demo/teams.csv"));
    }
    for (CsvRows.Row row : CsvRows.parse(read("demo/roles.csv"), Set.of("role", "user_id")).rows()) {
      CouncilRole role = CouncilRole.byKey(row.text("role"));
      if (role != null && directory.holderOf(role).isEmpty()) {
        directoryImporter.assignRole(role, row.text("user_id"));
      }
    }
    if (register.count() == 0) {
      caseImporter.importCsv(read("demo/cases.csv"));
    }
    LOG.warn("DEMO USERS ARE ACTIVE: {} fictional staff can log in with the demo password (see README). "
        + "This is the local evaluation mode; use the prod profile for real children's data.", users);
  }

  private int ensureUsers() {
    int count = 0;
    for (CsvRows.Row row : CsvRows.parse(read("demo/users.csv"), USER_COLUMNS).rows()) {
      String id = row.text("id");
      count++;
      if (identityService.createUserQuery().userId(id).count() == 0) {
        User user = identityService.newUser(id);
        user.setFirstName(row.text("first_name"));
        user.setLastName(row.text("last_name"));
        user.setEmail(row.text("email"));
        user.setPassword(DEMO_PASSWORD);
        identityService.saveUser(user);
      }
      for (String group : row.text("groups").split(";")) {
        if (!group.isBlank()
            && identityService.createUserQuery().userId(id).memberOfGroup(group.trim()).count() == 0) {
          identityService.createMembership(id, group.trim());
        }
      }
    }
    return count;
  }

  private static String read(String path) {
    try {
      return new String(new ClassPathResource(path).getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + path, e);
    }
  }
}
