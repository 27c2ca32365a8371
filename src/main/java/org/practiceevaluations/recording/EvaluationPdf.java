package org.practiceevaluations.recording;

import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Base64;
import java.util.regex.Pattern;
import org.practiceevaluations.evaluation.EvaluationView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The full evaluation as a PDF (SPEC.md §1.8): the Thymeleaf template {@code templates/pdf/evaluation.html} filled
 * from an {@link EvaluationView} and rendered by openhtmltopdf. Needs no database: give it a view.
 *
 * <ul>
 *   <li>Everything people typed goes through {@code th:text}, which escapes it: a commentary reading
 *       {@code <script>} is printed as those characters.</li>
 *   <li>The renderer refuses every external resource (no network, no files): the only image is the council's logo,
 *       embedded in the page as a data URI.</li>
 *   <li>Built once and reused: the template is parsed once, the font files are read once and their metrics are kept
 *       in a shared cache; each PDF embeds only the glyphs it uses.</li>
 *   <li>The PDF is tagged for accessibility (PDF/UA), as public-sector documents should be.</li>
 *   <li>Its metadata holds the evaluation reference only, never the child's name: file browsers and search indexes
 *       show metadata.</li>
 * </ul>
 */
public class EvaluationPdf {

  public static final String CONTENT_TYPE = "application/pdf";
  static final String FONT_FAMILY = "DejaVu Sans";

  private static final Logger LOG = LoggerFactory.getLogger(EvaluationPdf.class);
  /** Characters XML 1.0 forbids (control characters, lone surrogates): a pasted one would stop the renderer. */
  private static final Pattern NOT_XML = Pattern.compile("[^\\x09\\x0A\\x0D\\x20-\\uD7FF\\uE000-\\uFFFD\\x{10000}-\\x{10FFFF}]");
  private static final byte[] REGULAR = readClasspath("fonts/DejaVuSans.ttf");
  private static final byte[] BOLD = readClasspath("fonts/DejaVuSans-Bold.ttf");
  /** Font metrics, shared by every renderer in the JVM. */
  private static final FSCacheEx<String, FSCacheValue> FONT_METRICS = new FSDefaultCacheStore();

  static {
    XRLog.setLoggerImpl(new RendererLog());
  }

  private final String councilName;
  private final String logoDataUri;
  private final Wording wording;
  private final TemplateEngine templates;

  /**
   * @param councilName printed at the top of the first page
   * @param logo the council's logo, PNG or JPEG; null for none
   * @param zone the council's time zone, for dates
   */
  public EvaluationPdf(String councilName, byte[] logo, ZoneId zone) {
    this.councilName = councilName;
    this.logoDataUri = logo == null ? null : "data:" + imageType(logo) + ";base64," + Base64.getEncoder().encodeToString(logo);
    this.wording = new Wording(zone);
    this.templates = templateEngine();
  }

  /** The evaluation as a PDF document. */
  public byte[] render(EvaluationView view) {
    long started = System.nanoTime();
    String html = html(view);
    ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024);
    try {
      PdfRendererBuilder builder = new PdfRendererBuilder()
          .useFastMode()
          .usePdfUaAccessibility(true)
          .useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, FONT_METRICS)
          .useFont(() -> new ByteArrayInputStream(REGULAR), FONT_FAMILY, 400, BaseRendererBuilder.FontStyle.NORMAL, true)
          .useFont(() -> new ByteArrayInputStream(BOLD), FONT_FAMILY, 700, BaseRendererBuilder.FontStyle.NORMAL, true)
          .useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:"),
              ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
          .useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:"),
              ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
          .withProducer("Practice Evaluations")
          .withHtmlContent(html, null)
          .toStream(pdf);
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException("The evaluation PDF of " + view.reference() + " could not be rendered", e);
    }
    LOG.debug("Evaluation PDF of {} rendered in {} ms ({} bytes)", view.reference(),
        (System.nanoTime() - started) / 1_000_000, pdf.size());
    return pdf.toByteArray();
  }

  /** The file name the PDF is saved under in the child's file. */
  public String fileName(EvaluationView view) {
    return view.reference() + " Practice evaluation.pdf";
  }

  /** The filled template (XHTML), before it becomes a PDF. */
  String html(EvaluationView view) {
    Context context = new Context();
    context.setVariable("e", view);
    context.setVariable("f", wording);
    context.setVariable("councilName", councilName);
    context.setVariable("logo", logoDataUri);
    context.setVariable("producedOn", wording.date(Instant.now()));
    String html = templates.process("evaluation", context);
    return NOT_XML.matcher(html).replaceAll("");
  }

  private static TemplateEngine templateEngine() {
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(EvaluationPdf.class.getClassLoader());
    resolver.setPrefix("templates/pdf/");
    resolver.setSuffix(".html");
    resolver.setTemplateMode(TemplateMode.HTML);
    resolver.setCharacterEncoding("UTF-8");
    resolver.setCacheable(true);
    SpringTemplateEngine engine = new SpringTemplateEngine();
    engine.setTemplateResolver(resolver);
    return engine;
  }

  /** PNG or JPEG by their first bytes; anything else is refused (the renderer draws no SVG). */
  static String imageType(byte[] image) {
    if (image.length > 8 && (image[0] & 0xFF) == 0x89 && image[1] == 'P' && image[2] == 'N' && image[3] == 'G') {
      return "image/png";
    }
    if (image.length > 3 && (image[0] & 0xFF) == 0xFF && (image[1] & 0xFF) == 0xD8) {
      return "image/jpeg";
    }
    throw new IllegalArgumentException("The council logo (practice-evaluations.council-logo) must be a PNG or JPEG "
        + "image.");
  }

  private static byte[] readClasspath(String name) {
    try (InputStream in = EvaluationPdf.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("Missing " + name + " on the class path");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
