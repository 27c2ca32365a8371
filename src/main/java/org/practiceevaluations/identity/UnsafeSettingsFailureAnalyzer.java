package org.practiceevaluations.identity;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints the refusal of {@link ProductionSettingsCheck} as a plain reason and what to do, without a stack trace. */
public class UnsafeSettingsFailureAnalyzer
    extends AbstractFailureAnalyzer<ProductionSettingsCheck.UnsafeSettingsException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, ProductionSettingsCheck.UnsafeSettingsException cause) {
    return new FailureAnalysis(cause.getMessage(),
        "Set PE_DB_URL, PE_DB_USER, PE_DB_PASSWORD, PE_ADMIN_ID and PE_ADMIN_PASSWORD, and correct every other setting"
            + " named above (see README, Production).",
        cause);
  }
}
