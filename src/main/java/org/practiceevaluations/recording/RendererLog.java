package org.practiceevaluations.recording;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends openhtmltopdf's own log (by default java.util.logging on standard error, a dozen INFO lines per PDF) to
 * the application's log at DEBUG, under {@code com.openhtmltopdf}. DEBUG only: its messages can quote fragments of
 * the document, which holds personal data. A renderer failure still surfaces as an exception.
 */
final class RendererLog implements XRLogger {

  private static final Logger LOG = LoggerFactory.getLogger("com.openhtmltopdf");

  @Override
  public void log(String where, Level level, String message) {
    LOG.debug("{}: {}", where, message);
  }

  @Override
  public void log(String where, Level level, String message, Throwable th) {
    LOG.debug("{}: {}", where, message, th);
  }

  @Override
  public void setLevel(String logger, Level level) {
    // levels come from the application's logging configuration
  }

  @Override
  public boolean isLogLevelEnabled(Diagnostic diagnostic) {
    return LOG.isDebugEnabled();
  }
}
