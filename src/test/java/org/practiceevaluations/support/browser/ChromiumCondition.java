package org.practiceevaluations.support.browser;

import java.util.Optional;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Skips a {@link RequiresChromium} test where no browser is installed, and says how to install one. */
public class ChromiumCondition implements ExecutionCondition {

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    Optional<String> why = Browser.whyUnavailable();
    if (why.isEmpty()) {
      return ConditionEvaluationResult.enabled("Chromium and chromedriver are installed");
    }
    if (Browser.required()) {
      return ConditionEvaluationResult.enabled(Browser.REQUIRED_VARIABLE + " is set, so the test runs and fails: "
          + why.get());
    }
    String reason = "Browser test skipped: " + why.get() + ". Install them with: " + Browser.INSTALL_HINT;
    if (context.getTestMethod().isEmpty()) {
      // Maven prints skipped tests without their reason: say it once per class where people look.
      System.out.println("[WARNING] " + context.getDisplayName() + ": " + reason);
    }
    return ConditionEvaluationResult.disabled(reason);
  }
}
