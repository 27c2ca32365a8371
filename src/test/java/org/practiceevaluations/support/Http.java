package org.practiceevaluations.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Talks to the running test application over HTTP, the way a script or a browser does: anonymously, with HTTP
 * Basic, or with a Tasklist/Cockpit/Admin log-in session (cookies and the XSRF token). One instance is one
 * "browser": it keeps its own cookies.
 */
public final class Http {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String CSRF_HEADER = "X-XSRF-TOKEN";
  private static final String CSRF_COOKIE = "XSRF-TOKEN";

  private final URI base;
  private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
  private final HttpClient client;
  private final String authorization;
  private final boolean scripted;

  private Http(int port, String authorization) {
    this(port, authorization, authorization != null);
  }

  private Http(int port, String authorization, boolean scripted) {
    this.base = URI.create("http://localhost:" + port);
    this.authorization = authorization;
    this.scripted = scripted;
    this.client = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .cookieHandler(cookies)
        .connectTimeout(Duration.ofSeconds(10))
        .build();
  }

  /** Nobody logged in, no credentials. */
  public static Http anonymous(int port) {
    return new Http(port, null);
  }

  /** Every request carries HTTP Basic credentials. */
  public static Http basic(int port, String user, String password) {
    String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return new Http(port, "Basic " + token);
  }

  /**
   * HTTP Basic without the header a script sends with every request that changes something ({@code X-XSRF-TOKEN}):
   * what a page of another site could make a browser send, which {@code /api} refuses.
   */
  public static Http basicWithoutXsrfHeader(int port, String user, String password) {
    String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return new Http(port, "Basic " + token, false);
  }

  /** Every request carries a bearer token (single sign-on); a bearer token is never sent by a browser by itself. */
  public static Http bearer(int port, String token) {
    return new Http(port, "Bearer " + token, false);
  }

  /** The answer: status, body and headers. */
  public record Response(int status, String body, Map<String, String> headers) {

    public JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new UncheckedIOException("Not JSON (status " + status + "): " + body, e);
      }
    }

    public Optional<String> header(String name) {
      return headers.entrySet().stream().filter(h -> h.getKey().equalsIgnoreCase(name))
          .map(Map.Entry::getValue).findFirst();
    }

    @Override
    public String toString() {
      return status + " " + body;
    }
  }

  public Response get(String path) {
    return send("GET", path, null, null, Map.of());
  }

  public Response postCsv(String path, String csv) {
    return send("POST", path, "text/csv", csv.getBytes(StandardCharsets.UTF_8), Map.of());
  }

  public Response postCsv(String path, byte[] csv) {
    return send("POST", path, "text/csv", csv, Map.of());
  }

  /** A request with a JSON body. With {@code withXsrfToken}, the session's XSRF token goes in X-XSRF-TOKEN. */
  public Response sendJson(String method, String path, String json, boolean withXsrfToken) {
    Map<String, String> headers = withXsrfToken ? Map.of(CSRF_HEADER, xsrfToken()) : Map.of();
    return send(method, path, "application/json", json.getBytes(StandardCharsets.UTF_8), headers);
  }

  /** A multipart/form-data POST, as Camunda Modeler sends a deployment: text fields and files. */
  public Response postMultipart(String path, Map<String, String> fields, Map<String, byte[]> files) {
    String boundary = "----pe-test-" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    fields.forEach((name, value) -> write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\""
        + name + "\"\r\n\r\n" + value + "\r\n"));
    files.forEach((fileName, content) -> {
      write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileName + "\"; filename=\""
          + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
      body.writeBytes(content);
      write(body, "\r\n");
    });
    write(body, "--" + boundary + "--\r\n");
    return send("POST", path, "multipart/form-data; boundary=" + boundary, body.toByteArray(), Map.of());
  }

  /**
   * Logs in to a Camunda web application ({@code tasklist}, {@code cockpit}, {@code admin}) as the browser does:
   * open Tasklist for a session and an XSRF token, post the log-in form with the token, then open Tasklist again
   * for the token of the new session. Returns the answer to the log-in post (200, 401 or 403).
   */
  public Response webappLogin(String app, String user, String password) {
    return webappLogin(app, user, password, true);
  }

  /** As {@link #webappLogin(String, String, String)}; without {@code withXsrfToken} the header is left out. */
  public Response webappLogin(String app, String user, String password, boolean withXsrfToken) {
    get("/camunda/app/tasklist/");
    String form = "username=" + encode(user) + "&password=" + encode(password);
    Map<String, String> headers = withXsrfToken ? Map.of(CSRF_HEADER, xsrfToken()) : Map.of();
    Response login = send("POST", "/camunda/api/admin/auth/user/default/login/" + app,
        "application/x-www-form-urlencoded", form.getBytes(StandardCharsets.UTF_8), headers);
    get("/camunda/app/tasklist/");
    return login;
  }

  /** The value of a cookie the server set for this browser (the session's JSESSIONID, say), if any. */
  public Optional<String> cookie(String name) {
    return cookies.getCookieStore().get(base).stream()
        .filter(c -> c.getName().equals(name))
        .map(HttpCookie::getValue)
        .reduce((first, second) -> second);
  }

  /** The XSRF token the server last set for this browser's session. */
  public String xsrfToken() {
    return cookies.getCookieStore().get(base).stream()
        .filter(c -> c.getName().equals(CSRF_COOKIE))
        .map(HttpCookie::getValue)
        .reduce((first, second) -> second)
        .orElseThrow(() -> new IllegalStateException("No " + CSRF_COOKIE + " cookie: open a /camunda page first"));
  }

  public Response send(String method, String path, String contentType, byte[] body, Map<String, String> headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
        .timeout(Duration.ofSeconds(30))
        .method(method, body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofByteArray(body));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    request.header("Accept", "application/json, text/html, */*");
    if (scripted && !List.of("GET", "HEAD", "OPTIONS").contains(method) && !headers.containsKey(CSRF_HEADER)) {
      request.header(CSRF_HEADER, "script"); // as the README's curl examples do
    }
    headers.forEach(request::header);
    try {
      HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
      Map<String, String> responseHeaders = new LinkedHashMap<>();
      response.headers().map().forEach((name, values) -> responseHeaders.put(name, String.join(", ", values)));
      return new Response(response.statusCode(), response.body(), responseHeaders);
    } catch (IOException e) {
      throw new UncheckedIOException(method + " " + path + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(method + " " + path + " interrupted", e);
    }
  }

  private static String encode(String value) {
    return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static void write(ByteArrayOutputStream out, String text) {
    out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
  }
}
