package org.newsgraph.extract.events;

import java.util.Locale;
import java.util.Set;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Entity;
import org.newsgraph.core.EntityType;
import org.newsgraph.core.Mention;
import org.newsgraph.core.Sentence;
import org.newsgraph.core.Token;

/**
 * The state a government noun or a bare plural of office holders acts for when nothing on the words names one and
 * the shared resolver leaves them open: "the government's refusal", "Officials in Cojedes state said",
 * "Prosecutors in the south of the country have targeted …". In news such words are the state the article is about
 * (the resolver's frame country: the one its mentions name at least twice as often as any other), else the country
 * named last, by its name, before them in their own sentence ("an Iraqi civilian allegedly killed by UK troops have
 * won a challenge against the government's refusal"; not a nationality adjective: "Liberian refugees, whom
 * authorities blame"), else none. Only bare words: a modifier ("senior officials", "company officials"), a
 * possessive or an "of" phrase ("officials of the bank") says whose they are, and that is left to the other rules.
 */
final class StateWords {
  /** Bodies of a state, singular, with "the" ("the government"): the resolver's own government nouns. */
  private static final Set<String> BODIES = Set.of("government", "administration", "authorities");
  /** Office holders of a state, plural, bare or with "the" ("Officials said", "the prosecutors"). */
  private static final Set<String> HOLDERS = Set.of("officials", "prosecutors", "ministers", "authorities");

  private StateWords() {}

  /** The country id the words at {@code head} stand for, or null when they are no bare state words. */
  static String country(AnalyzedArticle article, Sentence s, Token head, String frame) {
    if (!bare(s, head)) {
      return null;
    }
    if (frame != null) {
      return frame;
    }
    String last = null;
    int lastEnd = -1;
    for (Mention m : article.mentions()) {
      if (!s.span().contains(m.span()) || m.span().end() > head.span().begin() || m.span().end() <= lastEnd) {
        continue;
      }
      Entity e = article.entity(m.entityId()).orElse(null);
      // by its name, not a nationality adjective: "Liberian refugees, whom authorities blame" are not the state
      if (e != null && e.type() == EntityType.COUNTRY && m.role() != Mention.Role.DEMONYM) {
        last = e.id();
        lastEnd = m.span().end();
      }
    }
    return last;
  }

  /** A state word with no more than "the" on it and at most an "in" phrase (where the office holders are). */
  private static boolean bare(Sentence s, Token head) {
    String w = head.word().toLowerCase(Locale.ROOT);
    boolean body = head.pos().equals("NN") || head.pos().equals("NNS") && w.equals("authorities");
    if (!(body && BODIES.contains(w) || head.pos().equals("NNS") && HOLDERS.contains(w))) {
      return false;
    }
    boolean definite = false;
    for (Token d : s.dependentsOf(head)) {
      switch (d.deprel()) {
        case "det" -> {
          if (!Deps.word(d).equals("the")) {
            return false;
          }
          definite = true;
        }
        case "case", "punct", "acl", "acl:relcl" -> { }
        case "nmod" -> {
          if (!Deps.caseOf(s, d).equals("in")) {
            return false;
          }
        }
        default -> {
          return false;
        }
      }
    }
    return definite || head.pos().equals("NNS"); // "the government", "Officials", "the authorities"
  }
}
