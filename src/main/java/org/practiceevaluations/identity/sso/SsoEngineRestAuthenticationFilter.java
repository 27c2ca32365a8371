package org.practiceevaluations.identity.sso;

import jakarta.servlet.FilterConfig;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;

/**
 * The engine REST API's authentication filter with {@link SsoAuthenticationProvider}: a valid bearer token (checked
 * by Spring Security before this filter) sets its person and groups on the engine for the request, as HTTP Basic
 * does without single sign-on.
 */
public class SsoEngineRestAuthenticationFilter extends ProcessEngineAuthenticationFilter {

  public SsoEngineRestAuthenticationFilter(SsoAuthenticationProvider provider, String restPath) {
    this.authenticationProvider = provider;
    this.servletPathPrefix = restPath;
  }

  @Override
  public void init(FilterConfig filterConfig) {
    // provider and path are given in the constructor
  }
}
