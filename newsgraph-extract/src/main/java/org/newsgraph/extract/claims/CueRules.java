package org.newsgraph.extract.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsgraph.core.Span;
import org.newsgraph.core.Token;

/**
 * Finds attributions in one sentence from its dependency tree: a cue verb with its subject (the source, {@link
 * CueSource}) and its clausal complement, object or topic ("called for X") as the content ({@link VerbContent}); the
 * same verb inverted after a quote ("…,” he said); a passive cue ({@link PassiveCues}); a reporting noun and
 * "according to X" ({@link PhraseCues}). Which verbs are cues the {@link CueModel} decides (the {@link Cues} list when
 * no model is shipped); a verb inside a quotation never is. Speaker colons and dash signatures are {@link
 * LayoutRules}. Works on our records only (no NLP library here).
 */
final class CueRules {
  static final String TRIM = ",.;:—–-()[]•";

  private final LayoutRules layout;
  private final QuoteMarks quotes;
  private final CueModel model;
  private final CueExtent extent;
  private final CueSource sources;
  private final VerbContent contents;
  private final PassiveCues passives;
  private final PhraseCues phrases;
  private final SpanTrimmer trimmer;

  CueRules(String text, List<Span> paragraphs) {
    this(text, paragraphs, CueModel.shipped());
  }

  CueRules(String text, List<Span> paragraphs, CueModel model) {
    this.layout = new LayoutRules(text, paragraphs);
    this.quotes = new QuoteMarks(text, paragraphs);
    this.model = model;
    this.trimmer = new SpanTrimmer(text);
    this.extent = new CueExtent(trimmer);
    this.sources = new CueSource(trimmer);
    this.contents = new VerbContent(layout, trimmer);
    this.passives = new PassiveCues(trimmer, extent);
    this.phrases = new PhraseCues(trimmer);
  }

  private boolean isCue(DependencyTree tree, Token t) {
    if (!t.isVerb() || quotes.inside(t.span().begin())) {
      return false; // a verb inside a quotation belongs to its content: PolNeAR marks only the outer attribution
    }
    Token x = tree.child(t, "xcomp");
    if (Cues.REFUSING.contains(lemma(t)) && x != null && refusedReport(tree, x)) {
      return false; // "declined to confirm": the cue is the refused verb, and the refusal joins its span
    }
    if (refusedReport(tree, t)) {
      return true;
    }
    return model.isEmpty() ? Cues.REPORTING.contains(lemma(t)) : model.isCue(tree, t);
  }

  /**
   * A reporting verb that something refuses, with its own object or clause: "declined to confirm the report",
   * "refused to say who". PolNeAR's cue is then the whole "declined to confirm"; a bare "declined to comment" is
   * the cue "declined" with the content "to comment".
   */
  private static boolean refusedReport(DependencyTree tree, Token v) {
    Token h = tree.head(v);
    return v.isVerb() && DependencyTree.is(v, "xcomp") && h != null && h.index() < v.index()
        && Cues.REFUSING.contains(lemma(h)) && Cues.REPORTING.contains(lemma(v))
        && (tree.child(v, "obj") != null || tree.child(v, "ccomp") != null || VerbContent.topic(tree, v) != null);
  }

  List<Draft> find(DependencyTree tree) {
    List<Draft> out = new ArrayList<>();
    for (Token t : tree.tokens()) {
      Draft d = null;
      if (PhraseCues.isAccordingTo(tree, t)) {
        d = phrases.accordingTo(tree, t);
      } else if (isCue(tree, t) && !(DependencyTree.is(t, "mark") && tree.head(t) != null
          && VerbContent.addedClause(tree, tree.head(t)) == t)) { // an added clause's cue is drafted with its host
        d = verb(tree, t);
      } else if (Cues.REPORTING_NOUNS.contains(lemma(t)) && t.pos().startsWith("NN")
          && !quotes.inside(t.span().begin())) {
        d = phrases.noun(tree, t);
      }
      if (d == null && Cues.DASHES.contains(t.word())) {
        d = layout.dashSignature(tree, t);
      }
      if (d != null && !d.content().isEmpty()) {
        out.add(d);
      }
      Draft more = t.isVerb() && isCue(tree, t) ? added(tree, t) : null;
      if (more != null) {
        out.add(more);
      }
    }
    if (out.isEmpty()) {
      Draft c = layout.colon(tree);
      if (c != null) {
        out.add(c);
      }
    }
    return out;
  }

  static String lemma(Token t) {
    return t.lemma() == null ? t.word().toLowerCase(Locale.ROOT) : t.lemma().toLowerCase(Locale.ROOT);
  }

  static boolean startsWithQuote(String w) {
    return !w.isEmpty() && (QuoteMarks.isQuote(w.charAt(0)) || w.startsWith("''") || w.startsWith("``"));
  }

  /** "…, she said, adding she would never…": the participle the parse made the subordinator of what is added. */
  private Draft added(DependencyTree tree, Token v) {
    for (Token c : tree.children(v)) {
      Token m = DependencyTree.is(c, "ccomp") && c.index() > v.index() ? VerbContent.addedClause(tree, c) : null;
      if (m != null) {
        Token subject = CueSource.subject(tree, v);
        Span run = tree.extent(c);
        Span content = trimmer.trim(tree, new Span(tree.token(m.index() + 1).span().begin(), run.end()));
        return new Draft(tree, m.span(), m, sources.span(tree, subject), subject, List.of(content), c, null);
      }
    }
    return null;
  }

  /** A cue verb: passive, or active with its subject as the source and what {@link VerbContent} finds. */
  private Draft verb(DependencyTree tree, Token v) {
    if (DependencyTree.is(v, "amod") || DependencyTree.is(v, "compound")) {
      return null; // "the so-called"
    }
    if (PassiveCues.isPassive(tree, v)) {
      return passives.find(tree, v);
    }
    Token subject = CueSource.subject(tree, v);
    Token inverted = subject == null ? SourceEdges.inverted(tree, v) : null;
    Draft named = inverted == null ? null : draft(tree, v, inverted);
    if (named == null && subject == null) {
      TrailingSource.Found trailing = TrailingSource.find(tree, v);
      named = trailing == null ? null : trailingDraft(tree, v, trailing);
    }
    return named != null ? named : draft(tree, v, subject); // "…,” said its chairman, X: X when that parses
  }

  /** "…, the IML said.": the content ends before the comma that opens the source phrase. */
  private Draft trailingDraft(DependencyTree tree, Token v, TrailingSource.Found trailing) {
    VerbContent.Found found = contents.find(tree, v, null);
    if (found == null) {
      return null;
    }
    int cut = tree.token(trailing.comma()).span().begin();
    List<Span> content = new ArrayList<>();
    for (Span c : found.content()) {
      if (c.begin() < cut) {
        Span kept = trimmer.trim(tree, new Span(c.begin(), Math.min(c.end(), cut)));
        if (kept != null && kept.length() > 0) {
          content.add(kept);
        }
      }
    }
    return content.isEmpty() ? null : new Draft(tree, found.cue(), v, trailing.source(), trailing.head(), content,
        found.head(), extent.channel(tree, v));
  }

  private Draft draft(DependencyTree tree, Token v, Token subject) {
    VerbContent.Found found = contents.find(tree, v, subject);
    if (found == null) {
      return null;
    }
    Span source = sources.span(tree, subject);
    if (source != null && found.content().stream().anyMatch(c -> c.overlaps(source))) {
      return null; // a subject inside the content: the parse went wrong, better nothing than a tangle
    }
    return new Draft(tree, found.cue(), v, source, subject, found.content(), found.head(), extent.channel(tree, v));
  }
}
