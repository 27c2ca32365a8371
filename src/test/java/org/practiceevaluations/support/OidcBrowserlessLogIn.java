package org.practiceevaluations.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * A browser without a screen: opens a page of the application, follows the redirects to the test provider's log-in
 * page, posts the user name and claims there as a person would type them, and follows the redirects back. Keeps its
 * cookies, so later calls are the logged-in session.
 */
public final class OidcBrowserlessLogIn {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final URI app;
  private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
  private final HttpClient client;

  public OidcBrowserlessLogIn(int port) {
    this.app = URI.create("http://localhost:" + port);
    this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies)
        .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
  }

  /**
   * Opens {@code path}, logs in at the provider with these claims, and returns the last answer (the page, once
   * back, or the application's refusal).
   */
  public HttpResponse<String> logIn(String path, String username, Map<String, Object> claims) {
    HttpResponse<String> response = get(app.resolve(path));
    int hops = 0;
    while (response.statusCode() == 302 && hops++ < 10) {
      URI next = URI.create(response.headers().firstValue("Location").orElseThrow());
      URI target = next.isAbsolute() ? next : response.uri().resolve(next);
      response = get(target);
      if (response.statusCode() == 200 && response.body().contains("name=\"username\"")
          && !target.getAuthority().equals(app.getAuthority())) {
        response = postForm(target, Map.of("username", username, "claims", json(claims)));
      }
    }
    return response;
  }

  /** A call as the webapps' scripts make it (JSON). */
  public HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(app.resolve(path)).header("Accept", "application/json").GET().build());
  }

  /** Opening a page, as a person does (HTML). */
  public HttpResponse<String> open(String path) {
    return get(app.resolve(path));
  }

  /** A POST with the session's XSRF token, as the webapps send it. */
  public HttpResponse<String> postWithXsrf(String path) {
    String token = cookies.getCookieStore().get(app).stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
        .map(java.net.HttpCookie::getValue).reduce((a, b) -> b).orElseThrow();
    return send(HttpRequest.newBuilder(app.resolve(path)).header("X-XSRF-TOKEN", token)
        .POST(HttpRequest.BodyPublishers.noBody()).build());
  }

  private HttpResponse<String> get(URI uri) {
    return send(HttpRequest.newBuilder(uri).header("Accept", "text/html,application/xhtml+xml").GET().build());
  }

  private HttpResponse<String> postForm(URI uri, Map<String, String> form) {
    StringBuilder body = new StringBuilder();
    form.forEach((name, value) -> body.append(body.isEmpty() ? "" : "&")
        .append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
        .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
    return send(HttpRequest.newBuilder(uri).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build());
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String json(Map<String, Object> claims) {
    try {
      return JSON.writeValueAsString(claims);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
