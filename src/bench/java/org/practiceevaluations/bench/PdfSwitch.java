package org.practiceevaluations.bench;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.practiceevaluations.evaluation.EvaluationView;
import org.practiceevaluations.recording.EvaluationPdf;

/**
 * "PDF rendering off": the step that saves the evaluation PDF still runs (it files a document in the store and
 * records it), but the PDF is a fixed one-page document instead of the rendered evaluation. Everything else is
 * the product's.
 */
public final class PdfSwitch {

  /** A valid, empty, one-page PDF. */
  static final byte[] FIXED_PDF = ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
      + "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
      + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
      + "trailer<</Root 1 0 R>>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);

  private final AtomicBoolean rendering = new AtomicBoolean(true);
  final AtomicLong rendered = new AtomicLong();
  final AtomicLong skipped = new AtomicLong();

  public void renderPdfs(boolean on) {
    rendering.set(on);
  }

  public boolean rendering() {
    return rendering.get();
  }

  EvaluationPdf around(EvaluationPdf real) {
    return new EvaluationPdf("benchmark", null, Clock.systemUTC(), new com.fasterxml.jackson.databind.ObjectMapper()) {
      @Override
      public byte[] render(EvaluationView view) {
        if (rendering.get()) {
          rendered.incrementAndGet();
          return real.render(view);
        }
        skipped.incrementAndGet();
        return FIXED_PDF.clone();
      }

      @Override
      public String fileName(EvaluationView view) {
        return real.fileName(view);
      }
    };
  }
}
