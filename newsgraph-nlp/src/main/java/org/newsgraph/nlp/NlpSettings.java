package org.newsgraph.nlp;

/**
 * What the NLP stage runs. The defaults are chosen by measurement (see FACTS.md and docs/BENCHMARKS.md): the
 * CoNLL 4-class CRF alone instead of CoreNLP's three stacked CRFs, no fine-grained/KBP rules, no SUTime (our own
 * time tagger runs later) and no numeric classifiers; the dependency parser is kept because tense and actors
 * need it.
 *
 * @param dependencies run the neural dependency parser
 */
public record NlpSettings(boolean dependencies) {
  public static NlpSettings defaults() {
    return new NlpSettings(true);
  }
}
