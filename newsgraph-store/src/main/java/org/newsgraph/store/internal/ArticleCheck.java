package org.newsgraph.store.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Entity;
import org.newsgraph.core.Mention;
import org.newsgraph.core.Sentence;
import org.newsgraph.core.Span;
import org.newsgraph.core.TimeExpression;

/** Checks that an analysed article can be stored: every span inside its text, every mention of a listed entity. */
final class ArticleCheck {
  private ArticleCheck() {}

  /** Throws {@link InvalidArticle} naming the first problem. */
  static void check(AnalyzedArticle a) {
    String text = a.text();
    if (a.article().id().isBlank()) {
      throw new InvalidArticle("its id is blank");
    }
    List<Sentence> sentences = a.sentences();
    for (int i = 0; i < sentences.size(); i++) {
      inside(text, sentences.get(i).span(), "sentence " + i);
    }
    Set<String> entityIds = new HashSet<>();
    for (Entity e : a.entities()) {
      if (e.id() == null || e.id().isBlank()) {
        throw new InvalidArticle("an entity has no id (" + e.name() + ")");
      }
      if (e.type() == null || e.name() == null) {
        throw new InvalidArticle("entity " + e.id() + " has no " + (e.type() == null ? "type" : "name"));
      }
      entityIds.add(e.id());
    }
    List<Mention> mentions = a.mentions();
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      inside(text, m.span(), "mention " + i);
      if (m.role() == null) {
        throw new InvalidArticle("mention " + i + " " + m.span() + " has no role");
      }
      if (!entityIds.contains(m.entityId())) {
        throw new InvalidArticle("mention " + i + " " + m.span() + " points to entity " + m.entityId()
            + ", which the article does not list");
      }
    }
    for (org.newsgraph.core.Claim c : a.claims()) {
      String what = "claim " + c.id();
      inside(text, c.cue(), what + " cue");
      if (c.source() != null) {
        inside(text, c.source(), what + " source");
      }
      if (c.channel() != null) {
        inside(text, c.channel(), what + " channel");
      }
      for (org.newsgraph.core.Span s : c.content()) {
        inside(text, s, what + " content");
      }
    }
    for (org.newsgraph.core.Event e : a.events()) {
      String what = "event " + e.id();
      inside(text, e.trigger(), what + " trigger");
      for (org.newsgraph.core.Event.Argument x : e.actors()) {
        inside(text, x.span(), what + " actor");
      }
      for (org.newsgraph.core.Event.Argument x : e.recipients()) {
        inside(text, x.span(), what + " recipient");
      }
      if (e.location() != null) {
        inside(text, e.location().span(), what + " location");
      }
      if (e.time() != null) {
        inside(text, e.time(), what + " time");
      }
    }
    List<TimeExpression> times = a.times();
    for (int i = 0; i < times.size(); i++) {
      TimeExpression t = times.get(i);
      inside(text, t.span(), "time expression " + i);
      if (t.type() == null) {
        throw new InvalidArticle("time expression " + i + " " + t.span() + " has no type");
      }
      if (t.begin() != null && t.end() != null && t.end().isBefore(t.begin())) {
        throw new InvalidArticle("time expression " + i + " ends (" + t.end() + ") before it begins ("
            + t.begin() + ")");
      }
    }
  }

  private static void inside(String text, Span span, String what) {
    if (span == null) {
      throw new InvalidArticle(what + " has no span");
    }
    if (span.end() > text.length()) {
      throw new InvalidArticle(what + " [" + span.begin() + ", " + span.end() + ") is outside the text ("
          + text.length() + " characters)");
    }
  }

  /** What is wrong with one article; the writer adds which article. */
  static final class InvalidArticle extends RuntimeException {
    InvalidArticle(String message) {
      super(message, null, false, false);
    }
  }
}
