package org.newsgraph.core;

/** What a batch does when one document fails. */
public enum ErrorPolicy {
  /** Record the document, stage and message, and go on with the rest (batch, server, Spark). */
  SKIP_AND_RECORD,
  /** Throw at once (tests and single-document commands). */
  FAIL_FAST
}
