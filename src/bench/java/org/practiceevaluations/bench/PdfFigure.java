package org.practiceevaluations.bench;

import java.util.ArrayList;
import java.util.List;
import org.practiceevaluations.evaluation.EvaluationRepository;
import org.practiceevaluations.evaluation.EvaluationStage;
import org.practiceevaluations.evaluation.EvaluationView;
import org.practiceevaluations.evaluation.EvaluationViews;
import org.practiceevaluations.recording.EvaluationPdf;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Figure 2: milliseconds to render one evaluation PDF (the product's renderer, on the full evaluations the
 * lifecycles of figure 1 produced, or on the demo fixtures when figure 1 did not run). Per round the p50 and p95
 * of {@code pdf-per-round} renders; the figure is the median over rounds.
 */
final class PdfFigure {

  private final BenchConfig config;
  private final Report report;

  PdfFigure(BenchConfig config, Report report) {
    this.config = config;
    this.report = report;
  }

  void run(BenchApplication.Running app) {
    EvaluationPdf pdf = app.context().getBean("evaluationPdf", EvaluationPdf.class);
    List<EvaluationView> views = views(app);
    if (views.isEmpty()) {
      report.row("2", "Evaluation PDF, p50", Bench.H2, Figure.notAvailable("pdf.p50", "PDF p50", "ms", Bench.H2,
          "no finished evaluation to render: run figure 1 first"), null);
      return;
    }
    List<Double> p50 = new ArrayList<>();
    List<Double> p95 = new ArrayList<>();
    long bytes = 0;
    int n = 0;
    for (int round = -config.warmupRounds(); round < config.rounds(); round++) {
      List<Double> ms = new ArrayList<>();
      for (int i = 0; i < config.pdfPerRound(); i++) {
        EvaluationView view = views.get(n++ % views.size());
        long start = System.nanoTime();
        byte[] document = pdf.render(view);
        ms.add((System.nanoTime() - start) / 1e6);
        bytes = document.length;
      }
      if (round >= 0) {
        p50.add(Stats.percentile(ms, 50));
        p95.add(Stats.percentile(ms, 95));
      }
      report.progress("H2 figure 2 round %s: p50 %.1f ms, p95 %.1f ms", round < 0 ? "warm-up" : round + 1,
          Stats.percentile(ms, 50), Stats.percentile(ms, 95));
    }
    report.row("2", "Evaluation PDF render, p50", "-", Figure.of("pdf.p50", "PDF render p50", p50, "ms", "-")
        .withNote("a PDF of " + bytes / 1024 + " KiB"), null);
    report.row("2", "Evaluation PDF render, p95", "-", Figure.of("pdf.p95", "PDF render p95", p95, "ms", "-"), null);
  }

  private static List<EvaluationView> views(BenchApplication.Running app) {
    TransactionTemplate tx = app.bean(TransactionTemplate.class);
    return tx.execute(status -> app.bean(EvaluationRepository.class).findAll().stream()
        .filter(e -> e.getStage() == EvaluationStage.COMPLETE || e.dates().submittedAt() != null)
        .limit(50).map(e -> app.bean(EvaluationViews.class).of(e)).toList());
  }
}
