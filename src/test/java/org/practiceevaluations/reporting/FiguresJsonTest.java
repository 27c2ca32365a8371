package org.practiceevaluations.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A report keeps its figures as JSON: they read back exactly as collated, so the outputs show what was chosen on. */
class FiguresJsonTest {

  @Test
  void theFiguresReadBackEqual() {
    ReportFigures figures = SampleReport.figures();
    String json = QuarterlyReports.write(figures);

    assertThat(QuarterlyReports.read(json)).usingRecursiveComparison().isEqualTo(figures);
    assertThat(json).doesNotContain("C104").contains("\"kappa\":0.375");
  }
}
