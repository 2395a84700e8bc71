package org.newsgraph.extract.time.resolution;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.Locale;
import org.newsgraph.core.Sentence;
import org.newsgraph.core.Token;
import org.newsgraph.core.Work;

/**
 * What a rule sees while it resolves one match: the document, the anchor (the article's date), the extent of the
 * match and the tokens around it, the tense that governs it, and the temporal focus (the dates resolved before it).
 */
public final class ResolutionContext {
  /** How many sentences back a focus date is still in force for "a day later". */
  static final int FOCUS_WINDOW = 3;

  private final String text;
  private final List<Sentence> sentences;
  private final LocalDate anchor;
  private final List<Focus> foci = new ArrayList<>();
  private final List<Focus> fociView = Collections.unmodifiableList(foci);
  private final boolean extentsOnly;
  private Focus lastDefiniteQuarter;
  private int begin;
  private int end;
  private Tense tense;
  // what the rule read to resolve the current match: features of the time's confidence (TimeFeatures)
  private boolean readAnchor;
  private boolean readFocus;
  private boolean readTense;

  /**
   * A context for one run over {@code text}; {@code anchor} may be null (an undated article). {@code extentsOnly}
   * while the tagger only picks extents (no focus is kept then): a rule that needs one accepts for now.
   */
  public ResolutionContext(String text, List<Sentence> sentences, LocalDate anchor, boolean extentsOnly) {
    this.text = text;
    this.sentences = sentences;
    this.anchor = anchor;
    this.extentsOnly = extentsOnly;
  }

  /** Moves to the match [b, e). */
  public void at(int b, int e) {
    begin = b;
    end = e;
    tense = null;
    readAnchor = false;
    readFocus = false;
    readTense = false;
  }

  /**
   * What resolving the current match read, as the words "anchor", "focus", "tense" (those it did): a value read off
   * the article's date or an earlier date, or chosen by the tense, is more often wrong than one written out in full.
   */
  public Set<String> basis() {
    Set<String> b = new TreeSet<>();
    if (readAnchor) {
      b.add("anchor");
    }
    if (readFocus) {
      b.add("focus");
    }
    if (readTense) {
      b.add("tense");
    }
    return b;
  }

  private Focus focused(Focus f) {
    readFocus |= f != null;
    return f;
  }

  public String text() {
    return text;
  }

  /** The article's date, or null. */
  public LocalDate anchor() {
    readAnchor |= anchor != null;
    return anchor;
  }

  public boolean extentsOnly() {
    return extentsOnly;
  }

  /** Where the current match begins. */
  public int begin() {
    return begin;
  }

  /** The dates in focus so far, oldest first. */
  public List<Focus> foci() {
    return fociView;
  }

  public void addFocus(Focus f) {
    foci.add(f);
    if (f.date().granularity() == Granularity.QUARTER && f.date().begin() != null && !f.indefinite()) {
      lastDefiniteQuarter = f;
    }
  }

  /**
   * The latest focus that is a quarter with a known start and not brought in with "a"/"an", however far back; null
   * when there is none. Kept as the foci come, so that asking costs nothing however long the document.
   */
  public Focus lastDefiniteQuarter() {
    return focused(lastDefiniteQuarter);
  }

  /**
   * Where {@code lowerWord} (lower case) first occurs in [{@code from}, {@code to}) of the text, compared in lower
   * case, as an offset into the text; -1 when it does not. Reads only that stretch, never the whole text.
   */
  public int indexOfLower(String lowerWord, int from, int to) {
    int b = Math.max(0, from);
    int e = Math.min(text.length(), to);
    if (b >= e) {
      return -1;
    }
    Work.step(e - b);
    int i = text.substring(b, e).toLowerCase(Locale.ROOT).indexOf(lowerWord);
    return i < 0 ? -1 : b + i;
  }

  /** As {@link #indexOfLower}, the last occurrence that begins in [{@code from}, {@code to}] (it may end after). */
  public int lastIndexOfLower(String lowerWord, int from, int to) {
    int b = Math.max(0, from);
    int e = Math.min(text.length(), to + lowerWord.length());
    if (b >= e) {
      return -1;
    }
    Work.step(e - b);
    int i = text.substring(b, e).toLowerCase(Locale.ROOT).lastIndexOf(lowerWord, to - b);
    return i < 0 ? -1 : b + i;
  }

  /**
   * Whether the current match is a noun phrase of its own opened by "a"/"an" and adjectives only: "a flat second
   * quarter" (not "a third-quarter loss", where the article belongs to the noun after).
   */
  public boolean indefinite() {
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

  public int sentenceIndex() {
    Sentence s = sentence();
    return s == null ? -1 : s.index();
  }

  public Sentence sentence() {
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
  public List<Token> tokens() {
    Sentence s = sentence();
    List<Token> out = new ArrayList<>();
    if (s == null) {
      return out;
    }
    Work.step(s.tokens().size());
    for (Token t : s.tokens()) {
      if (t.span().begin() < end && t.span().end() > begin) {
        out.add(t);
      }
    }
    return out;
  }

  /** The token {@code k} places before the match (k = 1: the one just before), or null. */
  public Token before(int k) {
    Sentence s = sentence();
    if (s == null) {
      return null;
    }
    int idx = -1;
    Work.step(s.tokens().size());
    for (Token t : s.tokens()) {
      if (t.span().end() <= begin) {
        idx = t.index();
      }
    }
    int i = idx - k + 1;
    return idx < 0 || i < 0 ? null : s.tokens().get(i);
  }

  /** The token {@code k} places after the match (k = 1: the one just after), or null. */
  public Token after(int k) {
    Sentence s = sentence();
    if (s == null) {
      return null;
    }
    Work.step(s.tokens().size());
    for (Token t : s.tokens()) {
      if (t.span().begin() >= end) {
        int i = t.index() + k - 1;
        return i < s.tokens().size() ? s.tokens().get(i) : null;
      }
    }
    return null;
  }

  public String wordBefore(int k) {
    Token t = before(k);
    return t == null ? "" : t.word().toLowerCase(Locale.ROOT);
  }

  public String wordAfter(int k) {
    Token t = after(k);
    return t == null ? "" : t.word().toLowerCase(Locale.ROOT);
  }

  public Tense tense() {
    readTense = true;
    if (tense == null) {
      tense = Tense.of(sentence(), tokens());
    }
    return tense;
  }

  /** The most recent focus date in the window whose granularity is at least as fine as {@code unit}, or null. */
  public Focus focus(Granularity unit) {
    int si = sentenceIndex();
    for (int i = foci.size() - 1; i >= 0; i--) {
      Focus f = foci.get(i);
      Work.step();
      if (si - f.sentence() > FOCUS_WINDOW) {
        return null;
      }
      if (unit == null || CalendarMath.finerOrEqual(f.date().granularity(), unit)) {
        return focused(f);
      }
    }
    return null;
  }

  /**
   * The latest day in focus that falls on {@code day}, within {@code window} sentences: the Friday that "the
   * previous Friday" counts back from when the story's Friday was named a few sentences up. Null when there is none.
   */
  public Focus lastOn(DayOfWeek day, int window) {
    int si = sentenceIndex();
    for (int i = foci.size() - 1; i >= 0 && si - foci.get(i).sentence() <= window; i--) {
      Focus f = foci.get(i);
      Work.step();
      if ((f.date().granularity() == Granularity.DAY || f.date().granularity() == Granularity.TIME)
          && f.date().begin() != null && f.date().begin().getDayOfWeek() == day) {
        return focused(f);
      }
    }
    return null;
  }

  /**
   * The quarter (or half) an earnings report is about: the latest quarter or half named in the last
   * {@code window} sentences, looking past days and weeks ("the quarter ended Sept. 30") but stopping at a month, a
   * year or a longer period, which would be the newer subject. Null when there is none.
   */
  public Focus reportPeriod(int window) {
    int si = sentenceIndex();
    for (int i = foci.size() - 1; i >= 0; i--) {
      Focus f = foci.get(i);
      Work.step();
      if (si - f.sentence() > window) {
        return null;
      }
      Granularity g = f.date().granularity();
      if ((g == Granularity.QUARTER || g == Granularity.HALF) && f.date().end() != null && anchor != null
          && f.date().end().isAfter(anchor)) {
        continue; // a forecast ("losses through the third quarter of 1990", "into the fourth quarter") is not the
                  // period reported: results are for a period already over
      }
      if ((g == Granularity.QUARTER || g == Granularity.HALF) && f.indefinite()) {
        continue; // "after a flat second quarter": background to the quarter reported
      }
      if (g == Granularity.QUARTER || g == Granularity.HALF) {
        return f.date().begin() == null ? null : focused(f);
      }
      if (g != Granularity.DAY && g != Granularity.TIME && g != Granularity.WEEK && g != Granularity.WEEKEND) {
        return null;
      }
    }
    return null;
  }

  /** The most recent focus in the window regardless of granularity. */
  public Focus lastFocus() {
    return focus(null);
  }
}
