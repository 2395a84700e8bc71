package org.newsgraph.extract.time.resolution;

/**
 * A resolved date that later relative expressions may lean on ("a day later", "the previous Friday"): the
 * {@code date} resolved, the sentence it is in, whether it stands on its own ({@code absolute}: a year is written
 * out), where its expression ends, and whether the text brought it in with "a"/"an" ({@code indefinite}: "after a
 * flat second quarter"), as background rather than as the subject.
 */
public record Focus(TimexValue date, int sentence, boolean absolute, int end, boolean indefinite) {}
