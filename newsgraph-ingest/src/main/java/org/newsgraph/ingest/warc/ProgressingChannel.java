package org.newsgraph.ingest.warc;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;

/**
 * A channel that fails when its reader stops making progress. jwarc 0.32, skipping the blank lines after a record
 * whose trailer is invalid, reads at the end of the file and then takes the stale bytes left in its buffer for
 * more blank lines, for ever (found by {@code ReaderFuzzTest}: a WARC whose record holds tens of thousands of blank
 * lines, cut short). A reader that is done asks for the end of the file once or twice, so many reads in a row that
 * give no bytes mean a loop, and the archive is reported as damaged instead.
 */
final class ProgressingChannel implements ReadableByteChannel {
  /** Reads in a row that give no bytes (the end of the file, or nothing) taken for a loop. */
  static final int MAX_EMPTY_READS = 10_000;
  private final ReadableByteChannel in;
  private int empty;

  ProgressingChannel(ReadableByteChannel in) {
    this.in = in;
  }

  @Override
  public int read(ByteBuffer dst) throws IOException {
    int n = in.read(dst);
    if (n > 0) {
      empty = 0;
    } else if (++empty > MAX_EMPTY_READS) {
      throw new IOException("the archive reader stopped making progress (a record cut short?)");
    }
    return n;
  }

  @Override
  public boolean isOpen() {
    return in.isOpen();
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
