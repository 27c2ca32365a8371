package org.practiceevaluations.branding;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Tasklist, Cockpit and Admin show the product's and the council's name, not Camunda's, and not the Community
 * Edition's red "It is time to migrate to Camunda 8" banner, which staff read as a warning about their work
 * (docs/adr/0014). Both through the customisation the webapps document:
 *
 * <ul>
 *   <li>{@code app/<webapp>/styles/user-styles.css}, the stylesheet every webapp loads last: ours
 *       ({@code branding/user-styles.css}) hides the banner; a council's own stylesheet
 *       ({@code practice-evaluations.branding.styles}, e.g. {@code file:/etc/practice-evaluations/styles.css}) is
 *       added after it, for its colours or logo;</li>
 *   <li>{@code app/<webapp>/scripts/config.js}, the webapp's settings: the webjar's own file with the documented
 *       {@code app: {vendor, name}} set, so the header, the page title and the browser tab read "Lowfield Council ·
 *       Practice Evaluations Tasklist" ({@code practice-evaluations.council-name}).</li>
 * </ul>
 *
 * Served here rather than as files in the jar so that the council's name is the one setting every document uses.
 * The webapps load both before anyone logs in (the log-in page wears them too): nothing here is personal.
 */
@RestController
public class WebappBranding {

  public static final String PRODUCT = "Practice Evaluations";
  static final Map<String, String> WEBAPPS = Map.of("tasklist", "Tasklist", "cockpit", "Cockpit", "admin", "Admin",
      "welcome", "Welcome");
  private static final String WEBJAR = "META-INF/resources/webjars/camunda/app/";
  private static final String DEFAULT_EXPORT = "export default {";

  private final String councilName;
  private final String styles;

  public WebappBranding(@Value("${practice-evaluations.council-name}") String councilName,
      @Value("${practice-evaluations.branding.styles:}") String councilStyles, ResourceLoader resources) {
    this.councilName = councilName;
    StringBuilder css = new StringBuilder(read(resources.getResource("classpath:branding/user-styles.css")));
    if (!councilStyles.isBlank()) {
      Resource own = resources.getResource(councilStyles);
      if (!own.exists()) {
        throw new IllegalStateException("practice-evaluations.branding.styles names " + councilStyles
            + ", which does not exist.");
      }
      css.append("\n/* The council's own styles: ").append(councilStyles.replace("*/", "* /")).append(" */\n")
          .append(read(own));
    }
    this.styles = css.toString();
  }

  @GetMapping(path = "/camunda/app/{webapp}/styles/user-styles.css", produces = "text/css;charset=UTF-8")
  public ResponseEntity<String> userStyles(@PathVariable String webapp) {
    if (!WEBAPPS.containsKey(webapp)) {
      return ResponseEntity.notFound().build();
    }
    return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(styles);
  }

  @GetMapping(path = "/camunda/app/{webapp}/scripts/config.js", produces = "text/javascript;charset=UTF-8")
  public ResponseEntity<String> config(@PathVariable String webapp) {
    String appName = WEBAPPS.get(webapp);
    if (appName == null) {
      return ResponseEntity.notFound().build();
    }
    String camundas = read(new org.springframework.core.io.ClassPathResource(WEBJAR + webapp + "/scripts/config.js"));
    if (!camundas.contains(DEFAULT_EXPORT)) {
      throw new IllegalStateException("The " + webapp + " webapp's config.js no longer starts with '"
          + DEFAULT_EXPORT + "': check the branding against this Camunda version.");
    }
    String app = "\n  // Practice Evaluations (org.practiceevaluations.branding.WebappBranding): the council's and the "
        + "product's name\n  app: { vendor: " + jsString(vendor()) + ", name: " + jsString(appName) + " },\n";
    return ResponseEntity.ok().cacheControl(CacheControl.noCache())
        .contentType(new MediaType("text", "javascript", StandardCharsets.UTF_8))
        .body(camundas.replaceFirst(java.util.regex.Pattern.quote(DEFAULT_EXPORT),
            java.util.regex.Matcher.quoteReplacement(DEFAULT_EXPORT + app)));
  }

  /** "Lowfield Council · Practice Evaluations": the webapps put the application's name after it. */
  String vendor() {
    return councilName.isBlank() ? PRODUCT : councilName.strip() + " · " + PRODUCT;
  }

  /** A JavaScript string literal of any text: quotes, backslashes, line ends and "</" cannot end it. */
  static String jsString(String text) {
    StringBuilder js = new StringBuilder("'");
    for (char c : text.toCharArray()) {
      if (c == '\'' || c == '\\' || c == '<' || c == '>' || c == '&' || c < 0x20 || c == 0x2028 || c == 0x2029) {
        js.append(String.format("\\u%04x", (int) c));
      } else {
        js.append(c);
      }
    }
    return js.append('\'').toString();
  }

  private static String read(Resource resource) {
    try (InputStream in = resource.getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + resource.getDescription(), e);
    }
  }
}
