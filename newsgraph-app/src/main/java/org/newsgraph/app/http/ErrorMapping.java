package org.newsgraph.app.http;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.newsgraph.app.json.Answers.ErrorAnswer;
import org.newsgraph.store.StoreException;

/**
 * The one place where failures become HTTP answers, by their cause: the caller's mistakes are 4xx with a message
 * that says what to fix; a store that cannot be used now is 503; anything else is 500 with a fresh id, logged with
 * its stack trace under that id, while the client sees only {@code "internal error"} and the id.
 */
final class ErrorMapping {
  /** Set on a request whose error answer is written, so that Javalin's own 404 handler leaves it alone. */
  static final String WRITTEN = "newsgraph.error";
  private static final SecureRandom RANDOM = new SecureRandom();
  private final System.Logger log;

  ErrorMapping(System.Logger log) {
    this.log = log;
  }

  /** Answers a request whose handler threw {@code e}. */
  void answer(Exception e, Context ctx) {
    if (e instanceof ApiException a) {
      write(ctx, a.status(), a.getMessage(), null);
    } else if (e instanceof StoreException s && s.kind() != StoreException.Kind.FAILED) {
      write(ctx, s.kind() == StoreException.Kind.INVALID_REQUEST ? 400 : 503, s.getMessage(), null);
      if (s.kind() == StoreException.Kind.UNAVAILABLE) {
        log.log(System.Logger.Level.WARNING, "store unavailable on " + ctx.method() + " " + ctx.path() + ": "
            + s.getMessage(), s);
      }
    } else if (e instanceof HttpResponseException h && h.getStatus() < 500) {
      write(ctx, h.getStatus(), h.getMessage(), null);
    } else {
      String id = HexFormat.of().toHexDigits(RANDOM.nextInt());
      log.log(System.Logger.Level.ERROR, "internal error " + id + " on " + ctx.method() + " " + ctx.path(), e);
      write(ctx, 500, "internal error", id);
    }
  }

  static void write(Context ctx, int status, String message, String id) {
    ctx.attribute(WRITTEN, Boolean.TRUE);
    if (status == 429 || status == 503) {
      ctx.header("Retry-After", "5"); // busy or stopped for now: a client may try again shortly
    }
    ctx.status(HttpStatus.forStatus(status));
    ctx.json(ErrorAnswer.of(status, message, id));
  }
}
