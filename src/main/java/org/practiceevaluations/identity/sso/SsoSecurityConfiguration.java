package org.practiceevaluations.identity.sso;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import org.practiceevaluations.common.AsApplication;
import org.practiceevaluations.common.Problems;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.DelegatingFilterProxyRegistrationBean;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.logout.DelegatingLogoutSuccessHandler;
import org.springframework.security.web.authentication.logout.HttpStatusReturningLogoutSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * Single sign-on, switched on by {@code practice-evaluations.sso.enabled} (README "Single sign-on", ADR 0016).
 * Spring Security does the OpenID Connect work; Camunda is then told who the person is, in the places it looks:
 * <ul>
 *   <li><b>/engine-rest and /api</b> (chain 1): a bearer token from the provider, validated (signature, issuer,
 *       audience, expiry: 401 otherwise), becomes a person with the groups the mapping gives; a token that maps to
 *       no group gets 403 everywhere. Camunda's engine REST filter ({@link SsoEngineRestAuthenticationFilter}) and
 *       {@code ApiAuthenticationFilter} then set that person and their groups on the engine for the request, as HTTP
 *       Basic did. Local passwords are refused there, except the break-glass administrator's.</li>
 *   <li><b>Tasklist, Cockpit and Admin</b> (chain 2): a page of a webapp sends someone not logged in to the
 *       provider; the log-in refreshes their directory entry and memberships ({@link SsoDirectory}) and Camunda's
 *       container-based authentication ({@link SsoWebappAuthenticationFilter}) puts them into the webapps' session.
 *       The webapps' own log-in form takes the break-glass administrator only. Logging out in a webapp ends the
 *       session here; {@code /logout} also ends the provider's session where it supports RP-initiated log-out.</li>
 * </ul>
 * Camunda's own CSRF protection of its web APIs stays as it is (Spring Security's is off: bearer calls need
 * none, and the webapps' calls carry Camunda's token).
 */
@Configuration
@ConditionalOnProperty(name = "practice-evaluations.sso.enabled", havingValue = "true")
@EnableWebSecurity
public class SsoSecurityConfiguration {

  static final String LOGIN_PATH = "/oauth2/authorization/" + SsoSettings.REGISTRATION_ID;
  /** A webapp page opened with this parameter shows Camunda's own log-in form (the break-glass administrator). */
  public static final String LOCAL_LOGIN_PARAMETER = "local-login";

  private final SsoSettings settings;
  private final String webappPath;
  private final String restPath;
  private final ObjectMapper json;

  public SsoSecurityConfiguration(SsoSettings settings,
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath,
      @Value("${spring.jersey.application-path:/engine-rest}") String restPath, ObjectMapper json) {
    this.json = json;
    this.settings = settings;
    this.webappPath = webappPath;
    this.restPath = restPath;
  }

  @Bean
  SsoClaims ssoClaims() {
    return new SsoClaims(settings);
  }

  @Bean
  SsoAuthenticationProvider ssoAuthenticationProvider() {
    return new SsoAuthenticationProvider(settings);
  }

  @Bean
  SsoDirectory ssoDirectory(IdentityService identityService, AsApplication asApplication, SsoClaims claims) {
    return new SsoDirectory(identityService, asApplication, claims.mappedGroups());
  }

  /** The provider's endpoints from its discovery document, read on first use (the provider may start later). */
  @Bean
  ClientRegistrationRepository clientRegistrationRepository() {
    Supplier<ClientRegistration> registration = memoize(() -> ClientRegistrations
        .fromIssuerLocation(settings.getIssuerUri())
        .registrationId(SsoSettings.REGISTRATION_ID)
        .clientId(settings.getClientId())
        .clientSecret(settings.getClientSecret())
        .scope(settings.getScopes())
        .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
        .build());
    return id -> SsoSettings.REGISTRATION_ID.equals(id) ? registration.get() : null;
  }

  /** Bearer tokens: the provider's keys, issuer, expiry (a minute's leeway) and audience. */
  @Bean
  JwtDecoder jwtDecoder() {
    return new SupplierJwtDecoder(() -> {
      NimbusJwtDecoder decoder = (NimbusJwtDecoder) JwtDecoders.fromIssuerLocation(settings.getIssuerUri());
      List<String> audiences = settings.getAudiences().isEmpty() ? List.of(settings.getClientId())
          : settings.getAudiences();
      OAuth2TokenValidator<Jwt> audience = jwt -> jwt.getAudience() != null
          && jwt.getAudience().stream().anyMatch(audiences::contains)
          ? OAuth2TokenValidatorResult.success()
          : OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", "The token is not for this application.",
              null));
      decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
          JwtValidators.createDefaultWithIssuer(settings.getIssuerUri()), audience));
      return decoder;
    });
  }

  /** Spring Security's filters run first, before every other filter of the application. */
  @Bean
  DelegatingFilterProxyRegistrationBean securityFilterChainRegistration() {
    DelegatingFilterProxyRegistrationBean registration =
        new DelegatingFilterProxyRegistrationBean("springSecurityFilterChain");
    registration.setOrder(-100);
    registration.setDispatcherTypes(EnumSet.of(DispatcherType.REQUEST, DispatcherType.ASYNC, DispatcherType.ERROR));
    return registration;
  }

  /** Camunda's container-based authentication of the webapps, before Camunda's own session filter. */
  @Bean
  FilterRegistrationBean<Filter> ssoWebappAuthentication(SsoAuthenticationProvider provider) {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(
        new SsoWebappAuthenticationFilter(provider));
    registration.setName("sso-webapp-authentication");
    registration.addUrlPatterns(webappPath + "/app/*", webappPath + "/api/*");
    registration.setOrder(1);
    return registration;
  }

  @Bean
  @Order(1)
  SecurityFilterChain apiSecurity(HttpSecurity http, SsoClaims claims) throws Exception {
    // matched on the request's path, not through Spring MVC: /engine-rest is Jersey's servlet, not MVC's
    http.securityMatcher(request -> {
          String path = request.getRequestURI().substring(request.getContextPath().length());
          return path.equals(restPath) || path.startsWith(restPath + "/") || path.equals("/api")
              || path.startsWith("/api/");
        })
        .csrf(csrf -> csrf.disable())
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .requestCache(cache -> cache.disable())
        .oauth2ResourceServer(resource -> resource.jwt(jwt -> jwt.jwtAuthenticationConverter(token -> {
          SsoPerson person;
          try {
            person = claims.person(token.getClaims());
          } catch (SsoClaims.SsoRefusal e) {
            throw new InvalidBearerTokenException(e.getMessage());
          }
          return new JwtAuthenticationToken(token, authorities(person), person.userId());
        })))
        .authorizeHttpRequests(authorize -> authorize.anyRequest().access(noBearerWithoutGroups()));
    return http.build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain webappSecurity(HttpSecurity http, SsoClaims claims, SsoDirectory directory,
      SsoAuthenticationProvider provider, ClientRegistrationRepository registrations) throws Exception {
    RequestMatcher pages = request -> ContainerBasedAuthenticationFilter.APP_PATTERN
        .matcher(webappRelative(request)).matches();
    RequestMatcher webappNeedsPerson = request -> needsPerson(webappRelative(request), request.getMethod());
    RequestMatcher webappLogoutPath = request -> "POST".equals(request.getMethod())
        && webappRelative(request).matches("/api/admin/auth/user/[^/]+/logout");
    // the webapps' log-out carries their XSRF token (checked here: Spring Security's filters run before Camunda's)
    RequestMatcher webappLogout = request -> webappLogoutPath.matches(request) && csrfTokenMatches(request);
    RequestMatcher providerLogout = request -> "/logout".equals(
        request.getRequestURI().substring(request.getContextPath().length()));
    LinkedHashMap<RequestMatcher, LogoutSuccessHandler> logoutHandlers = new LinkedHashMap<>();
    // the session is gone by then: answered by the path alone
    logoutHandlers.put(webappLogoutPath, new HttpStatusReturningLogoutSuccessHandler(HttpStatus.OK));
    OidcClientInitiatedLogoutSuccessHandler rpLogout = new OidcClientInitiatedLogoutSuccessHandler(registrations);
    rpLogout.setPostLogoutRedirectUri(settings.getPostLogoutRedirectUri().isBlank()
        ? "{baseUrl}" + webappPath + "/app/tasklist/" : settings.getPostLogoutRedirectUri());
    DelegatingLogoutSuccessHandler logoutSuccess = new DelegatingLogoutSuccessHandler(logoutHandlers);
    logoutSuccess.setDefaultLogoutSuccessHandler(rpLogout);

    http.csrf(csrf -> csrf.disable())
        // Camunda's HttpHeaderSecurity filter writes the webapps' security headers (HSTS in production)
        .headers(headers -> headers.disable())
        .addFilterBefore(new LocalLoginOnlyForBreakGlass(), BasicAuthenticationFilter.class)
        .authorizeHttpRequests(authorize -> authorize
            .requestMatchers(pages).access(personOrLocalLoginPage(provider))
            .requestMatchers(webappNeedsPerson).access(personOrBreakGlass(provider))
            .anyRequest().permitAll())
        .exceptionHandling(exceptions -> exceptions
            .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint(LOGIN_PATH), pages)
            .defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED),
                AnyRequestMatcher.INSTANCE))
        .oauth2Login(login -> login
            .loginPage(LOGIN_PATH)
            .userInfoEndpoint(userInfo -> userInfo.oidcUserService(oidcUserService(claims, directory)))
            .failureHandler((request, response, exception) -> refusedPage(response, exception.getMessage())))
        .logout(logout -> logout
            .logoutRequestMatcher(new OrRequestMatcher(webappLogout, providerLogout))
            .logoutSuccessHandler(logoutSuccess));
    return http.build();
  }

  /** At log-in: who the token says, the groups the mapping gives (none: refused), the directory refreshed. */
  OAuth2UserService<OidcUserRequest, OidcUser> oidcUserService(SsoClaims claims, SsoDirectory directory) {
    OidcUserService delegate = new OidcUserService();
    return request -> {
      OidcUser user = delegate.loadUser(request);
      SsoPerson person;
      try {
        person = claims.person(user.getClaims());
      } catch (SsoClaims.SsoRefusal e) {
        throw new OAuth2AuthenticationException(new OAuth2Error("invalid_user"), e.getMessage());
      }
      if (person.groups().isEmpty()) {
        throw new OAuth2AuthenticationException(new OAuth2Error("access_denied"),
            "Your council account is not in any of the groups that use Practice Evaluations. Ask the audit team or IT"
                + " to add you to the right group.");
      }
      directory.refresh(person);
      return new SsoOidcUser(person.userId(), authorities(person), user.getIdToken(), user.getUserInfo());
    };
  }

  static List<GrantedAuthority> authorities(SsoPerson person) {
    List<GrantedAuthority> authorities = new ArrayList<>();
    person.groups().forEach(g -> authorities.add(new SimpleGrantedAuthority(SsoAuthenticationProvider.GROUP_AUTHORITY + g)));
    return authorities;
  }

  /** A bearer token that maps to no group of the application gets nothing (403); other calls go on to the doors. */
  private static AuthorizationManager<RequestAuthorizationContext> noBearerWithoutGroups() {
    return (authentication, context) -> {
      Authentication current = authentication.get();
      boolean refused = current instanceof JwtAuthenticationToken && SsoAuthenticationProvider.groups(current).isEmpty();
      return new AuthorizationDecision(!refused);
    };
  }

  private static AuthorizationManager<RequestAuthorizationContext> personOrBreakGlass(
      SsoAuthenticationProvider provider) {
    return (authentication, context) -> new AuthorizationDecision(authentication.get() instanceof OAuth2AuthenticationToken
        || provider.hasBreakGlassSession(context.getRequest()));
  }

  private static AuthorizationManager<RequestAuthorizationContext> personOrLocalLoginPage(
      SsoAuthenticationProvider provider) {
    AuthorizationManager<RequestAuthorizationContext> person = personOrBreakGlass(provider);
    return (authentication, context) -> context.getRequest().getParameter(LOCAL_LOGIN_PARAMETER) != null
        ? new AuthorizationDecision(true) : person.check(authentication, context);
  }

  /** The path inside the webapps ({@code /app/tasklist/default/}), or "" outside them. */
  private String webappRelative(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.startsWith(webappPath + "/") ? path.substring(webappPath.length()) : "";
  }

  /** The calls for which Camunda's container-based filter names a process engine, so needs a person. */
  static boolean needsPerson(String relative, String method) {
    if (relative.isEmpty()) {
      return false;
    }
    if (ContainerBasedAuthenticationFilter.API_ENGINE_PATTERN.matcher(relative).matches()) {
      return true;
    }
    if ("GET".equals(method) && ContainerBasedAuthenticationFilter.API_STATIC_PLUGIN_PATTERN.matcher(relative).matches()) {
      return false;
    }
    return ContainerBasedAuthenticationFilter.API_PLUGIN_PATTERN.matcher(relative).matches();
  }

  private static boolean csrfTokenMatches(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    Object expected = session == null ? null : session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
    String given = request.getHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME);
    return expected instanceof String token && given != null
        && MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
  }

  private static void refusedPage(HttpServletResponse response, String message) throws IOException {
    response.setStatus(HttpServletResponse.SC_FORBIDDEN);
    response.setContentType("text/html;charset=UTF-8");
    response.getWriter().write("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"UTF-8\"><title>Practice"
        + " Evaluations: not logged in</title></head><body style=\"font-family: Arial, sans-serif\"><h1>You are not"
        + " logged in</h1><p>" + HtmlUtils.htmlEscape(message == null ? "The log-in did not succeed." : message)
        + "</p><p><a href=\"/logout\">Log out of your council account</a> to try another one.</p></body></html>");
  }

  private static <T> Supplier<T> memoize(Supplier<T> supplier) {
    return new Supplier<>() {
      private volatile T value;

      @Override
      public T get() {
        T result = value;
        if (result == null) {
          synchronized (this) {
            if (value == null) {
              value = supplier.get();
            }
            result = value;
          }
        }
        return result;
      }
    };
  }

  /**
   * With single sign-on, Camunda's own log-in form takes the break-glass administrator only: anyone else is told to
   * use the council's log-in (403), and nothing is checked against a local password.
   */
  final class LocalLoginOnlyForBreakGlass extends OncePerRequestFilter {
    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      if ("POST".equals(request.getMethod())
          && webappRelative(request).matches("/api/admin/auth/user/[^/]+/login/[^/]+")
          && !settings.isBreakGlassAdmin(request.getParameter("username"))) {
        Problems.write(response, json, HttpStatus.FORBIDDEN, "Log in with your council account: open Tasklist and"
            + " you will be taken to the council's log-in page.");
        return;
      }
      chain.doFilter(request, response);
    }
  }
}
