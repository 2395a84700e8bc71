package org.newsgraph.app.http;

import io.javalin.http.HandlerType;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * One route of the API, as the one table ({@link ApiRoutes}) lists it: the server registers its handler from it and
 * the OpenAPI document describes it from it, so the two cannot drift apart.
 *
 * @param answer      the record type of a successful answer (the same for every status in {@code ok})
 * @param ok          the statuses of a successful answer
 * @param errors      the error statuses it can answer with, each with an {@code ErrorAnswer}
 * @param textBody    whether it reads a plain-text request body
 * @param csv         how its answer's list is written for {@code ?format=csv}, or null when it has no CSV form
 * @param jsonBody    the record type of the JSON request body it reads, or null when it reads none
 */
record Route(HandlerType method, String path, String summary, List<Param> params, boolean textBody,
    Class<?> answer, List<Integer> ok, List<Integer> errors, Handler handler, CsvAnswer csv, Class<?> jsonBody) {

  /** Answers one request with a value of the route's answer type; throws {@link ApiException} for errors. */
  @FunctionalInterface
  interface Handler {
    Object answer(Request request) throws Exception;
  }

  Route {
    params = List.copyOf(params);
    ok = List.copyOf(ok);
    errors = List.copyOf(new TreeSet<>(errors));
  }

  /** The declared parameter called {@code name}; a route reads only what it declares. */
  Param param(String name) {
    for (Param p : params) {
      if (p.name().equals(name)) {
        return p;
      }
    }
    throw new IllegalStateException(method + " " + path + " reads parameter '" + name + "' it does not declare");
  }

  static Builder get(String path, String summary, Class<?> answer) {
    return new Builder(HandlerType.GET, path, summary, answer);
  }

  static Builder post(String path, String summary, Class<?> answer) {
    return new Builder(HandlerType.POST, path, summary, answer);
  }

  static Builder delete(String path, String summary, Class<?> answer) {
    return new Builder(HandlerType.DELETE, path, summary, answer);
  }

  /** Builds a route: {@code Route.get(path, summary, Answer.class).params(…).errors(400, 404).handle(r -> …)}. */
  static final class Builder {
    private final HandlerType method;
    private final String path;
    private final String summary;
    private final Class<?> answer;
    private final List<Param> params = new ArrayList<>();
    private final List<Integer> ok = new ArrayList<>(List.of(200));
    /** Every route may fail unexpectedly. */
    private final List<Integer> errors = new ArrayList<>(List.of(500));
    private boolean textBody;
    private CsvAnswer csv;
    private Class<?> jsonBody;

    private Builder(HandlerType method, String path, String summary, Class<?> answer) {
      this.method = method;
      this.path = path;
      this.summary = summary;
      this.answer = answer;
    }

    Builder params(Param... ps) {
      params.addAll(List.of(ps));
      return this;
    }

    Builder ok(Integer... statuses) {
      ok.clear();
      ok.addAll(List.of(statuses));
      return this;
    }

    Builder errors(Integer... statuses) {
      errors.addAll(List.of(statuses));
      return this;
    }

    /** It reads the request body as text; a body over the server's limit gets 413. */
    Builder textBody() {
      textBody = true;
      errors.add(413);
      return this;
    }

    /** It reads a JSON body, a record of {@code type}; a malformed one gets 400, one over the server's limit 413. */
    Builder jsonBody(Class<?> type) {
      jsonBody = type;
      errors.add(400);
      errors.add(413);
      return this;
    }

    /** It also answers {@code ?format=csv}: the {@code rows} of its answer, items of {@code rowType}. */
    <A> Builder csv(String filename, Class<A> answerType, Class<?> rowType,
        java.util.function.Function<A, List<?>> rows) {
      csv = new CsvAnswer(filename, rowType, a -> rows.apply(answerType.cast(a)));
      params.add(Param.text("format", "json (the default), or csv: the list as a CSV download (" + filename
          + "), one column per field, nested fields named by their path", "csv"));
      return this;
    }

    Route handle(Handler handler) {
      return new Route(method, path, summary, params, textBody, answer, ok, errors, handler, csv, jsonBody);
    }
  }
}
