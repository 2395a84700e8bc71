package org.newsgraph.stories.claims;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Claim;
import org.newsgraph.core.Mention;
import org.newsgraph.core.Span;
import org.newsgraph.stories.profile.SparseVector;
import org.newsgraph.stories.text.Terms;

/** Claim mentions from an analysed article (its claims, with the words and entities of what each says). */
public final class ClaimMentions {
  private static final int EXCERPT = 160;

  private ClaimMentions() {}

  public static List<ClaimMention> of(AnalyzedArticle a) {
    String text = a.text();
    List<ClaimMention> out = new ArrayList<>();
    for (Claim c : a.claims()) {
      Map<String, Float> content = new HashMap<>();
      StringBuilder words = new StringBuilder();
      for (Span s : c.content()) {
        String w = s.of(text);
        words.append(words.length() == 0 ? "" : " … ").append(w);
        for (String t : Terms.of(w)) {
          content.merge(t, 1f, Float::sum);
        }
        for (Mention m : a.mentions()) {
          if (m.entityId() != null && s.contains(m.span())) {
            content.merge(m.entityId(), 1f, Float::sum);
          }
        }
      }
      String excerpt = words.toString().replaceAll("\\s+", " ").strip();
      if (excerpt.length() > EXCERPT) {
        excerpt = excerpt.substring(0, EXCERPT - 1) + "…";
      }
      out.add(new ClaimMention(a.article().id(), c.id(), c.sourceEntityId(), c.sourceCountries(),
          c.source() == null ? null : c.source().of(text), c.stance().name().toLowerCase(Locale.ROOT),
          SparseVector.of(content), c.said(), excerpt));
    }
    return out;
  }
}
