package org.newsgraph.extract.claims;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Entity;
import org.newsgraph.core.EntityType;
import org.newsgraph.core.Mention;
import org.newsgraph.core.Span;
import org.newsgraph.core.SpanIndex;
import org.newsgraph.core.Token;
import org.newsgraph.extract.coref.Coreference;
import org.newsgraph.extract.coref.Resolution;

/**
 * Gives a source span its canonical entity. A pronoun, description or partitive ("he", "the company", "the
 * statement", "both sides") is resolved by {@link Coreference}: to an entity, or honestly to no one (an unnamed
 * source, or an unnamed group whose countries come from what it refers back to). Otherwise a mention covering the
 * source's head word is the entity ("South Korea's spy agency" is already a mention of the NIS); a head the mentions
 * do not cover ("officials", "intelligence agencies") or a coordination of several ("Neither Pyongyang nor Moscow")
 * is an unnamed group: no entity.
 */
final class SourceLinker {
  private final AnalyzedArticle article;
  private final Map<Span, Resolution> resolutions = new HashMap<>();
  /** Made on the first source that needs it. */
  private Coreference coref;

  SourceLinker(AnalyzedArticle article) {
    this.article = article;
  }

  /** A source resolved so far: the claims before the one being linked. */
  record Resolved(String entityId, int sentence, int begin, boolean sourced) {}

  String link(DependencyTree tree, Span source, Token head, List<Resolved> earlier) {
    if (source == null || head == null) {
      return null;
    }
    SpanIndex<Mention> mentions = SpanIndex.ofMentions(article.mentions());
    for (Token c : tree.children(head)) {
      if (DependencyTree.is(c, "conj") && source.contains(c.span()) && !oneName(mentions, head, c)) {
        return null; // several sources together: no single entity
      }
    }
    List<Coreference.Speaker> speakers = new ArrayList<>();
    for (Resolved r : earlier) {
      speakers.add(new Coreference.Speaker(r.entityId(), r.sentence(), r.sourced()));
    }
    if (coref == null) {
      coref = Coreference.of(article);
    }
    Optional<Resolution> resolved = coref.resolve(source, speakers);
    if (resolved.isPresent()) {
      resolutions.put(source, resolved.get());
      return resolved.get().entityId();
    }
    Mention best = covering(mentions, source, head);
    if (best == null && stockCode(head) && head.index() > 0) {
      best = covering(mentions, source, tree.token(head.index() - 1));
    }
    return best == null ? null : best.entityId();
  }

  /** The longest mention inside the source that covers {@code t}, or null. */
  private static Mention covering(SpanIndex<Mention> mentions, Span source, Token t) {
    Mention best = null;
    for (Mention m : mentions.containing(t.span())) {
      if (m.span().contains(t.span()) && source.contains(m.span())
          && (best == null || m.span().length() > best.span().length())) {
        best = m;
      }
    }
    return best;
  }

  /**
   * A stock code in angle brackets, one token, after a company's name ("Hoechst AG <HFAG.F> said", Reuters' style):
   * the parse takes it for the head of the subject, so the name just before it is the source.
   */
  private boolean stockCode(Token t) {
    String w = t.span().of(article.text());
    return w.length() > 2 && w.charAt(0) == '<' && w.charAt(w.length() - 1) == '>' && w.indexOf(' ') < 0;
  }

  /**
   * Whether one mention holds both conjuncts: a name with "and" in it ("the Qualifications and Curriculum
   * Authority") is one source, not two.
   */
  private static boolean oneName(SpanIndex<Mention> mentions, Token head, Token conj) {
    for (Mention m : mentions.containing(head.span())) {
      if (m.span().contains(head.span()) && m.span().contains(conj.span())) {
        return true;
      }
    }
    return false;
  }

  /** How coreference resolved {@code source}, or null when it was linked otherwise (or not at all). */
  Resolution resolution(Span source) {
    return source == null ? null : resolutions.get(source);
  }

  /**
   * The countries of an unnamed group source ({@link SourceGroups}): for a pronoun or partitive, those of the group
   * it refers back to ("Ukrainian officials … they", "both sides" of Russia and Ukraine).
   */
  List<String> countries(Span source, String entityId) {
    Resolution r = source == null ? null : resolutions.get(source);
    if (entityId != null || r == null || r.named()) {
      return SourceGroups.countries(article, source, entityId);
    }
    if (!r.members().isEmpty()) {
      Set<String> out = new LinkedHashSet<>();
      for (String id : r.members()) {
        Optional<Entity> e = article.entity(id);
        if (e.isPresent() && e.get().type() == EntityType.COUNTRY) {
          out.add(id);
        } else if (e.isPresent() && e.get().country() != null) {
          out.add("country:" + e.get().country());
        }
      }
      return List.copyOf(out);
    }
    return r.antecedent() != null ? SourceGroups.countries(article, r.antecedent(), null)
        : SourceGroups.countries(article, source, null);
  }
}
