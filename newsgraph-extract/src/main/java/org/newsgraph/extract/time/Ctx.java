package org.newsgraph.extract.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsgraph.core.Sentence;
import org.newsgraph.core.Token;
import org.newsgraph.extract.time.Cal.Gran;
import org.newsgraph.extract.time.Cal.Out;

/** What a rule sees while it resolves one match: the document, the anchor, the temporal focus, the tense. */
final class Ctx {
  /** How many sentences back a focus date is still in force for "a day later". */
  static final int FOCUS_WINDOW = 3;

  /**
   * A resolved date that later relative expressions may lean on; {@code indefinite} when the text brought it in
   * with "a"/"an" ("after a flat second quarter"), as background rather than as the subject.
   */
  record Focus(Out out, int sentence, boolean absolute, int end, boolean indefinite) {}

  /**
   * Whether the current match is a noun phrase of its own opened by "a"/"an" and adjectives only: "a flat second
   * quarter" (not "a third-quarter loss", where the article belongs to the noun after).
   */
  boolean indefinite() {
    Token next = after(1);
    if (next != null && next.pos().matches("NN.*|JJ.*|CD")) {
      return false;
    }
    for (int k = 1; k <= 4; k++) {
      Token t = before(k);
      if (t == null) {
        return false;
      }
      String w = t.word().toLowerCase(Locale.ROOT);
      if (w.equals("a") || w.equals("an")) {
        return true;
      }
      if (!t.pos().matches("JJ.*|RB.*|VBN|HYPH")) {
        return false;
      }
    }
    return false;
  }

  final String text;
  final List<Sentence> sentences;
  final LocalDate anchor;
  final List<Focus> foci = new ArrayList<>();
  /** True while the tagger only picks extents (no focus is kept then): a rule that needs one accepts for now. */
  boolean extentsOnly;
  int begin;
  int end;
  private Tense tense;

  Ctx(String text, List<Sentence> sentences, LocalDate anchor) {
    this.text = text;
    this.sentences = sentences;
    this.anchor = anchor;
  }

  void at(int b, int e) {
    begin = b;
    end = e;
    tense = null;
  }

  int sentenceIndex() {
    Sentence s = sentence();
    return s == null ? -1 : s.index();
  }

  Sentence sentence() {
    int lo = 0;
    int hi = sentences.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Sentence s = sentences.get(mid);
      if (s.span().end() <= begin) {
        lo = mid + 1;
      } else if (s.span().begin() > begin) {
        hi = mid - 1;
      } else {
        return s;
      }
    }
    return lo < sentences.size() && sentences.get(lo).span().begin() < end ? sentences.get(lo) : null;
  }

  /** The tokens overlapping the current match. */
  List<Token> tokens() {
    Sentence s = sentence();
    List<Token> out = new ArrayList<>();
    if (s == null) {
      return out;
    }
    for (Token t : s.tokens()) {
      if (t.span().begin() < end && t.span().end() > begin) {
        out.add(t);
      }
    }
    return out;
  }

  /** The token {@code k} places before the match (k = 1: the one just before), or null. */
  Token before(int k) {
    Sentence s = sentence();
    if (s == null) {
      return null;
    }
    int idx = -1;
    for (Token t : s.tokens()) {
      if (t.span().end() <= begin) {
        idx = t.index();
      }
    }
    int i = idx - k + 1;
    return idx < 0 || i < 0 ? null : s.tokens().get(i);
  }

  /** The token {@code k} places after the match (k = 1: the one just after), or null. */
  Token after(int k) {
    Sentence s = sentence();
    if (s == null) {
      return null;
    }
    for (Token t : s.tokens()) {
      if (t.span().begin() >= end) {
        int i = t.index() + k - 1;
        return i < s.tokens().size() ? s.tokens().get(i) : null;
      }
    }
    return null;
  }

  String wordBefore(int k) {
    Token t = before(k);
    return t == null ? "" : t.word().toLowerCase(Locale.ROOT);
  }

  String wordAfter(int k) {
    Token t = after(k);
    return t == null ? "" : t.word().toLowerCase(Locale.ROOT);
  }

  Tense tense() {
    if (tense == null) {
      tense = Tense.of(sentence(), tokens());
    }
    return tense;
  }

  /** The most recent focus date in the window whose granularity is at least as fine as {@code unit}, or null. */
  Focus focus(Gran unit) {
    int si = sentenceIndex();
    for (int i = foci.size() - 1; i >= 0; i--) {
      Focus f = foci.get(i);
      if (si - f.sentence() > FOCUS_WINDOW) {
        return null;
      }
      if (unit == null || Cal.finerOrEqual(f.out().gran(), unit)) {
        return f;
      }
    }
    return null;
  }

  /**
   * The latest day in focus that falls on {@code day}, within {@code window} sentences: the Friday that "the
   * previous Friday" counts back from when the story's Friday was named a few sentences up. Null when there is none.
   */
  Focus lastOn(java.time.DayOfWeek day, int window) {
    int si = sentenceIndex();
    for (int i = foci.size() - 1; i >= 0 && si - foci.get(i).sentence() <= window; i--) {
      Focus f = foci.get(i);
      if ((f.out().gran() == Gran.DAY || f.out().gran() == Gran.TIME) && f.out().begin() != null
          && f.out().begin().getDayOfWeek() == day) {
        return f;
      }
    }
    return null;
  }

  /**
   * The quarter (or half) an earnings report is about: the latest quarter or half named in the last
   * {@code window} sentences, looking past days and weeks ("the quarter ended Sept. 30") but stopping at a month, a
   * year or a longer period, which would be the newer subject. Null when there is none.
   */
  Focus reportPeriod(int window) {
    int si = sentenceIndex();
    for (int i = foci.size() - 1; i >= 0; i--) {
      Focus f = foci.get(i);
      if (si - f.sentence() > window) {
        return null;
      }
      Gran g = f.out().gran();
      if ((g == Gran.QUARTER || g == Gran.HALF) && f.out().end() != null && anchor != null
          && f.out().end().isAfter(anchor)) {
        continue; // a forecast ("losses through the third quarter of 1990", "into the fourth quarter") is not the
                  // period reported: results are for a period already over
      }
      if ((g == Gran.QUARTER || g == Gran.HALF) && f.indefinite()) {
        continue; // "after a flat second quarter": background to the quarter reported
      }
      if (g == Gran.QUARTER || g == Gran.HALF) {
        return f.out().begin() == null ? null : f;
      }
      if (g != Gran.DAY && g != Gran.TIME && g != Gran.WEEK && g != Gran.WEEKEND) {
        return null;
      }
    }
    return null;
  }

  /** The most recent focus in the window regardless of granularity. */
  Focus lastFocus() {
    return focus(null);
  }
}
