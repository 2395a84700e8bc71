package org.newsgraph.eval.precision;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * One labelled article: which document, which split, the hash of the text its offsets point into, and every claim
 * and political event in it (an empty list says there is none).
 *
 * @param doc        the document under the corpora folder: {@code bbc-news/politics/402.txt} or
 *                   {@code reuters-21578/reut2-007.sgm#NEWID=7958}
 * @param split      {@code dev} or {@code test}
 * @param textSha256 SHA-256 of the text the reader made when the gold was written
 * @param textLength its length in characters
 * @param claims     every attribution
 * @param events     every political event
 */
public record GoldArticle(String doc, String split, String textSha256, int textLength, List<GoldClaim> claims,
    List<GoldEvent> events) {
  public GoldArticle {
    claims = List.copyOf(claims);
    events = List.copyOf(events);
  }

  /** This article with every span passed through {@code move} (for re-anchoring). */
  GoldArticle withSpans(UnaryOperator<GoldSpan> move) {
    List<GoldClaim> c = claims.stream().map(x -> new GoldClaim(x.id(), map(x.source(), move), x.sourceEntity(),
        x.sourceAlso(), map(x.sourceRefersTo(), move), move.apply(x.cue()),
        x.content().stream().map(move).toList(), x.note())).toList();
    List<GoldEvent> e = events.stream().map(x -> new GoldEvent(x.id(), x.type(), x.typeAlso(), x.mode(),
        move.apply(x.trigger()), args(x.actors(), move), args(x.recipients(), move), x.modality(), x.note()))
        .toList();
    return new GoldArticle(doc, split, textSha256, textLength, c, e);
  }

  private static List<GoldArgument> args(List<GoldArgument> in, UnaryOperator<GoldSpan> move) {
    return in.stream().map(a -> new GoldArgument(a.entity(), a.also(), a.implicit(), map(a.span(), move))).toList();
  }

  private static GoldSpan map(GoldSpan s, UnaryOperator<GoldSpan> move) {
    return s == null ? null : move.apply(s);
  }
}
