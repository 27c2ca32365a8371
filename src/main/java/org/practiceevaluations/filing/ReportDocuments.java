package org.practiceevaluations.filing;

import java.util.Map;
import org.practiceevaluations.recording.HtmlToPdf;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The reports' PDF documents (the full quarterly report, the learning needs summary, the QA meeting pack): a
 * Thymeleaf template under {@code templates/pdf/} filled and rendered by {@link HtmlToPdf}, the council's name and
 * logo at the top. Templates escape everything people typed ({@code th:text}).
 */
public class ReportDocuments {

  private final String councilName;
  private final String logoDataUri;
  private final Object formats;
  private final TemplateEngine templates;

  /**
   * @param formats what the templates call {@code fmt} for dates and figures (reporting's {@code ReportFormats}):
   *     filing only hands it over, so it does not depend on the reports it files
   */
  public ReportDocuments(String councilName, byte[] logo, Object formats) {
    this.councilName = councilName;
    this.logoDataUri = HtmlToPdf.logoDataUri(logo);
    this.formats = formats;
    this.templates = HtmlToPdf.templates();
  }

  /** The filled template (XHTML). */
  public String html(String template, Map<String, Object> variables) {
    Context context = new Context();
    context.setVariables(variables);
    context.setVariable("fmt", formats);
    context.setVariable("councilName", councilName);
    context.setVariable("logo", logoDataUri);
    return templates.process(template, context);
  }

  /** The filled template as a PDF; {@code what} names it in an error (no personal data). */
  public byte[] pdf(String template, Map<String, Object> variables, String what) {
    return HtmlToPdf.render(html(template, variables), what);
  }
}
