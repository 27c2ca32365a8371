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
  /**
   * Each SQL text's key, worked out once (statements repeat): the pattern on every statement was a tenth of the job
   * executor's CPU time in figure 5 (a profile of the benchmark), more for the side with more statements, so it
   * skewed the ratios it measures. Texts beyond {@link #KNOWN_TEXTS} (lists of ids that vary) are keyed each time.
   */
  private final Map<String, String> keys = new ConcurrentHashMap<>();
  private static final int KNOWN_TEXTS = 20_000;
  /** Nanoseconds spent in the driver's execute calls, by the same key: where a slow figure's time goes. */
  private final Map<String, LongAdder> nanos = new ConcurrentHashMap<>();
  private final LongAdder commits = new LongAdder();
  /**
   * Commits of transactions that wrote (an insert, update, delete or other non-select statement since the last
   * commit or rollback on the connection). A transaction that only read commits too under Spring's transaction
   * manager (every command of a Spring-managed engine but its queries, ADR 0041), while a standalone engine's
   * MyBatis session skips the commit when nothing was written; on PostgreSQL such a commit writes nothing to the
   * log.
   */
  private final LongAdder writingCommits = new LongAdder();
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

  /**
   * -Dbench.statement-origins="select PE_EVALUATION": where each statement of that kind and table comes from (its
   * first four product frames, innermost first, past the memo and lambdas), printed after the table.
   */
  static final String TRACE_STATEMENT = System.getProperty("bench.statement-origins");
  static final java.util.Map<String, LongAdder> STATEMENT_ORIGINS = new java.util.concurrent.ConcurrentHashMap<>();

  private static String origin() {
    return origin(1);
  }

  private static String origin(int productFrames) {
    StackTraceElement[] stack = new Throwable().getStackTrace();
    String entry = null;
    java.util.List<String> product = new java.util.ArrayList<>();
    for (StackTraceElement e : stack) {
      String c = e.getClassName();
      String simple = c.substring(c.lastIndexOf('.') + 1);
      if (entry == null && c.startsWith("org.camunda.bpm.engine.impl.") && (simple.endsWith("ServiceImpl")
          || simple.startsWith("ExecuteJobs") || simple.contains("AcquireJobs"))) {
        entry = simple + "." + e.getMethodName();
      }
      // the product's command interceptors (plugins) wrap every command: look past them
      if (c.startsWith("org.practiceevaluations.") && !c.contains(".bench.SqlCounter") && !simple.contains("Plugin")
          && !simple.contains("$$") && !simple.equals("TransactionMemo") && !e.getMethodName().startsWith("lambda$")) {
        product.add(simple + "." + e.getMethodName());
        if (product.size() == productFrames) {
          break;
        }
      }
    }
    if (product.isEmpty()) {
      return entry == null ? "?" : entry;
    }
    return String.join(" < ", product) + (entry == null ? "" : " via " + entry);
  }

  private Connection connection(Connection target) {
    // whether the connection's current transaction has written: set by a statement, cleared by commit or rollback
    boolean[] wrote = {false};
    return (Connection) Proxy.newProxyInstance(SqlCounter.class.getClassLoader(), new Class<?>[] {Connection.class},
        (proxy, method, args) -> {
          Object result = invoke(target, method, args);
          if (method.getName().equals("setAutoCommit")
              || method.getName().equals("rollback") && (args == null || args.length == 0)) {
            wrote[0] = false;
          }
          if (method.getName().equals("commit")) {
            commits.increment();
            if (wrote[0]) {
              writingCommits.increment();
              wrote[0] = false;
            }
            if (TRACE_COMMITS) {
              COMMIT_ORIGINS.computeIfAbsent(name + ": " + origin(), k -> new LongAdder()).increment();
            }
          }
          if (result instanceof Statement s) {
            String sql = args != null && args.length > 0 && args[0] instanceof String text ? text : null;
            return statement(s, sql, wrote);
          }
          return result;
        });
  }

  private Object statement(Statement target, String preparedSql, boolean[] wrote) {
    Class<?>[] interfaces = target instanceof java.sql.CallableStatement
        ? new Class<?>[] {java.sql.CallableStatement.class}
        : target instanceof java.sql.PreparedStatement
            ? new Class<?>[] {java.sql.PreparedStatement.class} : new Class<?>[] {Statement.class};
    InvocationHandler handler = (proxy, method, args) -> {
      String name = method.getName();
      String sql = args != null && args.length > 0 && args[0] instanceof String text ? text : preparedSql;
      if (name.equals("addBatch") || name.startsWith("execute") && !name.equals("executeBatch")) {
        count(sql);
        if (sql == null || !keyOf(sql).startsWith("select ")) {
          wrote[0] = true;
        }
      }
      if (!name.startsWith("execute")) {
        return invoke(target, method, args);
      }
      long start = System.nanoTime();
      try {
        return invoke(target, method, args);
      } finally {
        nanos.computeIfAbsent(keyOf(sql), k -> new LongAdder()).add(System.nanoTime() - start);
      }
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
    if (TRACE_STATEMENT != null && sql != null && keyOf(sql).equals(TRACE_STATEMENT)) {
      STATEMENT_ORIGINS.computeIfAbsent(name + ": " + origin(4), k -> new LongAdder()).increment();
    }
    counts.computeIfAbsent(keyOf(sql), k -> new LongAdder()).increment();
  }

  /** {@link #key}, remembered per SQL text. */
  private String keyOf(String sql) {
    if (sql == null) {
      return key(null);
    }
    String known = keys.get(sql);
    if (known != null) {
      return known;
    }
    String key = key(sql);
    if (keys.size() < KNOWN_TEXTS) {
      keys.put(sql, key);
    }
    return key;
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
    Map<String, Long> time = new TreeMap<>();
    nanos.forEach((k, v) -> time.put(k, v.sum()));
    return new Snapshot(copy, commits.sum(), writingCommits.sum(), time);
  }

  /** Counts at one moment; {@link #minus} gives what happened in between. */
  public record Snapshot(Map<String, Long> byStatement, long commits, long writingCommits,
      Map<String, Long> nanosByStatement) {

    public Snapshot minus(Snapshot earlier) {
      Map<String, Long> diff = new TreeMap<>();
      byStatement.forEach((k, v) -> {
        long d = v - earlier.byStatement.getOrDefault(k, 0L);
        if (d != 0) {
          diff.put(k, d);
        }
      });
      Map<String, Long> time = new TreeMap<>();
      nanosByStatement.forEach((k, v) -> {
        long d = v - earlier.nanosByStatement.getOrDefault(k, 0L);
        if (d != 0) {
          time.put(k, d);
        }
      });
      return new Snapshot(diff, commits - earlier.commits, writingCommits - earlier.writingCommits, time);
    }

    /** The statements that took longest in all, "select PE_EVALUATION: 120 x, 35.2 ms", slowest first. */
    public String slowest(int howMany) {
      return nanosByStatement.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue(), a.getValue()))
          .limit(howMany).map(e -> String.format(Locale.ROOT, "%s: %d x, %.1f ms", e.getKey(),
              byStatement.getOrDefault(e.getKey(), 0L), e.getValue() / 1e6))
          .collect(java.util.stream.Collectors.joining("; "));
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
