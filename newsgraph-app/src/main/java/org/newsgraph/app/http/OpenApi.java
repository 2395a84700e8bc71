package org.newsgraph.app.http;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import org.newsgraph.app.json.Answers.ErrorAnswer;
import org.newsgraph.app.json.JsonSchemas;

/**
 * The OpenAPI 3.0 description of the API ({@code GET /api/openapi.json}), made from the route table: paths and
 * parameters from {@link Route}, answer schemas from the answer records ({@link JsonSchemas}).
 */
final class OpenApi {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final String SCHEMAS = "#/components/schemas/";

  private OpenApi() {}

  static ObjectNode document(List<Route> routes, String version) {
    JsonSchemas schemas = new JsonSchemas(SCHEMAS);
    ObjectNode doc = NODES.objectNode().put("openapi", "3.0.3");
    doc.putObject("info").put("title", "newsgraph API").put("version", version)
        .put("description", "Who did what to whom, where and when, and who says so: the articles, entities, times,"
            + " claims and events of a newsgraph store. Field names are snake_case; dates are ISO 8601; offsets"
            + " (begin, end) are character positions into an article's text, end exclusive. Every error is"
            + " {\"error\":{\"status\":…,\"message\":…}}; a 500 also carries the id under which it is logged.");
    ObjectNode paths = doc.putObject("paths");
    for (Route r : routes) {
      ObjectNode path = paths.has(r.path()) ? (ObjectNode) paths.get(r.path()) : paths.putObject(r.path());
      path.set(r.method().name().toLowerCase(Locale.ROOT), operation(r, schemas));
    }
    ObjectNode components = doc.putObject("components");
    ObjectNode named = components.putObject("schemas");
    schemas.components().forEach(named::set);
    return doc;
  }

  private static ObjectNode operation(Route r, JsonSchemas schemas) {
    ObjectNode op = NODES.objectNode().put("summary", r.summary())
        .put("operationId", r.method().name().toLowerCase(Locale.ROOT) + r.path().replaceAll("[^A-Za-z0-9]+", "_"));
    if (!r.params().isEmpty()) {
      var params = op.putArray("parameters");
      for (Param p : r.params()) {
        ObjectNode schema = switch (p.type()) {
          case STRING -> NODES.objectNode().put("type", "string");
          case INTEGER -> NODES.objectNode().put("type", "integer").put("default", p.dflt()).put("minimum", p.min())
              .put("maximum", p.max());
          case DATE -> NODES.objectNode().put("type", "string").put("format", "date");
          case FRACTION -> NODES.objectNode().put("type", "number").put("minimum", p.min()).put("maximum", p.max());
        };
        params.addObject().put("name", p.name()).put("in", p.where().name().toLowerCase(Locale.ROOT))
            .put("required", p.required()).put("description", p.description()).put("example", p.example())
            .set("schema", schema);
      }
    }
    if (r.textBody()) {
      ObjectNode body = op.putObject("requestBody").put("required", true)
          .put("description", "The article: headline on the first line, then the text (a page dump as the"
              + " command line reads it)");
      body.putObject("content").putObject("text/plain").putObject("schema").put("type", "string");
    }
    if (r.jsonBody() != null) {
      op.putObject("requestBody").put("required", true).putObject("content").putObject("application/json")
          .set("schema", schemas.schemaOf(r.jsonBody()));
    }
    ObjectNode responses = op.putObject("responses");
    for (int status : r.ok()) {
      if (r.answer() == AtomFeed.class) {
        ObjectNode ok = responses.putObject(String.valueOf(status)).put("description", r.summary());
        ok.putObject("content").putObject(AtomFeed.MEDIA_TYPE).putObject("schema").put("type", "string");
        continue;
      }
      ObjectNode ok = response(r.summary(), schemas.schemaOf(r.answer()));
      if (r.csv() != null) {
        ((ObjectNode) ok.get("content")).putObject("text/csv").putObject("schema").put("type", "string")
            .put("description", "with format=csv; columns: " + String.join(",", r.csv().header()));
      }
      responses.set(String.valueOf(status), ok);
    }
    for (int status : r.errors()) {
      responses.set(String.valueOf(status), response(reason(status), schemas.schemaOf(ErrorAnswer.class)));
    }
    return op;
  }

  private static ObjectNode response(String description, ObjectNode schema) {
    ObjectNode resp = NODES.objectNode().put("description", description);
    resp.putObject("content").putObject("application/json").set("schema", schema);
    return resp;
  }

  /** What an error status means in this API. */
  static String reason(int status) {
    return switch (status) {
      case 400 -> "Bad request: a parameter or the body is missing or malformed";
      case 401 -> "No write token was sent";
      case 403 -> "Writes are off on this server, or the write token is wrong";
      case 404 -> "No such article, entity, story, watchlist or endpoint";
      case 413 -> "The request body is over the server's limit";
      case 422 -> "The body holds no article";
      case 500 -> "Internal error; the answer carries the id under which it is logged";
      case 503 -> "The store is unavailable (closed, an I/O error, a full disk); try again later";
      default -> "Error " + status;
    };
  }
}
