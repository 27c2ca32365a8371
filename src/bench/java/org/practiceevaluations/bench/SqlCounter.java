package org.practiceevaluations.bench;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * Counts the SQL statements that reach the database through a {@link DataSource}, by kind and table: every
 * execution and every statement added to a JDBC batch counts once. A JDBC proxy (no agent, no extension of the
 * database), so it works the same on H2 and on PostgreSQL, where {@code pg_stat_statements} is not available in
 * the embedded server. Its overhead is a map update per statement, the same for the product and the bare engine.
 */
public final class SqlCounter {

  private static final Pattern TABLE = Pattern.compile(
      "^\\s*(?:select\\b.*?\\bfrom|insert\\s+into|update|delete\\s+from|delete)\\s+([a-z0-9_.\"]+)",
      Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

  private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();
  /** SQL text to its key: statements repeat, so each text is looked at once. */
  private final Map<String, LongAdder> bySql = new ConcurrentHashMap<>();
  private final LongAdder commits = new LongAdder();
  /** Which database's statements these are (the product's or the bare engine's): commit origins are told apart by it. */
  private final String name;

  public SqlCounter(String name) {
    this.name = name;
  }

  /** Wraps a data source; statements on its connections are counted here. */
  public DataSource wrap(DataSource target) {
    return (DataSource) Proxy.newProxyInstance(SqlCounter.class.getClassLoader(), new Class<?>[] {DataSource.class},
        (proxy, method, args) -> {
          Object result = invoke(target, method, args);
          return result instanceof Connection c ? connection(c) : result;
        });
  }

  /** -Dbench.commit-origins=true: where each commit comes from (the first product frame, or else the engine's). */
  static final boolean TRACE_COMMITS = Boolean.getBoolean("bench.commit-origins");
  static final java.util.Map<String, LongAdder> COMMIT_ORIGINS = new java.util.concurrent.ConcurrentHashMap<>();

  private static String origin() {
    StackTraceElement[] stack = new Throwable().getStackTrace();
    String entry = null;
    for (StackTraceElement e : stack) {
      String c = e.getClassName();
      String simple = c.substring(c.lastIndexOf('.') + 1);
      if (entry == null && c.startsWith("org.camunda.bpm.engine.impl.") && (simple.endsWith("ServiceImpl")
          || simple.startsWith("ExecuteJobs") || simple.contains("AcquireJobs"))) {
        entry = simple + "." + e.getMethodName();
      }
      // the product's command interceptors (plugins) wrap every command: look past them
      if (c.startsWith("org.practiceevaluations.") && !c.contains(".bench.SqlCounter") && !simple.contains("Plugin")) {
        return simple + "." + e.getMethodName() + (entry == null ? "" : " via " + entry);
      }
    }
    return entry == null ? "?" : entry;
  }

  private Connection connection(Connection target) {
    return (Connection) Proxy.newProxyInstance(SqlCounter.class.getClassLoader(), new Class<?>[] {Connection.class},
        (proxy, method, args) -> {
          Object result = invoke(target, method, args);
          if (method.getName().equals("commit")) {
            commits.increment();
            if (TRACE_COMMITS) {
              COMMIT_ORIGINS.computeIfAbsent(name + ": " + origin(), k -> new LongAdder()).increment();
            }
          }
          if (result instanceof Statement s) {
            String sql = args != null && args.length > 0 && args[0] instanceof String text ? text : null;
            return statement(s, sql);
          }
          return result;
        });
  }

  private Object statement(Statement target, String preparedSql) {
    Class<?>[] interfaces = target instanceof java.sql.CallableStatement
        ? new Class<?>[] {java.sql.CallableStatement.class}
        : target instanceof java.sql.PreparedStatement
            ? new Class<?>[] {java.sql.PreparedStatement.class} : new Class<?>[] {Statement.class};
    InvocationHandler handler = (proxy, method, args) -> {
      String name = method.getName();
      if (name.equals("addBatch") || name.startsWith("execute") && !name.equals("executeBatch")) {
        String sql = args != null && args.length > 0 && args[0] instanceof String text ? text : preparedSql;
        count(sql);
      }
      return invoke(target, method, args);
    };
    return Proxy.newProxyInstance(SqlCounter.class.getClassLoader(), interfaces, handler);
  }

  private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  private void count(String sql) {
    if (sql == null) {
      counts.computeIfAbsent(key(null), k -> new LongAdder()).increment();
      return;
    }
    bySql.computeIfAbsent(sql, text -> counts.computeIfAbsent(key(text), k -> new LongAdder())).increment();
  }

  /** "select ACT_RU_TASK", "insert PE_EVALUATION", ... */
  static String key(String sql) {
    if (sql == null) {
      return "other ?";
    }
    String trimmed = sql.strip();
    String kind = trimmed.isEmpty() ? "other" : trimmed.split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
    if (!kind.equals("select") && !kind.equals("insert") && !kind.equals("update") && !kind.equals("delete")) {
      return "other " + kind;
    }
    Matcher m = TABLE.matcher(trimmed);
    String table = m.find() ? m.group(1).replace("\"", "").toUpperCase(Locale.ROOT) : "?";
    if (table.startsWith("(")) {
      table = "(subquery)";
    }
    return kind + " " + table;
  }

  /** A copy of the counts so far. */
  public Snapshot snapshot() {
    Map<String, Long> copy = new TreeMap<>();
    counts.forEach((k, v) -> copy.put(k, v.sum()));
    return new Snapshot(copy, commits.sum());
  }

  /** Counts at one moment; {@link #minus} gives what happened in between. */
  public record Snapshot(Map<String, Long> byStatement, long commits) {

    public Snapshot minus(Snapshot earlier) {
      Map<String, Long> diff = new TreeMap<>();
      byStatement.forEach((k, v) -> {
        long d = v - earlier.byStatement.getOrDefault(k, 0L);
        if (d != 0) {
          diff.put(k, d);
        }
      });
      return new Snapshot(diff, commits - earlier.commits);
    }

    public long total() {
      return byStatement.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Statements on tables whose name starts with the prefix (ACT_ for the engine, PE_ for the application). */
    public long onTables(String prefix) {
      return byStatement.entrySet().stream().filter(e -> e.getKey().split(" ", 2)[1].startsWith(prefix))
          .mapToLong(Map.Entry::getValue).sum();
    }

    /** Statements of one kind (select, insert, update, delete). */
    public long ofKind(String kind) {
      return byStatement.entrySet().stream().filter(e -> e.getKey().startsWith(kind + " "))
          .mapToLong(Map.Entry::getValue).sum();
    }
  }
}
