package org.newsgraph.eval.harness;

/**
 * One thing a gold data set scores: its name (a file, a record id), what the system reads, and the right answer.
 *
 * @param name  how messages and error lines name it
 * @param input what the system under test is given
 * @param gold  the annotation it is scored against
 */
public record GoldItem<I, G>(String name, I input, G gold) {}
