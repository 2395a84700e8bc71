package org.newsgraph.app.http;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.newsgraph.app.json.Answers.ErrorAnswer;
import org.newsgraph.app.json.Json;

/**
 * The errors Jetty answers itself, before a request reaches the routes: a URI it refuses (an ambiguous or
 * traversing path: 400), a URI or headers too long (414, 431), a malformed request. They come back as the API's
 * JSON error, {@code {"error":{"status":…,"message":…}}}, like every other error, not as Jetty's HTML page.
 */
final class JsonErrorHandler extends ErrorHandler {
  private static final HttpField JSON = new HttpField(HttpHeader.CONTENT_TYPE, "application/json;charset=utf-8");

  /** The request could not even be parsed (414, 431, 400 for a bad request line). */
  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    fields.put(JSON);
    return ByteBuffer.wrap(body(status, reason));
  }

  /** Parsed, but refused by Jetty before any route (an ambiguous path, say), or an error with no handler. */
  @Override
  protected void generateAcceptableResponse(Request baseRequest, HttpServletRequest request,
      HttpServletResponse response, int code, String message) throws IOException {
    baseRequest.setHandled(true);
    response.setContentType("application/json;charset=utf-8");
    response.getOutputStream().write(body(code, message));
  }

  private static byte[] body(int status, String reason) {
    String message = reason == null || reason.isBlank() ? HttpStatus.getMessage(status) : reason;
    try {
      return Json.MAPPER.writeValueAsBytes(ErrorAnswer.of(status, message.strip(), null));
    } catch (IOException e) {
      return ("{\"error\":{\"status\":" + status + ",\"message\":\"bad request\"}}").getBytes(StandardCharsets.UTF_8);
    }
  }
}
