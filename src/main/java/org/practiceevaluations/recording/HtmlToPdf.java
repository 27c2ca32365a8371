package org.practiceevaluations.recording;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.regex.Pattern;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders the application's PDF documents (the evaluation, the reports, the meeting packs) from XHTML with
 * openhtmltopdf, all the same way: DejaVu Sans embedded (only the glyphs used), tagged for accessibility (PDF/UA),
 * no external resource but data URIs (no network, no files), the renderer's own log at DEBUG only
 * ({@link RendererLog}: it can quote the document).
 *
 * <p>Letters are drawn one glyph each, never as ligatures. PDFBox applies a font's OpenType substitutions (GSUB)
 * itself, and DejaVu Sans joins "fi", "fl", "ff" into single glyphs whose text is U+FB01, U+FB02, U+FB00: a search
 * for "Lowfield" or "file" then finds nothing, and a screen reader reads nonsense. So the fonts are handed to the
 * renderer with substitutions off (docs/adr/0013).
 */
public final class HtmlToPdf {

  public static final String CONTENT_TYPE = "application/pdf";
  public static final String FONT_FAMILY = "DejaVu Sans";

  /** Characters XML 1.0 forbids (control characters, lone surrogates): a pasted one would stop the renderer. */
  private static final Pattern NOT_XML = Pattern.compile("[^\\x09\\x0A\\x0D\\x20-\\uD7FF\\uE000-\\uFFFD\\x{10000}-\\x{10FFFF}]");
  private static final byte[] REGULAR = readClasspath("fonts/DejaVuSans.ttf");
  private static final byte[] BOLD = readClasspath("fonts/DejaVuSans-Bold.ttf");

  static {
    XRLog.setLoggerImpl(new RendererLog());
  }

  private HtmlToPdf() {}

  /** A template engine for the documents' Thymeleaf templates, {@code templates/pdf/<name>.html}. */
  public static TemplateEngine templates() {
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(HtmlToPdf.class.getClassLoader());
    resolver.setPrefix("templates/pdf/");
    resolver.setSuffix(".html");
    resolver.setTemplateMode(TemplateMode.HTML);
    resolver.setCharacterEncoding("UTF-8");
    resolver.setCacheable(true);
    SpringTemplateEngine engine = new SpringTemplateEngine();
    engine.setTemplateResolver(resolver);
    return engine;
  }

  /**
   * The council's logo as a data URI, the only kind of image a document may hold; null for none.
   *
   * @throws IllegalArgumentException when it is not a PNG or JPEG image
   */
  public static String logoDataUri(byte[] logo) {
    return logo == null ? null : "data:" + imageType(logo) + ";base64," + Base64.getEncoder().encodeToString(logo);
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

  /** Removes what XML 1.0 cannot hold, so text people pasted cannot stop the renderer. */
  public static String xmlSafe(String html) {
    return NOT_XML.matcher(html).replaceAll("");
  }

  /**
   * The XHTML as a PDF.
   *
   * @param what names the document in an error ("the evaluation PDF of PE-2026-0042"): no personal data
   */
  public static byte[] render(String xhtml, String what) {
    ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024);
    try (PDDocument document = new PDDocument();
        TrueTypeFont regular = withoutLigatures(REGULAR);
        TrueTypeFont bold = withoutLigatures(BOLD)) {
      new PdfRendererBuilder()
          .useFastMode()
          .usePDDocument(document)
          .usePdfUaAccessibility(true)
          .useFont(new PDFontSupplier(PDType0Font.load(document, regular, true)), FONT_FAMILY, 400,
              BaseRendererBuilder.FontStyle.NORMAL, true)
          .useFont(new PDFontSupplier(PDType0Font.load(document, bold, true)), FONT_FAMILY, 700,
              BaseRendererBuilder.FontStyle.NORMAL, true)
          .useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:"),
              ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
          .useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:"),
              ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
          .withProducer("Practice Evaluations")
          .withHtmlContent(xmlSafe(xhtml), null)
          .toStream(pdf)
          .run();
    } catch (IOException e) {
      throw new UncheckedIOException(what + " could not be rendered", e);
    }
    return pdf.toByteArray();
  }

  /** The font with OpenType substitutions off: every letter its own glyph, so the text layer is the text. */
  static TrueTypeFont withoutLigatures(byte[] font) throws IOException {
    TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(font));
    ttf.setEnableGsub(false);
    return ttf;
  }

  private static byte[] readClasspath(String name) {
    try (InputStream in = HtmlToPdf.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("Missing " + name + " on the class path");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
