package org.practiceevaluations.identity.sso;

import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;

/**
 * Camunda's container-based authentication for Tasklist, Cockpit and Admin, told who is logged in by
 * {@link SsoAuthenticationProvider} instead of a provider class it would build itself: it puts the person and
 * their groups into the webapps' session ({@code Authentications}), where Camunda's own filters, the Cockpit and
 * Tasklist plugins and {@code /api} find them. A webapp page opened with {@code ?local-login} by someone not logged
 * in is served as it is, so the break-glass administrator reaches Camunda's log-in form.
 */
public class SsoWebappAuthenticationFilter extends ContainerBasedAuthenticationFilter {

  public SsoWebappAuthenticationFilter(SsoAuthenticationProvider provider) {
    this.authenticationProvider = provider;
  }

  @Override
  public void init(FilterConfig filterConfig) {
    // the provider is given in the constructor
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest http = (HttpServletRequest) request;
    if ("GET".equals(http.getMethod()) && http.getParameter(SsoSecurityConfiguration.LOCAL_LOGIN_PARAMETER) != null
        && APP_PATTERN.matcher(getRequestUri(http)).matches()) {
      String engineName = extractEngineName(http);
      if (engineName != null && getAddressedEngine(engineName) != null
          && !authenticationProvider.extractAuthenticatedUser(http, getAddressedEngine(engineName)).isAuthenticated()) {
        chain.doFilter(request, response);
        return;
      }
    }
    super.doFilter(request, response, chain);
  }
}
