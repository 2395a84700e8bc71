package org.newsgraph.store.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.Locale;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.store.AlreadyClosedException;
import org.newsgraph.store.StoreException;

/**
 * Which {@link StoreException.Kind} a failure of DuckDB, Lucene or the file system is. DuckDB reports engine errors
 * as plain {@link SQLException}s whose message starts with the error's class ("IO Error: …", "Out of Memory
 * Error: …"), and connection errors with an SQL state of class 08; this is the one place that reads them.
 */
public final class Failures {
  /** DuckDB error classes that mean the database cannot be used now, not that the statement was wrong. */
  private static final String[] UNAVAILABLE_CLASSES = {"io error", "out of memory error", "interrupt error",
      "connection error", "fatal error", "permission error"};

  private Failures() {}

  /** A store failure of the kind its cause shows: an I/O error, say, makes the store unavailable. */
  public static StoreException wrap(String message, Throwable cause) {
    return new StoreException(kindOf(cause), message, cause);
  }

  public static StoreException.Kind kindOf(Throwable cause) {
    for (Throwable t = cause; t != null; t = t.getCause() == t ? null : t.getCause()) {
      StoreException.Kind k = direct(t);
      if (k != null) {
        return k;
      }
    }
    return StoreException.Kind.FAILED;
  }

  /** The kind {@code t} itself shows, or null when only its cause can tell. */
  private static StoreException.Kind direct(Throwable t) {
    if (t instanceof StoreException se) {
      return se.kind();
    }
    if (t instanceof CorruptIndexException || t instanceof IndexFormatTooOldException
        || t instanceof IndexFormatTooNewException) {
      return StoreException.Kind.FAILED; // damaged or foreign data: waiting does not help
    }
    if (t instanceof IOException || t instanceof AlreadyClosedException || t instanceof InterruptedException
        || t instanceof OutOfMemoryError) {
      return StoreException.Kind.UNAVAILABLE;
    }
    if (t instanceof SQLException e) {
      return unavailable(e) ? StoreException.Kind.UNAVAILABLE : StoreException.Kind.FAILED;
    }
    if (t instanceof UncheckedIOException) {
      return StoreException.Kind.UNAVAILABLE;
    }
    return null;
  }

  private static boolean unavailable(SQLException e) {
    if (e.getSQLState() != null && e.getSQLState().startsWith("08")) {
      return true; // connection exception: "Connection was closed"
    }
    String first = Database.firstLine(e).toLowerCase(Locale.ROOT);
    for (String c : UNAVAILABLE_CLASSES) {
      if (first.startsWith(c)) {
        return true;
      }
    }
    return first.endsWith(" was closed") || first.contains("database has been invalidated");
  }
}
