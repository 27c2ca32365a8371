package org.practiceevaluations.engine.access;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.Filter;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Puts the engine's door in front of the engine's APIs, after the log-in filters of
 * {@code identity.RestSecurityConfiguration} (order 1).
 */
@Configuration
public class EngineApiGateConfiguration {

  /**
   * The engine's door ({@link EngineApiGate}): after authentication, every engine REST call, through
   * {@code /engine-rest} or the web applications' own engine API, is checked against {@link org.practiceevaluations.access.EngineApiRules}.
   */
  @Bean
  public FilterRegistrationBean<Filter> engineApiGate(ObjectProvider<IdentityService> identityService,
      ObjectMapper json, @Value("${spring.jersey.application-path:/engine-rest}") String restPath,
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new EngineApiGate(identityService, json));
    registration.setName("engine-api-gate");
    registration.addUrlPatterns(restPath + "/*", webappPath + "/api/engine/*");
    registration.setOrder(2);
    return registration;
  }
}
