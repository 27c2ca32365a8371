package org.practiceevaluations.bench;

final class TasklistFigure {
  TasklistFigure(BenchConfig config, Report report, BenchApplication.Running app, Seeder seeder) {}
  void run() {}
}
