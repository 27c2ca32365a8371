package org.practiceevaluations.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.List;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * GOV.UK Notify's e-mail endpoint as the test's own HTTP server on the loopback address, checking what Notify
 * checks: the {@code Authorization: Bearer} JWT signed (HS256) with the API key's secret, issued by the key's service
 * id, issued within the last 30 seconds; and the payload (template id, address, personalisation, reference). It
 * answers 201 as Notify does, or, when told, 429 (rate limit), 400 (bad recipient) or 403 (the key revoked).
 */
public final class FakeNotify {

  public static final String SERVICE_ID = "26785a09-ab16-4eb0-8407-a37497a57506";
  public static final String SECRET = "3d844edf-8d35-48ac-975b-e847b4f122b0";
  public static final String API_KEY = "lowfield_practice_evaluations-" + SERVICE_ID + "-" + SECRET;
  public static final String TEMPLATE_ID = "f33517ff-2a88-4f6e-b855-c550268ce08a";
  public static final String OVERDUE_TEMPLATE_ID = "0b7d0a2c-5a3c-4c4b-9e0a-6a1f3a3c0d11";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static FakeNotify instance;

  /** One request Notify accepted or refused: its payload and what was answered. */
  public record Received(JsonNode payload, int answered) {}

  private final HttpServer server;
  private final List<Received> received = new ArrayList<>();
  private final Deque<Integer> script = new ArrayDeque<>();
  private final List<String> badJwts = new ArrayList<>();
  private volatile boolean keyRevoked;

  private FakeNotify() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/v2/notifications/email", this::email);
    server.start();
  }

  public static synchronized FakeNotify get() {
    if (instance == null) {
      try {
        instance = new FakeNotify();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return instance;
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  public synchronized void reset() {
    received.clear();
    script.clear();
    badJwts.clear();
    keyRevoked = false;
  }

  /** The next answers, in order (201, 429, 400...); after them, 201. */
  public synchronized void answer(Integer... statuses) {
    script.addAll(List.of(statuses));
  }

  public void revokeKey(boolean revoked) {
    keyRevoked = revoked;
  }

  public synchronized List<Received> received() {
    return List.copyOf(received);
  }

  /** The requests whose JWT Notify would have refused, with why. */
  public synchronized List<String> badJwts() {
    return List.copyOf(badJwts);
  }

  private void email(HttpExchange exchange) throws IOException {
    try (exchange) {
      String problem = jwtProblem(exchange.getRequestHeaders().getFirst("Authorization"));
      JsonNode payload = JSON.readTree(exchange.getRequestBody().readAllBytes());
      int status;
      synchronized (this) {
        if (problem != null) {
          badJwts.add(problem);
        }
        status = problem != null || keyRevoked ? 403 : script.isEmpty() ? 201 : script.poll();
        received.add(new Received(payload, status));
      }
      String body = switch (status) {
        case 201 -> "{\"id\":\"" + UUID.randomUUID() + "\",\"reference\":" + JSON.writeValueAsString(
            payload.path("reference").asText()) + ",\"content\":{\"body\":\"sent\",\"from_email\":"
            + "\"practice.evaluations@notifications.service.gov.uk\",\"subject\":\"sent\"},\"uri\":"
            + "\"https://api.notifications.service.gov.uk/v2/notifications/1\",\"template\":{\"id\":\""
            + payload.path("template_id").asText() + "\",\"version\":1,\"uri\":\"https://api.notifications.service"
            + ".gov.uk/services/1/templates/1\"}}";
        case 429 -> error(429, "RateLimitError", "Exceeded rate limit for key type LIVE of 3000 requests per 60 seconds");
        case 403 -> error(403, "AuthError", "Invalid token: API key not found");
        default -> error(status, "BadRequestError", "Can't send to this recipient using a team-only API key");
      };
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(status, bytes.length);
      exchange.getResponseBody().write(bytes);
    }
  }

  private static String error(int status, String type, String message) {
    return "{\"errors\":[{\"error\":\"" + type + "\",\"message\":\"" + message + "\"}],\"status_code\":" + status + "}";
  }

  /** Null when the JWT is what Notify accepts; otherwise why not. */
  static String jwtProblem(String authorization) {
    if (authorization == null || !authorization.startsWith("Bearer ")) {
      return "no bearer token";
    }
    String[] parts = authorization.substring(7).split("\\.");
    if (parts.length != 3) {
      return "not a JWT";
    }
    try {
      JsonNode header = JSON.readTree(Base64.getUrlDecoder().decode(parts[0]));
      JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
      if (!"HS256".equals(header.path("alg").asText())) {
        return "not HS256";
      }
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      byte[] expected = mac.doFinal((parts[0] + "." + parts[1]).getBytes(StandardCharsets.UTF_8));
      if (!MessageDigest.isEqual(expected, Base64.getUrlDecoder().decode(parts[2]))) {
        return "signature does not match the key's secret";
      }
      if (!SERVICE_ID.equals(claims.path("iss").asText())) {
        return "issuer is not the key's service id";
      }
      long age = Instant.now().getEpochSecond() - claims.path("iat").asLong();
      if (age < -30 || age > 30) {
        return "issued-at more than 30 seconds away";
      }
      return null;
    } catch (Exception e) {
      return "unreadable: " + e.getClass().getSimpleName();
    }
  }

  /** Points the application's mail at this server through GOV.UK Notify's client. */
  public static class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {
    @Override
    public void initialize(ConfigurableApplicationContext context) {
      TestPropertyValues.of(
          "practice-evaluations.mail.channel=notify",
          "practice-evaluations.mail.notify.api-key=" + API_KEY,
          "practice-evaluations.mail.notify.base-url=" + get().baseUrl(),
          "practice-evaluations.mail.notify.default-template-id=" + TEMPLATE_ID,
          "practice-evaluations.mail.notify.template-ids.evaluation-overdue=" + OVERDUE_TEMPLATE_ID,
          "practice-evaluations.mail.content=minimal")
          .applyTo(context);
    }
  }
}
