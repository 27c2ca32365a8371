package org.practiceevaluations.notification;

import org.practiceevaluations.common.StepFailure;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.practiceevaluations.directory.TeamDirectory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import org.thymeleaf.context.Context;
import org.thymeleaf.exceptions.TemplateEngineException;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.dialect.SpringStandardDialect;
import org.thymeleaf.spring6.expression.SpringStandardExpressions;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders a notification for one person from {@code templates/mail/<template>.html} (whose {@code <title>} is
 * the subject) and {@code templates/mail/<template>.txt} (the plain-text part). Text that users typed is only
 * ever written with {@code th:text} / {@code [[...]]}, which escape it in HTML.
 *
 * <p>What a template can use: {@code council}, {@code recipient} (name, {@code recipient.is('moderator')},
 * {@code recipient.asWhom}), {@code e} (the {@code EvaluationView}, or null), {@code vars} (the process
 * variables), {@code team} (the team in {@code teamCode}, or null), {@code links} (url, task, taskName,
 * cockpitUrl), {@code fmt} ({@link MailFormats}), {@code full} ({@code practice-evaluations.mail.content}: true for
 * {@code full}), {@code ref} (the reference the person sees in Tasklist: the case of concern's {@code CC-...} in its
 * process, otherwise the evaluation's) and {@code concern} (the case of concern's reference, or null).
 *
 * <p>A minimal mail (the default in production) says what is needed, by when and where: references, dates, the task
 * and a link, never the child's name, date of birth, legal status, a concern or anything else people wrote. The
 * fuller summary is for councils whose mail stays inside a secure boundary.
 */
@Component
public class MailRenderer {

  private static final Pattern TITLE = Pattern.compile("<title>(.*?)</title>", Pattern.DOTALL);

  private final SpringTemplateEngine engine;
  private final String councilName;
  private final Clock clock;
  private final TeamDirectory teams;
  private final boolean full;

  public MailRenderer(@Value("${practice-evaluations.council-name}") String councilName, Clock clock,
      TeamDirectory teams, @Value("${practice-evaluations.mail.content:minimal}") String content) {
    this.councilName = councilName;
    this.clock = clock;
    this.teams = teams;
    this.full = MailContent.parse(content) == MailContent.FULL;
    this.engine = new SpringTemplateEngine();
    // the templates' expressions (e.dates.dueAt, recipient.firstName, ...) run for every mail: Spring compiles an
    // expression to bytecode once it has run a hundred times (mode MIXED: one that cannot be compiled, or fails
    // compiled, is interpreted as before). It was a tenth of a reminder's CPU; MailWordingTest renders every
    // template past that point and checks the mail is the same.
    // The engine gets a dialect of its own: a new SpringTemplateEngine shares one static SpringStandardDialect with
    // every other in the JVM, and Spring Boot's (ThymeleafAutoConfiguration, spring.thymeleaf.enable-spring-el-
    // compiler, false by default) turned the compiler off on it before this engine's first mail: in the running
    // application the mails' expressions were never compiled (MailRendererCompilerTest, ADR 0040).
    SpringStandardDialect dialect = new SpringStandardDialect();
    dialect.setEnableSpringELCompiler(true);
    engine.setDialect(dialect);
    engine.addTemplateResolver(resolver(TemplateMode.HTML, "*.html", 1));
    engine.addTemplateResolver(resolver(TemplateMode.TEXT, "*.txt", 2));
  }

  private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String pattern, int order) {
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix("templates/mail/");
    resolver.setTemplateMode(mode);
    resolver.setResolvablePatterns(java.util.Set.of(pattern));
    resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
    resolver.setCheckExistence(true);
    resolver.setCacheable(true);
    resolver.setOrder(order);
    return resolver;
  }

  /**
   * Whether this engine has Spring compile the templates' expressions: what Thymeleaf asks when it first parses one
   * (its configuration, built at the first mail, not the setting asked for in the constructor).
   */
  boolean compilesExpressions() {
    return SpringStandardExpressions.isSpringELCompilerEnabled(engine.getConfiguration());
  }

  /** The subject, plain text and HTML of the mail for this person. */
  public Rendered render(NotificationContext notification, Recipient recipient, MailLinks.Links links) {
    Context context = new Context(java.util.Locale.UK);
    Map<String, Object> model = new HashMap<>();
    model.put("council", councilName);
    model.put("template", notification.template().key());
    model.put("recipient", recipient);
    model.put("e", notification.evaluation());
    model.put("vars", notification.variables());
    // a mail about an evaluation names the team from it (e.child.teamName); only the others (the team reviews) read
    // the team by its code, a query each mail would otherwise make (MailTemplateTeamTest holds templates to it)
    model.put("team", notification.template().aboutAnEvaluation() ? null
        : notification.text(NotificationContext.TEAM_CODE).flatMap(teams::findTeam).orElse(null));
    model.put("links", links);
    model.put("fmt", new MailFormats(clock.getZone(), clock.instant()));
    model.put("full", full);
    String concern = notification.text(NotificationContext.CONCERN_REFERENCE).orElse(null);
    model.put("concern", concern);
    model.put("ref", concern != null ? concern : notification.evaluationReference());
    context.setVariables(model);
    String key = notification.template().key();
    try {
      String html = engine.process(key + ".html", context);
      String text = engine.process(key + ".txt", context);
      return new Rendered(subject(html, key), text, html);
    } catch (TemplateEngineException e) {
      // Thymeleaf's messages name the template and line, not the values: safe to pass on without the cause.
      throw new NotificationException(StepFailure.MAIL_TEMPLATE_BROKEN.say(java.util.Map.of("template", key),
          "The mail template " + key + " could not be rendered: " + firstLine(e.getMessage())));
    }
  }

  public static String subject(String html, String key) {
    Matcher m = TITLE.matcher(html);
    if (!m.find()) {
      throw new NotificationException(StepFailure.MAIL_TEMPLATE_BROKEN.say(java.util.Map.of("template", key),
          "The mail template " + key + ".html has no <title> (the subject)."));
    }
    return HtmlUtils.htmlUnescape(m.group(1)).replaceAll("\\s+", " ").trim();
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }

  /** A rendered mail. */
  public record Rendered(String subject, String text, String html) {}
}
