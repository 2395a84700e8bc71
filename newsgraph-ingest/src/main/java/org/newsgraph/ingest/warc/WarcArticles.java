package org.newsgraph.ingest.warc;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.newsgraph.ingest.ArticleSink;
import org.newsgraph.ingest.ReadOptions;
import org.newsgraph.ingest.ReadResult;
import org.newsgraph.ingest.html.HtmlPages;

/**
 * Web archives (WARC 1.0/1.1, plain or gzipped per record, as Common Crawl News ships them; jwarc reads them).
 * Every {@code response} record with status 200 and an HTML payload becomes an article whose source is the
 * record's target URI and whose fallback date is the capture date; the HTTP header's charset takes part in
 * decoding. A damaged or truncated archive gives one line naming the file, the record number and the reason, and
 * the records before it are kept.
 */
public final class WarcArticles {
  private WarcArticles() {}

  /** What one archive gave: records seen, HTML responses turned into pages. */
  public record Stats(int records, int htmlResponses) {}

  public static Stats read(Path file, ArticleSink sink) {
    return read(file, ReadOptions.defaults(), sink);
  }

  /** Reads the archive; HTML payloads over {@code options}' page limit are refused one record at a time. */
  public static Stats read(Path file, ReadOptions options, ArticleSink sink) {
    int records = 0;
    int html = 0;
    String name = file.toString();
    try (WarcReader reader = new WarcReader(new ProgressingChannel(FileChannel.open(file)))) {
      reader.onWarning(w -> { });
      while (true) {
        Optional<WarcRecord> next;
        try {
          next = reader.next();
        } catch (IOException | RuntimeException e) {
          sink.problem(new ReadResult.Problem(name, "archive damaged or truncated after record " + records
              + " (" + reason(e) + "); the records before it were read"));
          break;
        }
        if (next.isEmpty()) {
          break;
        }
        records++;
        if (!(next.get() instanceof WarcResponse r)) {
          continue;
        }
        String target = r.target();
        String where = name + " record " + records + (target == null ? "" : " (" + target + ")");
        try {
          HttpResponse http = r.http();
          MediaType type = http.contentType();
          String base = type == null ? "" : type.base().toString().toLowerCase(Locale.ROOT);
          if (http.status() != 200 || !(base.equals("text/html") || base.equals("application/xhtml+xml"))) {
            continue;
          }
          html++;
          byte[] body;
          try (InputStream in = http.body().stream()) {
            body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, options.maxPageBytes() + 1));
          }
          String charset = type.parameters().get("charset");
          LocalDate date = r.date() == null ? null : r.date().atZone(ZoneOffset.UTC).toLocalDate();
          HtmlPages.read(body, charset, where, target, date, options, sink);
        } catch (IOException | RuntimeException e) {
          sink.problem(new ReadResult.Problem(where, "cannot read the HTTP response: " + reason(e)));
        }
      }
    } catch (IOException | RuntimeException e) {
      sink.problem(new ReadResult.Problem(name, "cannot read the archive: " + reason(e)));
    }
    return new Stats(records, html);
  }

  private static String reason(Throwable e) {
    String m = e.getMessage();
    return (m == null ? e.getClass().getSimpleName() : m).lines().findFirst().orElse("");
  }
}
