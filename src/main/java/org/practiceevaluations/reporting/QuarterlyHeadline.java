package org.practiceevaluations.reporting;

/** The quarter's headline figures as the audit manager's and the senior managers' forms show them. */
final class QuarterlyHeadline {

  private QuarterlyHeadline() {}

  static String of(ScopeFigures service) {
    Figures f = service.current();
    return "**" + f.evaluationsCompleted() + "** evaluations completed ("
        + ReportFormats.change(service.comparison(Measure.EVALUATIONS_COMPLETED), "last quarter") + ") · **"
        + ReportFormats.percent(f.goodOrBetterShare()) + "** good or better ("
        + ReportFormats.change(service.comparison(Measure.GOOD_OR_BETTER), "last quarter") + ")  \n"
        + "Moderators' agreement with the first grade " + ReportFormats.percent(f.moderationAgreement())
        + (f.kappa() == null ? " (kappa " + ReportFormats.kappaMeaning(null) + ") · "
            : " (kappa " + ReportFormats.decimal(f.kappa()) + ", " + ReportFormats.kappaMeaning(f.kappa()) + ") · ")
        + "overdue rate " + ReportFormats.percent(f.overdueRate()) + " · family feedback "
        + ReportFormats.percent(f.familyFeedbackShare()) + " · actions closed " + f.actionsClosed() + ", open "
        + f.actionsOpen() + " (" + f.actionsPastDue() + " past their deadline) · cases of concern opened "
        + f.concernsOpened() + ", closed " + f.concernsClosed();
  }
}
