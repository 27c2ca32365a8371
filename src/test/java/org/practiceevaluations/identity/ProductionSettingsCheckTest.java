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
    assertThat(refusal.getMessage()).startsWith("The prod profile refuses to start: PE_DB_URL is not set; "
        + "PE_DB_USER is not set; PE_DB_PASSWORD is not set; PE_ADMIN_ID is not set; PE_ADMIN_PASSWORD is not set; ")
        // application-prod.yaml supplies every other safe value; only what must come from the council is missing
        .endsWith("; no mail server is set (SPRING_MAIL_HOST, or practice-evaluations.mail.channel: notify); the"
            + " outbox is for the local evaluation mode only; PE_BASE_URL is not an https address (not set).");
    assertThat(refusal.getMessage()).doesNotContain("\n");
    assertThat(output.getAll()).contains("APPLICATION FAILED TO START", refusal.getMessage(),
        "Set PE_DB_URL, PE_DB_USER, PE_DB_PASSWORD, PE_ADMIN_ID and PE_ADMIN_PASSWORD");
  }

  @Test
  void prodWithTheDemoPasswordRefusesToStart() {
    UnsafeSettingsException refusal = startProd(GOOD_DB_URL, "pe", "db-secret", "itadmin", "Demo");

    assertThat(refusal).isNotNull();
    assertThat(refusal.getMessage())
        .startsWith("The prod profile refuses to start: PE_ADMIN_PASSWORD is a demo password;");
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
    MockEnvironment environment = safeProd();

    assertThatNoException().isThrownBy(() -> check(environment));
  }

  @Test
  void aShortAdministratorPasswordIsRefused() {
    MockEnvironment environment = safeProd().withProperty("camunda.bpm.admin-user.password", "short");

    assertThat(catchThrowableOfType(UnsafeSettingsException.class, () -> check(environment)))
        .hasMessage("The prod profile refuses to start: PE_ADMIN_PASSWORD is shorter than 12 characters.");
  }

  @Test
  void theLocalEvaluationModeIsNotChecked() {
    MockEnvironment environment = new MockEnvironment();

    assertThatNoException().isThrownBy(() -> check(environment));
  }

  // Each unsafe setting is refused, by name, in a production environment that is otherwise safe (issue 16).

  @Test
  void noMailServerIsRefusedTheOutboxIsForTheLocalEvaluationModeOnly() {
    assertThat(refusalOf(safeProd().withProperty("spring.mail.host", ""))).isEqualTo(
        "The prod profile refuses to start: no mail server is set (SPRING_MAIL_HOST, or practice-evaluations.mail.channel:"
            + " notify); the outbox is for the local evaluation mode only.");
    assertThat(refusalOf(safeProd().withProperty("practice-evaluations.mail.channel", "outbox"))).isEqualTo(
        "The prod profile refuses to start: practice-evaluations.mail.channel is outbox (the outbox is for the local"
            + " evaluation mode only).");
  }

  @Test
  void smtpWithoutStartTlsRequiredIsRefused() {
    assertThat(refusalOf(safeProd().withProperty("spring.mail.properties.mail.smtp.starttls.required", "false")))
        .isEqualTo("The prod profile refuses to start: SMTP does not require STARTTLS"
            + " (spring.mail.properties.mail.smtp.starttls.required: true).");
    // SMTPS (TLS from the first byte) needs no STARTTLS
    assertThatNoException().isThrownBy(() -> check(safeProd()
        .withProperty("spring.mail.properties.mail.smtp.starttls.required", "false")
        .withProperty("spring.mail.protocol", "smtps")));
  }

  @Test
  void aBaseUrlThatIsNotHttpsIsRefused() {
    assertThat(refusalOf(safeProd().withProperty("practice-evaluations.base-url", "http://pe.lowfield.example")))
        .isEqualTo("The prod profile refuses to start: PE_BASE_URL is not an https address (http://pe.lowfield.example).");
  }

  @Test
  void aSessionCookieThatIsNotSecureIsRefused() {
    assertThat(refusalOf(safeProd().withProperty("server.servlet.session.cookie.secure", "false")))
        .isEqualTo("The prod profile refuses to start: the session cookie is not Secure"
            + " (server.servlet.session.cookie.secure: true).");
  }

  @Test
  void noForwardHeadersStrategyBehindAProxyIsRefused() {
    assertThat(refusalOf(safeProd().withProperty("server.forward-headers-strategy", "none"))).isEqualTo(
        "The prod profile refuses to start: TLS is ended by a proxy but server.forward-headers-strategy is not set"
            + " (native or framework).");
    // Tomcat with its own certificate is not behind a TLS proxy
    assertThatNoException().isThrownBy(() -> check(safeProd().withProperty("server.forward-headers-strategy", "none")
        .withProperty("server.ssl.enabled", "true").withProperty("server.ssl.bundle", "web")));
  }

  @Test
  void hstsSwitchedOffIsRefused() {
    assertThat(refusalOf(safeProd().withProperty("camunda.bpm.webapp.header-security.hsts-disabled", "true")))
        .isEqualTo("The prod profile refuses to start: HSTS is off (camunda.bpm.webapp.header-security.hsts-disabled:"
            + " false).");
  }

  @Test
  void singleSignOnWithoutAnHttpsIssuerOrItsClientIsRefused() {
    assertThat(refusalOf(safeProd().withProperty("practice-evaluations.sso.enabled", "true")
        .withProperty("practice-evaluations.sso.issuer-uri", "http://login.lowfield.example")))
        .isEqualTo("The prod profile refuses to start: the single sign-on issuer is not an https address; single"
            + " sign-on is on without its client id and secret (PE_SSO_CLIENT_ID, PE_SSO_CLIENT_SECRET).");
  }

  @Test
  void theNotifyChannelNeedsItsKeyButNoMailServer() {
    assertThat(refusalOf(safeProd().withProperty("spring.mail.host", "")
        .withProperty("practice-evaluations.mail.channel", "notify")))
        .isEqualTo("The prod profile refuses to start: the GOV.UK Notify channel has no API key (PE_NOTIFY_API_KEY).");
    assertThatNoException().isThrownBy(() -> check(safeProd().withProperty("spring.mail.host", "")
        .withProperty("practice-evaluations.mail.channel", "notify")
        .withProperty("practice-evaluations.mail.notify.api-key", "lowfield-0123")));
  }

  @Test
  void theProdProfilesOwnDefaultsAreSafeOnceTheCouncilsSettingsAreGiven() throws Exception {
    MockEnvironment environment = prodEnvironment()
        .withProperty("camunda.bpm.admin-user.password", GOOD_PASSWORD)
        .withProperty("spring.mail.host", "smtp.lowfield.example")
        .withProperty("practice-evaluations.base-url", "https://pe.lowfield.example");
    // application-prod.yaml as Spring Boot reads it, below the settings given (placeholders resolved with defaults)
    for (org.springframework.core.env.PropertySource<?> source : new org.springframework.boot.env.YamlPropertySourceLoader()
        .load("application-prod.yaml", new org.springframework.core.io.ClassPathResource("application-prod.yaml"))) {
      environment.getPropertySources().addLast(source);
    }

    assertThatNoException().isThrownBy(() -> check(environment));
    assertThat(environment.getProperty("practice-evaluations.mail.content")).isEqualTo("minimal");
  }

  /** Production with every setting safe: the database, the administrator, mail with STARTTLS, https, cookies. */
  private static MockEnvironment safeProd() {
    return prodEnvironment()
        .withProperty("camunda.bpm.admin-user.password", GOOD_PASSWORD)
        .withProperty("spring.mail.host", "smtp.lowfield.example")
        .withProperty("spring.mail.properties.mail.smtp.starttls.required", "true")
        .withProperty("practice-evaluations.base-url", "https://pe.lowfield.example")
        .withProperty("server.servlet.session.cookie.secure", "true")
        .withProperty("server.forward-headers-strategy", "native")
        .withProperty("camunda.bpm.webapp.header-security.hsts-disabled", "false");
  }

  private static String refusalOf(MockEnvironment environment) {
    UnsafeSettingsException refusal = catchThrowableOfType(UnsafeSettingsException.class, () -> check(environment));
    assertThat(refusal).as("the check refuses").isNotNull();
    return refusal.getMessage();
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
