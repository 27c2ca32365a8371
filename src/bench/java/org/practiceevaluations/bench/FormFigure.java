package org.practiceevaluations.bench;

import static org.practiceevaluations.evaluation.PracticeEvaluationProcess.Elements.COMPLETE_EVALUATION;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;

/**
 * Figure 7, what a person waits for on a form (issue 18): the auditor submitting the 15-section evaluation form
 * ({@code submit-form} through the engine, as Tasklist does, with realistic answers: the product's form handler
 * checks them and writes them to the application's tables, and the process runs on to its next wait) against a bare
 * form submission of the same number of fields on the bare engine (each field a plain variable, as the bare engine
 * stores a submitted form); and opening that task's form (the form's variables and the deployed form, as Tasklist
 * asks for them) in the product and in the bare engine. p50 / p95 milliseconds, each round {@code
 * bench.form-samples} evaluations brought to the evaluation form, product and bare rounds interleaved; the ratio is
 * on p95 (the target for the submission: 1.5x).
 */
final class FormFigure {

  private final BenchConfig config;
  private final Report report;

  FormFigure(BenchConfig config, Report report) {
    this.config = config;
    this.report = report;
  }

  /** The two timings of one evaluation form: opening it, then submitting it. */
  private record Timed(double openMs, double submitMs) {}

  void run(String database, Lifecycles product, Lifecycles bare, int firstNumber) {
    int n = firstNumber;
    List<Double> productOpen50 = new ArrayList<>();
    List<Double> productOpen95 = new ArrayList<>();
    List<Double> productSubmit50 = new ArrayList<>();
    List<Double> productSubmit95 = new ArrayList<>();
    List<Double> bareOpen50 = new ArrayList<>();
    List<Double> bareOpen95 = new ArrayList<>();
    List<Double> bareSubmit50 = new ArrayList<>();
    List<Double> bareSubmit95 = new ArrayList<>();
    int productFields = 0;
    int bareFields = 0;
    for (int round = -config.warmupRounds(); round < config.rounds(); round++) {
      List<Timed> p = new ArrayList<>();
      List<Timed> b = new ArrayList<>();
      for (int i = 0; i < config.formSamples(); i++) {
        int number = n++;
        Task task = product.until(number, COMPLETE_EVALUATION);
        Map<String, Object> answers = product.answersTo(task, number);
        productFields = Lifecycles.fieldCount(answers);
        p.add(time(product, task, answers));

        Task bareTask = bare.until(number, COMPLETE_EVALUATION);
        Map<String, Object> flat = Lifecycles.flatFields(answers, bare.answersTo(bareTask, number));
        bareFields = flat.size();
        b.add(time(bare, bareTask, flat));
      }
      if (round >= 0) {
        productOpen50.add(percentile(p, 50, true));
        productOpen95.add(percentile(p, 95, true));
        productSubmit50.add(percentile(p, 50, false));
        productSubmit95.add(percentile(p, 95, false));
        bareOpen50.add(percentile(b, 50, true));
        bareOpen95.add(percentile(b, 95, true));
        bareSubmit50.add(percentile(b, 50, false));
        bareSubmit95.add(percentile(b, 95, false));
      }
      report.progress("%s figure 7 round %s: submit p50 %.1f / p95 %.1f ms (bare %.1f / %.1f), open p50 %.1f / "
              + "p95 %.1f ms (bare %.1f / %.1f)", database, round < 0 ? "warm-up" : round + 1,
          percentile(p, 50, false), percentile(p, 95, false), percentile(b, 50, false), percentile(b, 95, false),
          percentile(p, 50, true), percentile(p, 95, true), percentile(b, 50, true), percentile(b, 95, true));
    }
    String id = database.toLowerCase(Locale.ROOT);
    String note = String.format(Locale.ROOT, "%d evaluation forms per round; the auditor's answers are %d fields "
        + "(%d sections), the bare submission %d plain variables", config.formSamples(), productFields,
        Lifecycles.ShippedTool.CATALOGUE.sections().size(), bareFields);
    report.pairAgainst("7", "Submitting the evaluation form (submit-form, 15 sections) p50 / p95", database,
        Figure.of("form.submit." + id + ".p50", "Submit the evaluation form p50", productSubmit50, "ms", database)
            .withNote(note),
        Figure.of("form.submit." + id + ".p95", "Submit the evaluation form p95", productSubmit95, "ms", database),
        Figure.of("form.submit.bare." + id + ".p50", "Bare submission, same fields p50", bareSubmit50, "ms",
            database),
        Figure.of("form.submit.bare." + id + ".p95", "Bare submission, same fields p95", bareSubmit95, "ms",
            database),
        "p95 <= 1.5x");
    report.pairAgainst("7", "Opening a task's form (form variables + deployed form) p50 / p95", database,
        Figure.of("form.open." + id + ".p50", "Open the evaluation form p50", productOpen50, "ms", database),
        Figure.of("form.open." + id + ".p95", "Open the evaluation form p95", productOpen95, "ms", database),
        Figure.of("form.open.bare." + id + ".p50", "Bare engine, open the form p50", bareOpen50, "ms", database),
        Figure.of("form.open.bare." + id + ".p95", "Bare engine, open the form p95", bareOpen95, "ms", database),
        "none set");
  }

  private static Timed time(Lifecycles lifecycles, Task task, Map<String, Object> answers) {
    long start = System.nanoTime();
    lifecycles.open(task);
    double open = (System.nanoTime() - start) / 1e6;
    start = System.nanoTime();
    lifecycles.submitAs(task, answers);
    double submit = (System.nanoTime() - start) / 1e6;
    return new Timed(open, submit);
  }

  private static double percentile(List<Timed> timings, double p, boolean open) {
    return Stats.percentile(timings.stream().map(t -> open ? t.openMs() : t.submitMs()).toList(), p);
  }
}
