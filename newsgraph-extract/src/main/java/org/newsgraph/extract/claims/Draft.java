package org.newsgraph.extract.claims;

import java.util.List;
import org.newsgraph.core.Span;
import org.newsgraph.core.Token;

/**
 * An attribution as the sentence rules find it, before its source is linked and its stance and date decided.
 *
 * @param tree         the sentence it was found in
 * @param cue          the cue span ("said", "has said", "according to", ":")
 * @param cueToken     the cue's main token (the verb; "according"; the colon)
 * @param source       the source span, or null
 * @param sourceHead   the head token of the source, or null
 * @param content      the content spans (one, or two around the cue), before quote balancing
 * @param contentHead  the main token of the content's clause, or null
 * @param channel      the channel span, or null
 */
record Draft(DependencyTree tree, Span cue, Token cueToken, Span source, Token sourceHead, List<Span> content,
    Token contentHead, Span channel) {
  Draft {
    content = List.copyOf(content);
  }
}
