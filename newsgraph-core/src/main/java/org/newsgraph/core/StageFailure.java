package org.newsgraph.core;

/** A stage failed on one document; carries which stage and which document, for the error record. */
public final class StageFailure extends RuntimeException {
  private final String stageId;
  private final String source;

  public StageFailure(String stageId, String source, Throwable cause) {
    super(stageId + " failed on " + source + ": " + describe(cause), cause);
    this.stageId = stageId;
    this.source = source;
  }

  public String stageId() {
    return stageId;
  }

  public String source() {
    return source;
  }

  static String describe(Throwable t) {
    String m = t.getMessage();
    return m == null || m.isBlank() ? t.getClass().getSimpleName() : m;
  }
}
