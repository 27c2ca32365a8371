package org.practiceevaluations.identity;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.practiceevaluations.identity.sso.SsoAuthenticationProvider;
import org.practiceevaluations.identity.sso.SsoEngineRestAuthenticationFilter;
import org.practiceevaluations.identity.sso.SsoSettings;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Nothing answers without a log-in. The engine REST API ({@code /engine-rest}, used by Camunda Modeler and
 * integrations) takes HTTP Basic against the engine's identity service; with authorization checks on, each
 * caller can then do only what their groups are granted (deployments: process owners only). The application's
 * own REST API ({@code /api}) is guarded by {@link ApiAuthenticationFilter}. Tasklist, Cockpit and Admin use
 * Camunda's own session log-in.
 *
 * <p>With single sign-on ({@code practice-evaluations.sso.enabled}, {@code sso.SsoSecurityConfiguration}) both
 * doors take the provider's bearer tokens instead (validated by Spring Security before these filters), and local
 * passwords only for the break-glass administrator; the user and groups are set on the engine the same way.
 */
@Configuration
@EnableConfigurationProperties(SsoSettings.class)
public class RestSecurityConfiguration {

  /**
   * A browser opening an engine REST address without credentials is sent to log in, not shown the browser's own
   * password dialog (which would then send the password with every later request, forged ones included).
   */
  @Bean
  public FilterRegistrationBean<Filter> engineRestBrowserLogIn(
      @Value("${spring.jersey.application-path:/engine-rest}") String restPath) {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>((request, response, chain) -> {
      HttpServletRequest http = (HttpServletRequest) request;
      if (http.getHeader("Authorization") == null && BrowserNavigation.is(http)) {
        BrowserNavigation.sendToLogIn(http, (HttpServletResponse) response);
        return;
      }
      chain.doFilter(request, response);
    });
    registration.setName("engine-rest-browser-log-in");
    registration.addUrlPatterns(restPath + "/*");
    registration.setOrder(0);
    return registration;
  }

  @Bean
  public FilterRegistrationBean<Filter> engineRestAuthentication(
      @Value("${spring.jersey.application-path:/engine-rest}") String restPath,
      ObjectProvider<SsoAuthenticationProvider> sso) {
    SsoAuthenticationProvider ssoProvider = sso.getIfAvailable();
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(ssoProvider != null
        ? new SsoEngineRestAuthenticationFilter(ssoProvider, restPath)
        : new ProcessEngineAuthenticationFilter());
    registration.setName("engine-rest-authentication");
    registration.addUrlPatterns(restPath + "/*");
    if (ssoProvider == null) {
      registration.setInitParameters(Map.of(
          ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM, HttpBasicAuthenticationProvider.class.getName(),
          ProcessEngineAuthenticationFilter.SERVLET_PATH_PREFIX, restPath));
    }
    registration.setOrder(1);
    return registration;
  }

  @Bean
  public FilterRegistrationBean<Filter> apiAuthentication(ObjectProvider<IdentityService> identityService,
      @Value("${camunda.bpm.process-engine-name:default}") String engineName, SsoSettings sso, ObjectMapper json) {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(
        new ApiAuthenticationFilter(identityService, engineName, sso.isEnabled() ? sso : null, json));
    registration.setName("api-authentication");
    registration.addUrlPatterns("/api/*");
    registration.setOrder(1);
    return registration;
  }
}
