package org.newsgraph.core;

/** A pipeline that cannot be built: a stage needs a facet that nothing before it provides. */
public final class PipelineException extends RuntimeException {
  public PipelineException(String message) {
    super(message);
  }
}
