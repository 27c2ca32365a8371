package org.practiceevaluations.recording;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import org.practiceevaluations.evaluation.EvaluationView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The full evaluation as a PDF (docs/guide.md, "Recording"): the Thymeleaf template
 * {@code templates/pdf/evaluation.html} filled from an {@link EvaluationView} and rendered by openhtmltopdf. Needs no
 * database: give it a view.
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

  public static final String CONTENT_TYPE = HtmlToPdf.CONTENT_TYPE;
  static final String FONT_FAMILY = HtmlToPdf.FONT_FAMILY;

  private static final Logger LOG = LoggerFactory.getLogger(EvaluationPdf.class);
  private final String councilName;
  private final String logoDataUri;
  private final Clock clock;
  private final Wording wording;
  private final TemplateEngine templates;

  /**
   * @param councilName printed at the top of the first page
   * @param logo the council's logo, PNG or JPEG; null for none
   * @param clock the application's clock, in the council's time zone (dates)
   * @param json Spring's {@code ObjectMapper} (the feedback's answers)
   */
  public EvaluationPdf(String councilName, byte[] logo, Clock clock, ObjectMapper json) {
    this.councilName = councilName;
    this.logoDataUri = HtmlToPdf.logoDataUri(logo);
    this.clock = clock;
    this.wording = new Wording(clock.getZone(), json);
    this.templates = HtmlToPdf.templates();
  }

  /** The evaluation as a PDF document. */
  public byte[] render(EvaluationView view) {
    long started = System.nanoTime();
    byte[] pdf = HtmlToPdf.render(html(view), "The evaluation PDF of " + view.reference());
    LOG.debug("Evaluation PDF of {} rendered in {} ms ({} bytes)", view.reference(),
        (System.nanoTime() - started) / 1_000_000, pdf.length);
    return pdf;
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
    context.setVariable("producedOn", wording.date(clock.instant()));
    return templates.process("evaluation", context);
  }
}
