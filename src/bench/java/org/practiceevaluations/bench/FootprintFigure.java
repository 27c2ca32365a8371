package org.practiceevaluations.bench;

final class FootprintFigure {
  FootprintFigure(BenchConfig config, Report report, PostgresServer pg) {}
  void run(String appUrl, String bareUrl, DatabaseSize.Sizes appGrowth, int appFinished, DatabaseSize.Sizes bareGrowth,
      int bareFinished) {}
}
