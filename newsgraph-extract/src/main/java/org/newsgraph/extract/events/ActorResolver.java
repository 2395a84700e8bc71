package org.newsgraph.extract.events;

import java.util.Optional;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Sentence;
import org.newsgraph.core.Token;

/**
 * Resolves a participant the event rules cannot link by themselves (a pronoun such as "we", "they", "he", or a
 * description such as "the company", "the ministry") to the entity it refers to, from the rest of the document.
 * This is where a within-document coreference plugs in: the event stage asks it first for every pronoun or unlinked
 * description that fills an actor or recipient, and falls back to its own nearby-antecedent rules (the speaker for
 * "it said it…", the last person named for "he") when it answers nothing. The default answers nothing.
 */
@FunctionalInterface
public interface ActorResolver {
  /** The resolver that knows nothing: the stage's own rules decide. */
  ActorResolver NONE = (a, s, head) -> Optional.empty();

  /**
   * The canonical entity id {@code head} refers to, or empty when unknown.
   *
   * @param a    the article, with its mentions and entities
   * @param s    the sentence holding the participant
   * @param head the participant's head word (a pronoun, or the noun of a description)
   */
  Optional<String> resolve(AnalyzedArticle a, Sentence s, Token head);
}
