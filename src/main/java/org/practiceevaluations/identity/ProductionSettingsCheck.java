package org.practiceevaluations.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * Refuses to start the {@code prod} profile without a database and an administrator, or with a demo password,
 * before anything connects anywhere. The reason is one line (see {@link UnsafeSettingsFailureAnalyzer}).
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
    if (!problems.isEmpty()) {
      throw new UnsafeSettingsException("The prod profile refuses to start: " + String.join("; ", problems) + ".");
    }
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
