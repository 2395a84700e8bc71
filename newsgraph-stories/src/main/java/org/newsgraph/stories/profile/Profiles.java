package org.newsgraph.stories.profile;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Article;
import org.newsgraph.core.Event;
import org.newsgraph.core.Mention;
import org.newsgraph.core.TimeExpression;
import org.newsgraph.stories.text.Terms;

/**
 * Makes an {@link ArticleProfile} from an analysed article: from its text, headline, mentions, times and events, all
 * of which the store keeps, so the same profile comes from a fresh analysis and from the tables.
 */
public final class Profiles {
  /** Months an interval may span and still name its month; years likewise. */
  private static final long MONTH_DAYS = 31;
  private static final long YEAR_DAYS = 366;

  private Profiles() {}

  public static ArticleProfile of(AnalyzedArticle a) {
    Article art = a.article();
    Map<String, Float> terms = new HashMap<>();
    if (art.headline() != null) {
      for (String t : Terms.of(art.headline())) {
        terms.merge(t, 2f, Float::sum);
      }
    }
    if (art.dateline() != null) {
      for (String t : Terms.of(art.dateline())) {
        terms.merge(t, 1f, Float::sum);
      }
    }
    for (String t : Terms.of(art.text())) {
      terms.merge(t, 1f, Float::sum);
    }
    Map<String, Float> entities = new HashMap<>();
    for (Mention m : a.mentions()) {
      if (m.entityId() == null) {
        continue;
      }
      float w = switch (m.role()) {
        case NAME -> 1f;
        case METONYM, DESCRIPTION -> 0.7f;
        case DEMONYM -> 0.5f;
      };
      entities.merge(m.entityId(), w, Float::sum);
    }
    Map<String, Float> events = new HashMap<>();
    Map<String, Float> dates = new HashMap<>();
    for (Event e : a.events()) {
      events.merge(e.type(), 1f, Float::sum);
      for (Event.Argument x : e.actors()) {
        if (x.entityId() != null) {
          events.merge(e.type() + "|" + x.entityId(), 1f, Float::sum);
        }
      }
      for (Event.Argument x : e.recipients()) {
        if (x.entityId() != null) {
          events.merge(e.type() + ">" + x.entityId(), 1f, Float::sum);
        }
      }
      if (!e.timeFromArticleDate()) {
        addDate(dates, e.begin(), e.end());
      }
    }
    for (TimeExpression t : a.times()) {
      addDate(dates, t.begin(), t.end());
    }
    return new ArticleProfile(art.id(), art.anchorDate(), art.outlet(), art.headline(), SparseVector.of(terms),
        SparseVector.of(entities), SparseVector.of(events), SparseVector.of(dates), numbers(art));
  }

  /** Numbers of two characters or more, as written without trailing punctuation ("10,000", "6.1", "2009"). */
  static SparseVector numbers(Article art) {
    Map<String, Float> m = new HashMap<>();
    for (String text : new String[] {art.headline(), art.text()}) {
      if (text == null) {
        continue;
      }
      java.util.regex.Matcher x = NUMBER.matcher(text);
      while (x.find()) {
        String n = x.group().replaceAll("[.,]+$", "");
        if (n.length() >= 2) {
          m.merge("#" + n, 1f, Float::sum);
        }
      }
    }
    return SparseVector.of(m);
  }

  private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile(
      "(?<![\\p{L}\\d])\\d[\\d.,]*");

  private static void addDate(Map<String, Float> dates, LocalDate begin, LocalDate end) {
    if (begin == null || end == null) {
      return;
    }
    long days = ChronoUnit.DAYS.between(begin, end);
    if (days <= 0) {
      return;
    }
    if (days <= MONTH_DAYS) {
      dates.merge("m:" + begin.toString().substring(0, 7), 1f, Float::sum);
    }
    if (days <= YEAR_DAYS && begin.getYear() == end.minusDays(1).getYear()) {
      dates.merge("y:" + begin.getYear(), 1f, Float::sum);
    }
  }
}
