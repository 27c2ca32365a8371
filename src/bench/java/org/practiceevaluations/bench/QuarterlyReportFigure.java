package org.practiceevaluations.bench;

final class QuarterlyReportFigure {
  QuarterlyReportFigure(BenchConfig config, Report report, BenchApplication.Running app, Seeder seeder) {}
  void run() {}
}
