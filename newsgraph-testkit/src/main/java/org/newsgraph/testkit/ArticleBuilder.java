package org.newsgraph.testkit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Article;
import org.newsgraph.core.ArticleIds;
import org.newsgraph.core.Entity;
import org.newsgraph.core.EntityType;
import org.newsgraph.core.Facet;
import org.newsgraph.core.Mention;
import org.newsgraph.core.Sentence;
import org.newsgraph.core.Span;
import org.newsgraph.core.TimeExpression;
import org.newsgraph.core.TimexType;

/** Builds analysed articles by hand for tests: spans are found by the words they cover. */
public final class ArticleBuilder {
  private static final Pattern SENTENCE = Pattern.compile("[^.!?\\s][^.!?]*[.!?]?");

  private final String text;
  private String id;
  private String source = "test.txt";
  private String headline;
  private String outlet = "Test Outlet";
  private LocalDate published;
  private LocalDate updated;
  private final List<Entity> entities = new ArrayList<>();
  private final List<Mention> mentions = new ArrayList<>();
  private final List<TimeExpression> times = new ArrayList<>();
  private final List<Span> used = new ArrayList<>();

  private ArticleBuilder(String text) {
    this.text = text;
  }

  public static ArticleBuilder text(String text) {
    return new ArticleBuilder(text);
  }

  public ArticleBuilder id(String id) {
    this.id = id;
    return this;
  }

  public ArticleBuilder source(String source) {
    this.source = source;
    return this;
  }

  public ArticleBuilder outlet(String outlet) {
    this.outlet = outlet;
    return this;
  }

  public ArticleBuilder headline(String headline) {
    this.headline = headline;
    return this;
  }

  public ArticleBuilder published(String isoDate) {
    this.published = LocalDate.parse(isoDate);
    return this;
  }

  public ArticleBuilder updated(String isoDate) {
    this.updated = LocalDate.parse(isoDate);
    return this;
  }

  public ArticleBuilder entity(String entityId, EntityType type, String name, String... aliases) {
    entities.add(new Entity(entityId, type, name, List.of(aliases), type == EntityType.COUNTRY
        ? entityId.substring(entityId.indexOf(':') + 1) : null));
    return this;
  }

  /** A mention of the first occurrence of {@code words} not yet mentioned. */
  public ArticleBuilder mention(String words, String entityId, Mention.Role role) {
    mentions.add(new Mention(find(words), entityId, role));
    return this;
  }

  public ArticleBuilder mention(String words, String entityId) {
    return mention(words, entityId, Mention.Role.NAME);
  }

  /** A mention with any span, to build invalid articles. */
  public ArticleBuilder mentionAt(int begin, int end, String entityId) {
    mentions.add(new Mention(new Span(begin, end), entityId, Mention.Role.NAME));
    return this;
  }

  /** A DATE time expression covering {@code words}, resolved to [begin, end). */
  public ArticleBuilder time(String words, String value, String begin, String end) {
    times.add(new TimeExpression(find(words), TimexType.DATE, value, null,
        begin == null ? null : LocalDate.parse(begin), end == null ? null : LocalDate.parse(end)));
    return this;
  }

  /** A DATE time expression covering {@code words} in an undated article: unresolved, {@code offset} from its date. */
  public ArticleBuilder relativeTime(String words, String value, String offset) {
    times.add(new TimeExpression(find(words), TimexType.DATE, value, null, null, null, offset));
    return this;
  }

  private Span find(String words) {
    int from = 0;
    while (true) {
      int at = text.indexOf(words, from);
      if (at < 0) {
        throw new IllegalArgumentException("'" + words + "' is not (again) in the text");
      }
      Span s = new Span(at, at + words.length());
      if (!used.contains(s)) {
        used.add(s);
        return s;
      }
      from = at + 1;
    }
  }

  public static List<Sentence> sentences(String text) {
    List<Sentence> out = new ArrayList<>();
    Matcher m = SENTENCE.matcher(text);
    while (m.find()) {
      out.add(new Sentence(out.size(), new Span(m.start(), m.end()), List.of()));
    }
    return out;
  }

  public static List<Span> paragraphs(String text) {
    List<Span> out = new ArrayList<>();
    int begin = 0;
    while (begin < text.length()) {
      int end = text.indexOf("\n\n", begin);
      if (end < 0) {
        end = text.length();
      }
      out.add(new Span(begin, end));
      begin = end + 2;
    }
    return out;
  }

  public Article article() {
    return new Article(id != null ? id : ArticleIds.of(text), source, outlet, headline, "SEOUL", "AFP",
        published, updated, List.of("A bullet"), List.of("A caption"), paragraphs(text), "en", text);
  }

  public AnalyzedArticle build() {
    return new AnalyzedArticle(article(), sentences(text), entities, mentions, times,
        EnumSet.of(Facet.TEXT, Facet.SENTENCES, Facet.ENTITIES, Facet.TIMES),
        List.of("nlp.test.v1", "entities.test.v1", "times.test.v1"));
  }
}
