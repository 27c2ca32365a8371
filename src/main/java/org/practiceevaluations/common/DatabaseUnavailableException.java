package org.practiceevaluations.common;

import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.camunda.bpm.engine.rest.exception.RestException;

/**
 * The database cannot be reached (the server is down, the network to it is cut, the pool could not get a connection
 * in time). Every door into the application answers it the same way: HTTP 503 with {@link #MESSAGE}, which
 * Tasklist shows to the person. It is a {@link RestException} so that the engine REST API, which Tasklist and
 * Cockpit use, answers it with 503 and this message instead of a 500 naming a transaction class.
 */
public class DatabaseUnavailableException extends RestException {

  private static final long serialVersionUID = 1L;

  public static final String MESSAGE =
      "The database cannot be reached just now. Nothing was changed; please try again in a minute.";

  /** HikariCP's message for a connection that has gone (it sets no SQL state). */
  private static final String CLOSED_CONNECTION = "Connection is closed";

  public DatabaseUnavailableException(Exception cause) {
    super(Response.Status.SERVICE_UNAVAILABLE, cause, MESSAGE);
  }

  /**
   * Whether this failure comes from the database being unreachable: a connection-class SQL state (08...), the
   * pool's time-out, Spring's and Hibernate's names for the same, or a transaction that could not even be rolled
   * back because its connection had gone (the pool's "Connection is closed").
   */
  public static boolean causedBy(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof DatabaseUnavailableException || t instanceof SQLTransientConnectionException
          || t instanceof org.springframework.jdbc.CannotGetJdbcConnectionException
          || t instanceof org.hibernate.exception.JDBCConnectionException) {
        return true;
      }
      if (t instanceof SQLException sql && (sql.getSQLState() != null && sql.getSQLState().startsWith("08")
          || CLOSED_CONNECTION.equals(sql.getMessage()))) {
        return true;
      }
      if (t instanceof org.hibernate.TransactionException && t.getMessage() != null
          && t.getMessage().startsWith("Unable to rollback")) {
        return true;
      }
    }
    return false;
  }
}
