package org.practiceevaluations.engine;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.practiceevaluations.forms.AnswersRejected;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Keeps what people typed out of the log when a form is refused. The engine logs every failed command at ERROR
 * ("ENGINE-16004 Exception while closing command context: ..."), and a refused form's message repeats the answers
 * it refuses ("the overall grade 'brilliant' is not a grade", "There is no user ... to be the auditor"), which may
 * be anything a person typed about a child. The person is told in the 400 answer and nothing was changed, so there
 * is nothing for an operator to act on: these entries, and only these, are dropped. Every other failure is logged
 * as before.
 */
@Component
public class RefusedInputLogFilter extends TurboFilter implements InitializingBean {

  /** The engine's logger of failed commands. */
  static final String ENGINE_COMMAND_LOGGER = "org.camunda.bpm.engine.context";

  /**
   * Adds the filter to Logback, once per logging context (Spring Boot resets the context, and with it its filters,
   * whenever it initialises logging, so each application context adds it again).
   */
  @Override
  public void afterPropertiesSet() {
    if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context
        && context.getTurboFilterList().stream().noneMatch(RefusedInputLogFilter.class::isInstance)) {
      setName("refused-input");
      start();
      context.addTurboFilter(this);
    }
  }

  @Override
  public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params,
      Throwable t) {
    if (logger == null || !ENGINE_COMMAND_LOGGER.equals(logger.getName())) {
      return FilterReply.NEUTRAL;
    }
    // The engine's loggers pass the exception as the last parameter, not as the throwable
    Throwable thrown = t != null ? t
        : params != null && params.length > 0 && params[params.length - 1] instanceof Throwable last ? last : null;
    return isRefusedInput(thrown) ? FilterReply.DENY : FilterReply.NEUTRAL;
  }

  static boolean isRefusedInput(Throwable thrown) {
    for (Throwable cause = thrown; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause instanceof FormFieldValidationException || cause instanceof AnswersRejected) {
        return true;
      }
    }
    return false;
  }
}
