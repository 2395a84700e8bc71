package org.newsgraph.store.internal;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The prepared statements of one read connection, kept by their SQL for the next request. DuckDB parses, binds and
 * plans a statement when it is prepared, and that was a quarter of the reads' time in DuckDB (JFR, {@code bench
 * store} at 10k): each read prepared its few statements anew on every request. The statement handed out is closed by
 * its caller as before; closing it clears its parameters and leaves it here. A statement still in use (the same SQL
 * prepared again before the first is closed) gets one of its own, closed for real. Not thread-safe: one connection,
 * one thread at a time ({@link ReadConnections}).
 */
final class StatementCache {
  /** Statements kept per connection: more than the reads' distinct SQL, the least recently used go first. */
  static final int MAX = 96;

  private final Connection conn;
  private final LinkedHashMap<String, PreparedStatement> kept = new LinkedHashMap<>(16, 0.75f, true);
  private final Set<PreparedStatement> inUse = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

  StatementCache(Connection conn) {
    this.conn = conn;
  }

  PreparedStatement prepare(String sql) throws SQLException {
    PreparedStatement p = kept.get(sql);
    if (p != null && inUse.contains(p)) {
      return conn.prepareStatement(sql);
    }
    if (p == null) {
      p = conn.prepareStatement(sql);
      kept.put(sql, p);
      evict();
    }
    inUse.add(p);
    return lent(p);
  }

  private void evict() {
    Iterator<Map.Entry<String, PreparedStatement>> it = kept.entrySet().iterator();
    while (kept.size() > MAX && it.hasNext()) {
      PreparedStatement oldest = it.next().getValue();
      if (!inUse.contains(oldest)) {
        it.remove();
        closeQuietly(oldest);
      }
    }
  }

  /** The statement as its caller sees it: closing it gives it back. */
  private PreparedStatement lent(PreparedStatement p) {
    return (PreparedStatement) Proxy.newProxyInstance(PreparedStatement.class.getClassLoader(),
        new Class<?>[] {PreparedStatement.class}, (proxy, method, args) -> {
          switch (method.getName()) {
            case "close" -> {
              if (inUse.remove(p)) {
                try {
                  p.clearParameters();
                } catch (SQLException e) {
                  kept.values().remove(p);
                  closeQuietly(p);
                }
              }
              return null;
            }
            case "isClosed" -> {
              return !inUse.contains(p) || p.isClosed();
            }
            case "equals" -> {
              return proxy == args[0];
            }
            case "hashCode" -> {
              return System.identityHashCode(proxy);
            }
            default -> {
              try {
                return method.invoke(p, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            }
          }
        });
  }

  /** Closes every kept statement (the connection is closing). */
  void close() {
    kept.values().forEach(StatementCache::closeQuietly);
    kept.clear();
    inUse.clear();
  }

  private static void closeQuietly(PreparedStatement p) {
    try {
      p.close();
    } catch (SQLException e) {
      // the connection is going away or the statement is broken: nothing more to do
    }
  }
}
