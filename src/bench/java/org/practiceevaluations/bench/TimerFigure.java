package org.practiceevaluations.bench;

final class TimerFigure {
  TimerFigure(BenchConfig config, Report report, BenchApplication.Running app, BareEngine bare, Seeder seeder) {}
  void run() {}
}
