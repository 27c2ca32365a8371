package org.practiceevaluations.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * Refuses to start the {@code prod} profile with missing or unsafe settings, before anything connects anywhere.
 * The reason is one line naming every problem (see {@link UnsafeSettingsFailureAnalyzer}). What it refuses:
 * <ul>
 *   <li>no database or administrator, a demo or short administrator password, a database that is not PostgreSQL;</li>
 *   <li>no way to send mail (the outbox table is for the local evaluation mode only);</li>
 *   <li>SMTP that does not require STARTTLS (a child's details could cross the network in clear);</li>
 *   <li>a base URL (the links in every mail) that is not https;</li>
 *   <li>a session cookie without {@code Secure};</li>
 *   <li>TLS ended by a proxy (Tomcat has no certificate) without {@code server.forward-headers-strategy}: the
 *       application would then think every request is plain http and write http links and redirects;</li>
 *   <li>HSTS switched off for the web applications;</li>
 *   <li>single sign-on switched on without its provider, client or a https issuer.</li>
 * </ul>
 * {@code application-prod.yaml} sets the safe values, so a production start is safe unless someone overrides them.
 */
public class ProductionSettingsCheck implements EnvironmentPostProcessor, Ordered {

  /** Passwords of the demo directory (README). Never acceptable outside the local evaluation mode. */
  public static final Set<String> DEMO_PASSWORDS = Set.of("demo");

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    if (!environment.acceptsProfiles(Profiles.of("prod"))) {
      return;
    }
    List<String> problems = new ArrayList<>();
    require(environment, "spring.datasource.url", "PE_DB_URL", problems);
    require(environment, "spring.datasource.username", "PE_DB_USER", problems);
    require(environment, "spring.datasource.password", "PE_DB_PASSWORD", problems);
    require(environment, "camunda.bpm.admin-user.id", "PE_ADMIN_ID", problems);
    String password = require(environment, "camunda.bpm.admin-user.password", "PE_ADMIN_PASSWORD", problems);
    if (password != null && DEMO_PASSWORDS.contains(password.toLowerCase(Locale.ROOT))) {
      problems.add("PE_ADMIN_PASSWORD is a demo password");
    } else if (password != null && password.length() < 12) {
      problems.add("PE_ADMIN_PASSWORD is shorter than 12 characters");
    }
    String url = environment.getProperty("spring.datasource.url", "");
    if (!url.isBlank() && !url.startsWith("jdbc:postgresql:")) {
      problems.add("PE_DB_URL is not a PostgreSQL JDBC URL (jdbc:postgresql://host:5432/database)");
    }
    problems.addAll(transportProblems(environment));
    if (!problems.isEmpty()) {
      throw new UnsafeSettingsException("The prod profile refuses to start: " + String.join("; ", problems) + ".");
    }
  }

  /** The checks on mail, links, cookies, proxies, HSTS and single sign-on, each a named problem. */
  static List<String> transportProblems(Environment environment) {
    List<String> problems = new ArrayList<>();
    String channel = environment.getProperty("practice-evaluations.mail.channel", "auto").trim().toLowerCase(Locale.ROOT);
    boolean notify = channel.equals("notify");
    String mailHost = environment.getProperty("spring.mail.host", "");
    if (channel.equals("outbox")) {
      problems.add("practice-evaluations.mail.channel is outbox (the outbox is for the local evaluation mode only)");
    } else if (!notify && mailHost.isBlank()) {
      problems.add("no mail server is set (SPRING_MAIL_HOST, or practice-evaluations.mail.channel: notify); the outbox is"
          + " for the local evaluation mode only");
    }
    if (!notify && !mailHost.isBlank()) {
      boolean smtps = "smtps".equalsIgnoreCase(environment.getProperty("spring.mail.protocol", "smtp").trim());
      boolean startTlsRequired = "true".equalsIgnoreCase(mailProperty(environment, "mail.smtp.starttls.required"));
      if (!smtps && !startTlsRequired) {
        problems.add("SMTP does not require STARTTLS (spring.mail.properties.mail.smtp.starttls.required: true)");
      }
    }
    if (notify && environment.getProperty("practice-evaluations.mail.notify.api-key", "").isBlank()) {
      problems.add("the GOV.UK Notify channel has no API key (PE_NOTIFY_API_KEY)");
    }
    String baseUrl = environment.getProperty("practice-evaluations.base-url", "").trim();
    if (!baseUrl.toLowerCase(Locale.ROOT).startsWith("https://")) {
      problems.add("PE_BASE_URL is not an https address (" + (baseUrl.isEmpty() ? "not set" : baseUrl) + ")");
    }
    if (!isTrue(environment, "server.servlet.session.cookie.secure")) {
      problems.add("the session cookie is not Secure (server.servlet.session.cookie.secure: true)");
    }
    boolean tomcatTls = isTrue(environment, "server.ssl.enabled")
        && (!environment.getProperty("server.ssl.key-store", "").isBlank()
            || !environment.getProperty("server.ssl.bundle", "").isBlank()
            || !environment.getProperty("server.ssl.certificate", "").isBlank());
    String forwardHeaders = environment.getProperty("server.forward-headers-strategy", "none").trim()
        .toLowerCase(Locale.ROOT);
    if (!tomcatTls && (forwardHeaders.isEmpty() || forwardHeaders.equals("none"))) {
      problems.add("TLS is ended by a proxy but server.forward-headers-strategy is not set (native or framework)");
    }
    if (!"false".equalsIgnoreCase(environment.getProperty("camunda.bpm.webapp.header-security.hsts-disabled", "true")
        .trim())) {
      problems.add("HSTS is off (camunda.bpm.webapp.header-security.hsts-disabled: false)");
    }
    if (isTrue(environment, "practice-evaluations.sso.enabled")) {
      String issuer = environment.getProperty("practice-evaluations.sso.issuer-uri", "").trim();
      if (issuer.isEmpty()) {
        problems.add("single sign-on is on without an issuer (PE_SSO_ISSUER_URI)");
      } else if (!issuer.toLowerCase(Locale.ROOT).startsWith("https://")) {
        problems.add("the single sign-on issuer is not an https address");
      }
      if (environment.getProperty("practice-evaluations.sso.client-id", "").isBlank()
          || environment.getProperty("practice-evaluations.sso.client-secret", "").isBlank()) {
        problems.add("single sign-on is on without its client id and secret (PE_SSO_CLIENT_ID, PE_SSO_CLIENT_SECRET)");
      }
    }
    return problems;
  }

  /** A JavaMail property under {@code spring.mail.properties}, written either way ({@code a.b} or {@code [a.b]}). */
  private static String mailProperty(Environment environment, String name) {
    Map<String, String> properties = Binder.get(environment)
        .bind("spring.mail.properties", Bindable.mapOf(String.class, String.class)).orElse(Map.of());
    String value = properties.get(name);
    return value == null ? "" : value.trim();
  }

  private static boolean isTrue(Environment environment, String property) {
    return "true".equalsIgnoreCase(environment.getProperty(property, "").trim());
  }

  private static String require(ConfigurableEnvironment environment, String property, String variable,
      List<String> problems) {
    String value = environment.getProperty(property);
    if (value == null || value.isBlank()) {
      problems.add(variable + " is not set");
      return null;
    }
    return value;
  }

  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }

  /** Thrown when production settings are missing or unsafe. */
  public static class UnsafeSettingsException extends RuntimeException {
    public UnsafeSettingsException(String message) {
      super(message);
    }
  }
}
