package org.practiceevaluations.identity;

import jakarta.servlet.Filter;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Nothing answers without a log-in. The engine REST API ({@code /engine-rest}, used by Camunda Modeler and
 * integrations) takes HTTP Basic against the engine's identity service; with authorization checks on, each
 * caller can then do only what their groups are granted (deployments: process owners only). The application's
 * own REST API ({@code /api}) is guarded by {@link ApiAuthenticationFilter}. Tasklist, Cockpit and Admin use
 * Camunda's own session log-in.
 */
@Configuration
public class RestSecurityConfiguration {

  @Bean
  public FilterRegistrationBean<Filter> engineRestAuthentication(
      @Value("${spring.jersey.application-path:/engine-rest}") String restPath) {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("engine-rest-authentication");
    registration.addUrlPatterns(restPath + "/*");
    registration.setInitParameters(Map.of(
        ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM, HttpBasicAuthenticationProvider.class.getName(),
        ProcessEngineAuthenticationFilter.SERVLET_PATH_PREFIX, restPath));
    registration.setOrder(1);
    return registration;
  }

  @Bean
  public FilterRegistrationBean<Filter> apiAuthentication(ObjectProvider<IdentityService> identityService,
      @Value("${camunda.bpm.process-engine-name:default}") String engineName) {
    FilterRegistrationBean<Filter> registration =
        new FilterRegistrationBean<>(new ApiAuthenticationFilter(identityService, engineName));
    registration.setName("api-authentication");
    registration.addUrlPatterns("/api/*");
    registration.setOrder(1);
    return registration;
  }
}
