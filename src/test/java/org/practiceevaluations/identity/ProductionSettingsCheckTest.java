package org.practiceevaluations.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.practiceevaluations.PracticeEvaluationsApplication;
import org.practiceevaluations.identity.ProductionSettingsCheck.UnsafeSettingsException;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.io.support.SpringFactoriesLoader;
import org.springframework.mock.env.MockEnvironment;

/**
 * The prod profile refuses to start without its settings, or with a demo password, before it connects to anything
 * (ADR 0004). The application is started in this JVM; each setting is given on the command line, which outranks
 * anything in the environment of the machine running the tests.
 */
@ExtendWith(OutputCaptureExtension.class)
class ProductionSettingsCheckTest {

  private static final String GOOD_DB_URL = "jdbc:postgresql://db.lowfield.example:5432/practice_evaluations";
  private static final String GOOD_PASSWORD = "correct-horse-battery-staple";

  private static UnsafeSettingsException startProd(String dbUrl, String dbUser, String dbPassword, String adminId,
      String adminPassword) {
    SpringApplication application = new SpringApplication(PracticeEvaluationsApplication.class);
    application.setWebApplicationType(WebApplicationType.NONE);
    List<String> args = new ArrayList<>(List.of("--spring.profiles.active=prod", "--PE_DB_URL=" + dbUrl,
        "--PE_DB_USER=" + dbUser, "--PE_DB_PASSWORD=" + dbPassword, "--PE_ADMIN_ID=" + adminId,
        "--PE_ADMIN_PASSWORD=" + adminPassword));
    return catchThrowableOfType(UnsafeSettingsException.class, () -> application.run(args.toArray(String[]::new)));
  }

  @Test
  void prodWithoutSettingsRefusesToStartNamingEveryMissingSetting(CapturedOutput output) {
    UnsafeSettingsException refusal = startProd("", "", "", "", "");

    assertThat(refusal).isNotNull();
    assertThat(refusal.getMessage()).isEqualTo("The prod profile refuses to start: PE_DB_URL is not set; "
        + "PE_DB_USER is not set; PE_DB_PASSWORD is not set; PE_ADMIN_ID is not set; PE_ADMIN_PASSWORD is not set.");
    assertThat(refusal.getMessage()).doesNotContain("\n");
    assertThat(output.getAll()).contains("APPLICATION FAILED TO START", refusal.getMessage(),
        "Set PE_DB_URL, PE_DB_USER, PE_DB_PASSWORD, PE_ADMIN_ID and PE_ADMIN_PASSWORD");
  }

  @Test
  void prodWithTheDemoPasswordRefusesToStart() {
    UnsafeSettingsException refusal = startProd(GOOD_DB_URL, "pe", "db-secret", "itadmin", "Demo");

    assertThat(refusal).isNotNull();
    assertThat(refusal.getMessage())
        .isEqualTo("The prod profile refuses to start: PE_ADMIN_PASSWORD is a demo password.");
  }

  @Test
  void prodWithAnH2DatabaseRefusesToStart() {
    UnsafeSettingsException refusal = startProd("jdbc:h2:file:./data/pe", "sa", "db-secret", "itadmin", GOOD_PASSWORD);

    assertThat(refusal).isNotNull();
    assertThat(refusal.getMessage()).contains("PE_DB_URL is not a PostgreSQL JDBC URL");
  }

  @Test
  void theFailureAnalyzerIsRegisteredAndGivesTheReasonAndWhatToDo() {
    UnsafeSettingsException refusal = new UnsafeSettingsException("The prod profile refuses to start: PE_DB_URL is not set.");

    // Boot's own analyzers need a bean factory to be built; only ours matters here.
    List<FailureAnalyzer> analyzers = SpringFactoriesLoader.forDefaultResourceLocation().load(FailureAnalyzer.class,
        null, SpringFactoriesLoader.FailureHandler.handleMessage((message, failure) -> { }));
    FailureAnalysis analysis = analyzers.stream().filter(UnsafeSettingsFailureAnalyzer.class::isInstance)
        .findFirst().orElseThrow().analyze(new IllegalStateException("wrapped", refusal));

    assertThat(analysis.getDescription()).isEqualTo(refusal.getMessage());
    assertThat(analysis.getAction()).contains("PE_ADMIN_PASSWORD", "README");
  }

  @Test
  void completeProductionSettingsPassTheCheck() {
    MockEnvironment environment = prodEnvironment()
        .withProperty("camunda.bpm.admin-user.password", GOOD_PASSWORD);

    assertThatNoException().isThrownBy(() -> check(environment));
  }

  @Test
  void aShortAdministratorPasswordIsRefused() {
    MockEnvironment environment = prodEnvironment().withProperty("camunda.bpm.admin-user.password", "short");

    assertThat(catchThrowableOfType(UnsafeSettingsException.class, () -> check(environment)))
        .hasMessage("The prod profile refuses to start: PE_ADMIN_PASSWORD is shorter than 12 characters.");
  }

  @Test
  void theLocalEvaluationModeIsNotChecked() {
    MockEnvironment environment = new MockEnvironment();

    assertThatNoException().isThrownBy(() -> check(environment));
  }

  private static MockEnvironment prodEnvironment() {
    MockEnvironment environment = new MockEnvironment()
        .withProperty("spring.datasource.url", GOOD_DB_URL)
        .withProperty("spring.datasource.username", "pe")
        .withProperty("spring.datasource.password", "db-secret")
        .withProperty("camunda.bpm.admin-user.id", "itadmin");
    environment.setActiveProfiles("prod");
    return environment;
  }

  private static void check(MockEnvironment environment) {
    new ProductionSettingsCheck().postProcessEnvironment(environment, new SpringApplication());
  }
}
