package org.practiceevaluations.bench;

final class Seeder {
  Seeder(BenchApplication.Running app, PostgresServer pg, Report report) {}
}
