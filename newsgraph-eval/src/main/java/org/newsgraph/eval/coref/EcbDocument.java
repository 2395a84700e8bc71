package org.newsgraph.eval.coref;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.core.Article;
import org.newsgraph.core.Span;

/**
 * One ECB+ document as the evaluations read it.
 *
 * @param name       file name ("1_10ecbplus.xml")
 * @param topic      its topic number
 * @param subtopic   {@code topic + "ecb"} or {@code topic + "ecbplus"}: the documents about one event
 * @param article    its token text: sentences one per line, tokens separated by spaces; the source URL the ecbplus
 *                   files carry as sentence 0 is left out (page furniture, not the report)
 * @param tokens     token id → characters of {@code article}'s text (tokens left out have none)
 * @param sentences  token id → its ECB+ sentence number
 * @param validated  the sentence numbers the corpus validated (only their mentions are scored)
 * @param events     the gold event mentions (ACTION_*, NEG_ACTION_*), with their gold cluster
 */
public record EcbDocument(String name, int topic, String subtopic, Article article, Map<Integer, Span> tokens,
    Map<Integer, Integer> sentences, Set<Integer> validated, List<GoldMention> events) {

  /**
   * A gold event mention.
   *
   * @param tokens   its token ids, in order
   * @param tag      the markable's tag ("ACTION_OCCURRENCE")
   * @param cluster  its gold cluster: the cross-document instance, else a within-document chain, else itself
   */
  public record GoldMention(List<Integer> tokens, String tag, String cluster) {}

  /** Whether the mention lies in a validated sentence. */
  public boolean scored(GoldMention m) {
    Integer s = sentences.get(m.tokens().get(0));
    return s != null && validated.contains(s);
  }
}
