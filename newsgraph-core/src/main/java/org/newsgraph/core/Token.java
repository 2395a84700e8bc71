package org.newsgraph.core;

/**
 * One token of a sentence, as the NLP stage produced it.
 *
 * @param index   0-based position in its sentence
 * @param span    characters in the article text
 * @param word    the token text as it appears (after the tokenizer's normalisation of quotes, if any)
 * @param pos     Penn Treebank part of speech ("NNP", "VBD")
 * @param lemma   lemma, lower-case for common words
 * @param ner     CoNLL-style coarse NER tag: PERSON, LOCATION, ORGANIZATION, MISC, or "O"
 * @param head    0-based index of the dependency head in the same sentence, or -1 for the root
 * @param deprel  Universal Dependencies relation to the head ("nsubj", "obl", "root")
 */
public record Token(int index, Span span, String word, String pos, String lemma, String ner, int head,
    String deprel) {

  public boolean isVerb() {
    return pos.startsWith("VB");
  }

  public boolean isProperNoun() {
    return pos.startsWith("NNP");
  }
}
