package org.newsgraph.extract.claims;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Claim;
import org.newsgraph.core.Facet;
import org.newsgraph.core.Sentence;
import org.newsgraph.core.Span;
import org.newsgraph.core.SpanIndex;
import org.newsgraph.core.Stage;
import org.newsgraph.core.TimeExpression;
import org.newsgraph.core.TimexType;
import org.newsgraph.core.Token;
import org.newsgraph.core.Work;

/**
 * Who said what: finds attributions with rules over the dependency parse ({@link CueRules}; which verbs are cues,
 * the {@link CueModel} trained on PolNeAR's train split decides), moves each content fragment's ends where PolNeAR's
 * annotators put them ({@link ContentBoundaries}, trained on the same split; both in the shipped
 * {@link AttributionModel}), balances quotations across sentences and paragraphs ({@link QuoteMarks}), links each source to an entity ({@link SourceLinker}), and decides stance
 * ({@link StanceRules}), kind, channel and the date said, and gives each claim its {@link ClaimConfidence}. Naming,
 * aiming, describing and second-person copy are left out ({@link ReportingActs}). One whose cue lies inside another's
 * content is left to that outer one (PolNeAR's are univocal), unless it reports speech or evidence: then it is a
 * claim of its own that the outer one reports ({@link NestedReports}).
 *
 * <p>Built with a {@link TaggerModel}, the stage adds the attributions the {@link AttributionTagger} finds where the
 * rules found none: a tagged attribution is kept when its cue overlaps no rule attribution's cue or content, its
 * content holds no rule attribution's cue, and its content is quoted or holds a verb (for measuring it: {@code eval
 * attribution --tagger-model FILE}); linking, stance, kind and dates are the same. Not the standard stage: on PolNeAR
 * dev it finds more, but on the labelled real news fewer of its claims are right (docs/BENCHMARKS.md).
 */
public final class AttributionStage implements Stage {
  public static final String ID = "claims.v17";

  private final AttributionModel rules;
  private final AttributionTagger tagger;
  private final ClaimConfidence confidence;

  /** The standard stage: the rules with the shipped {@link AttributionModel} and {@link ClaimConfidence}. */
  public AttributionStage() {
    this(AttributionModel.shipped(), null, ClaimConfidence.shipped());
  }

  private AttributionStage(AttributionModel rules, AttributionTagger tagger, ClaimConfidence confidence) {
    this.rules = rules;
    this.tagger = tagger;
    this.confidence = confidence;
  }

  /** This stage with another confidence model (e.g. one fitted on some folds). */
  public AttributionStage withConfidence(ClaimConfidence model) {
    return new AttributionStage(rules, tagger, model);
  }

  /** The rules with the shipped model, and the attributions the tagger of {@code model} adds. */
  public static AttributionStage withTagger(TaggerModel model) {
    return new AttributionStage(AttributionModel.shipped(), model.tagger(), ClaimConfidence.shipped());
  }

  /** The rules with {@code rules} (e.g. trained on some folds), and the tagger of {@code tagger} when not null. */
  public static AttributionStage of(AttributionModel rules, TaggerModel tagger) {
    return new AttributionStage(rules, tagger == null ? null : tagger.tagger(), ClaimConfidence.shipped());
  }

  @Override
  public String id() {
    return tagger == null ? ID : ID + "+tagger";
  }

  @Override
  public Set<Facet> requires() {
    return Set.of(Facet.SENTENCES, Facet.TOKENS, Facet.POS, Facet.LEMMAS, Facet.NER, Facet.DEPENDENCIES,
        Facet.ENTITIES, Facet.TIMES);
  }

  @Override
  public Set<Facet> provides() {
    return Set.of(Facet.CLAIMS);
  }

  @Override
  public AnalyzedArticle apply(AnalyzedArticle in) {
    return in.withClaims(CitedSources.mark(in, claims(in)), id());
  }

  /** The claims of an analysed article, in text order, each with its confidence. */
  public List<Claim> claims(AnalyzedArticle in) {
    return scored(in).stream().map(ClaimConfidence.Scored::claim).toList();
  }

  /** The claims of an analysed article with the features their confidence was computed from. */
  public List<ClaimConfidence.Scored> scored(AnalyzedArticle in) {
    String text = in.text();
    QuoteMarks quotes = new QuoteMarks(text, in.article().paragraphs());
    List<Draft> outer = ruleDrafts(in, quotes, rules);
    if (tagger != null) {
      outer = withTagged(outer, tagger.find(new ArticleTokens(in)).stream()
          .filter(d -> reportsAProposition(in, quotes, d)).toList());
    }
    return link(in, quotes, outer, rules.cue(), confidence);
  }

  /**
   * Whether a tagged attribution's content is something said, not only a thing: quoted, or holding a verb ("are
   * sceptical about | the proposals" and "defended | Rock" are attitudes, which PolNeAR marks and real news readers
   * do not take for claims).
   */
  private static boolean reportsAProposition(AnalyzedArticle in, QuoteMarks quotes, Draft d) {
    if (d.content().stream().anyMatch(quotes::hasQuote)) {
      return true;
    }
    for (Sentence s : in.sentences()) {
      for (Token t : s.tokens()) {
        if (t.isVerb() && d.content().stream().anyMatch(c -> c.contains(t.span()))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The rules' attributions and the tagger's where the rules found none: a tagged one goes when its cue overlaps a
   * rule attribution's cue or content, or its content overlaps a rule attribution's cue.
   */
  private static List<Draft> withTagged(List<Draft> ruled, List<Draft> tagged) {
    List<Draft> out = new ArrayList<>(ruled);
    for (Draft d : tagged) {
      boolean clash = ruled.stream().anyMatch(r -> r.cue().overlaps(d.cue())
          || r.content().stream().anyMatch(c -> c.overlaps(d.cue()))
          || d.content().stream().anyMatch(c -> c.overlaps(r.cue())));
      if (!clash) {
        out.add(new Draft(d.tree(), d.cue(), d.cueToken(), d.source(), d.sourceHead(), d.content(),
            mainToken(d.tree(), d.content(), d.contentHead()), d.channel()));
      }
    }
    out.sort(Comparator.comparing(Draft::cue));
    return out;
  }

  /** The rules' attributions: drafts, their contents adjusted and balanced, nested reports after their outer. */
  private static List<Draft> ruleDrafts(AnalyzedArticle in, QuoteMarks quotes, AttributionModel trained) {
    String text = in.text();
    CueModel model = trained.cue();
    CueRules rules = new CueRules(text, in.article().paragraphs(), model);
    List<Draft> drafts = new ArrayList<>();
    for (Sentence s : in.sentences()) {
      Work.step(); // stops here when the stage's time is up
      if (!s.tokens().isEmpty()) {
        drafts.addAll(ReportingActs.reports(rules.find(new DependencyTree(s)), quotes));
      }
    }
    List<Draft> balanced = new ArrayList<>();
    for (Draft d : drafts) {
      List<Span> content = new ArrayList<>();
      for (Span c : d.content()) {
        content.add(quotes.balance(quotes.snap(trained.content().adjust(d, c))));
      }
      content = disjoint(text, content, d);
      if (!content.isEmpty()) {
        balanced.add(new Draft(d.tree(), d.cue(), d.cueToken(), d.source(), d.sourceHead(), content,
            mainToken(d.tree(), content, d.contentHead()), d.channel()));
      }
    }
    List<Draft> kept = withParticiplesApart(text, withoutWeakOuter(balanced, model));
    SpanIndex<Integer> keptCues = cueIndex(kept);
    Set<Integer> nested = new HashSet<>(); // a draft whose cue another one's content holds
    for (int o = 0; o < kept.size(); o++) {
      for (int d : held(keptCues, kept.get(o))) {
        if (kept.get(d) != kept.get(o)) {
          nested.add(d);
        }
      }
    }
    List<Draft> outer = IntStream.range(0, kept.size()).filter(i -> !nested.contains(i))
        .mapToObj(kept::get).sorted(Comparator.comparing(Draft::cue)).toList();
    List<Draft> out = new ArrayList<>(continued(text, quotes, outer));
    nested.stream().map(kept::get).filter(NestedReports::standsAlone).forEach(out::add);
    out.sort(Comparator.comparing(Draft::cue));
    return out;
  }

  private static List<ClaimConfidence.Scored> link(AnalyzedArticle in, QuoteMarks quotes, List<Draft> outer,
      CueModel cues, ClaimConfidence confidence) {
    SourceLinker linker = new SourceLinker(in);
    List<SourceLinker.Resolved> resolved = new ArrayList<>();
    List<ClaimConfidence.Scored> claims = new ArrayList<>();
    int[] reporters = NestedReports.reporters(outer);
    for (Draft d : outer) {
      String entity = linker.link(d.tree(), d.source(), d.sourceHead(), resolved);
      int sentence = d.tree().sentence().index();
      resolved.add(new SourceLinker.Resolved(entity, sentence, d.cue().begin(), d.source() != null));
      TimeExpression when = saidTime(in, d);
      LocalDate said = when != null ? when.begin() : in.article().anchorDate();
      DependencyTree leadTree = QuotationLead.sentence(in, d);
      Token lead = leadTree == null ? null : QuotationLead.word(leadTree, d.content());
      Claim c = new Claim("c" + (claims.size() + 1), d.source(), entity,
          linker.countries(d.source(), entity), d.cue(), d.content(),
          kind(quotes, d.content()), d.channel(), said, when != null ? when.end() : null, when != null,
          StanceRules.of(d, leadTree, lead), sentence, null, null,
          reporters[claims.size()] < 0 ? null : "c" + (reporters[claims.size()] + 1));
      var features = ClaimFeatures.of(in.text(), quotes, d, c, d.cueToken().isVerb() && !cues.isEmpty()
          ? cues.score(d.tree(), d.cueToken()) : 0, linker.resolution(d.source()));
      claims.add(new ClaimConfidence.Scored(c.withConfidence(confidence.of(features)), features));
    }
    return claims;
  }

  /** How much likelier (in model score) an inner cue must be to overrule the outer attribution that holds it. */
  private static final double MARGIN = 10;

  /**
   * A draft whose content swallows the cue of a much likelier cue is a parse gone wrong ("…,” said Peter Morgan,
   * who has been challenging…" read as the content of "challenging"): it goes, so the nesting rule below keeps the
   * likelier one. Two drafts that each hold the other's cue in their content cannot both be right: the likelier
   * stays, whatever the margin. Cues that are not verbs (according to, colons, dashes) count as likely.
   */
  private static List<Draft> withoutWeakOuter(List<Draft> drafts, CueModel model) {
    double[] score = new double[drafts.size()];
    for (int i = 0; i < score.length; i++) {
      Draft d = drafts.get(i);
      score[i] = model.isEmpty() ? 0 : d.cueToken().isVerb() ? model.score(d.tree(), d.cueToken()) : NON_VERB_SCORE;
    }
    List<Draft> out = new ArrayList<>();
    SpanIndex<Integer> cues = cueIndex(drafts);
    for (int i = 0; i < score.length; i++) {
      Draft o = drafts.get(i);
      boolean weak = false;
      for (int j : held(cues, o)) { // the drafts whose cue o's content holds (not every draft: linear work)
        Draft d = drafts.get(j);
        boolean holds = j != i;
        boolean mutual = holds && d.content().stream().anyMatch(c -> c.contains(o.cue()));
        weak |= holds && (score[j] > score[i] + MARGIN || mutual && score[j] > score[i]);
      }
      if (!weak) {
        out.add(o);
      }
    }
    return out;
  }

  private static final double NON_VERB_SCORE = 20;
  /** The positions of {@code drafts} by the span of their cue. */
  private static SpanIndex<Integer> cueIndex(List<Draft> drafts) {
    return SpanIndex.of(IntStream.range(0, drafts.size()).boxed().toList(),
        i -> drafts.get(i).cue());
  }

  /** The positions of the drafts whose cue lies in one of {@code o}'s content spans, each once. */
  private static Set<Integer> held(SpanIndex<Integer> cues, Draft o) {
    Set<Integer> out = new TreeSet<>();
    for (Span c : o.content()) {
      out.addAll(cues.within(c));
    }
    return out;
  }

  /**
   * "He complained about his mic…, even suggesting he may have been sabotaged": a participle cue after a comma
   * inside another attribution's content is that source's next attribution, not part of what it said; the outer
   * content ends at the comma, so both stay (as PolNeAR marks them), instead of the inner one being nested away.
   */
  private static List<Draft> withParticiplesApart(String text, List<Draft> drafts) {
    List<Draft> out = new ArrayList<>(drafts);
    for (Draft d : drafts) {
      Token v = d.cueToken();
      if (!v.pos().equals("VBG") || d.tree().tokens().size() <= v.index()) {
        continue;
      }
      int c0 = d.cue().begin() - 1;
      while (c0 >= 0 && text.charAt(c0) == ' ') {
        c0--;
      }
      if (c0 < 0 || text.charAt(c0) != ',') {
        continue;
      }
      int comma = c0;
      for (int k = 0; k < out.size(); k++) {
        Draft o = out.get(k);
        if (o == d || o.tree() != d.tree()) {
          continue;
        }
        List<Span> content = new ArrayList<>();
        boolean cut = false;
        for (Span c : o.content()) {
          if (c.contains(d.cue()) && c.begin() < comma && hasWord(text, new Span(c.begin(), comma))) {
            content.add(new Span(c.begin(), comma));
            cut = true;
          } else {
            content.add(c);
          }
        }
        if (cut) {
          out.set(k, new Draft(o.tree(), o.cue(), o.cueToken(), o.source(), o.sourceHead(),
              content.stream().filter(c -> c.end() <= comma || c.begin() > d.cue().end()).toList(),
              o.contentHead(), o.channel()));
        }
      }
    }
    return out;
  }

  /** Longest stretch between an inverted cue and the quotation it resumes ("…,” he said Friday afternoon. “…"). */
  private static final int MAX_RESUME_GAP = 150;

  /**
   * “A,” he said. “B.”: a quotation that ended right before its cue and source resumes right after them; the
   * resumed quotation (balanced over its sentences and paragraphs) is the content's second fragment, as PolNeAR
   * marks it. “A,” he said, “B.” with only B found: A is the first fragment ({@link InterruptedQuote}). Not when
   * another attribution already claims that quotation.
   */
  private static List<Draft> continued(String text, QuoteMarks quotes, List<Draft> drafts) {
    List<Draft> out = new ArrayList<>();
    SpanIndex<Part> parts = null; // every draft by its cue, source and content spans: made when first needed
    for (Draft d : drafts) {
      Span resumed = resumedQuote(text, quotes, d);
      Span interrupted = resumed == null ? InterruptedQuote.before(text, quotes, d) : null;
      if ((resumed != null || interrupted != null) && parts == null) {
        parts = partIndex(drafts);
      }
      boolean free = resumed != null && parts.overlapping(resumed).stream().allMatch(p -> p.owner() == d);
      List<Span> content = new ArrayList<>(d.content());
      if (free) {
        content.add(resumed);
      } else if (interrupted != null && parts.overlapping(interrupted).stream().allMatch(p -> p.owner() == d)) {
        content.add(0, interrupted);
      }
      out.add(content.size() == d.content().size() ? d : new Draft(d.tree(), d.cue(), d.cueToken(), d.source(),
          d.sourceHead(), content, d.contentHead(), d.channel()));
    }
    return out;
  }

  /** One span of a draft: its cue, its source or a stretch of its content. */
  private record Part(Draft owner, Span span) {}
  private static SpanIndex<Part> partIndex(List<Draft> drafts) {
    List<Part> parts = new ArrayList<>();
    for (Draft o : drafts) {
      parts.add(new Part(o, o.cue()));
      if (o.source() != null) {
        parts.add(new Part(o, o.source()));
      }
      for (Span c : o.content()) {
        parts.add(new Part(o, c));
      }
    }
    return SpanIndex.of(parts, Part::span);
  }

  private static Span resumedQuote(String text, QuoteMarks quotes, Draft d) {
    Span last = d.content().get(d.content().size() - 1);
    if (last.end() > d.cue().begin() || !quotes.endsQuoted(last)) {
      return null;
    }
    int from = Math.max(d.cue().end(), d.source() == null ? 0 : d.source().end());
    int para = quotes.paragraphOf(from);
    int i = from;
    while (i < text.length() && i - from <= MAX_RESUME_GAP && !quotes.quoteAt(i)
        && quotes.paragraphOf(i) == para && text.charAt(i) != '\n') {
      i++;
    }
    if (i >= text.length() || !quotes.quoteAt(i) || quotes.paragraphOf(i) != para) {
      return null;
    }
    String gap = text.substring(from, i).strip();
    if (gap.isEmpty() || ",.:;".indexOf(gap.charAt(gap.length() - 1)) < 0
        || i + 2 >= text.length() || Character.isWhitespace(text.charAt(i + 1))) {
      return null;
    }
    int mark = i + 1 < text.length() && quotes.quoteAt(i + 1) && !QuoteMarks.isQuote(text.charAt(i)) ? 2 : 1;
    Span q = quotes.balance(new Span(i, i + mark));
    return q.length() > mark + 1 ? q : null;
  }

  /** Content spans that overlap the cue or the source are cut back to the side they mostly lie on. */
  private static List<Span> disjoint(String text, List<Span> content, Draft d) {
    List<Span> out = new ArrayList<>();
    for (Span c : content) {
      Span x = c;
      for (Span other : d.source() == null ? List.of(d.cue()) : List.of(d.cue(), d.source())) {
        if (x != null && x.overlaps(other)) {
          x = other.begin() > x.begin() ? new Span(x.begin(), other.begin()) : other.end() < x.end()
              ? new Span(other.end(), x.end()) : null;
        }
      }
      if (x != null && hasWord(text, x) && out.stream().noneMatch(x::overlaps)) {
        out.add(x);
      }
    }
    out.sort(Comparator.naturalOrder());
    return out;
  }

  /**
   * The main word of the content in the cue's sentence: the first verb among the content tokens whose head lies
   * outside the content (else the first such token); what stance reads ("appear", "may").
   */
  private static Token mainToken(DependencyTree tree, List<Span> content, Token fallback) {
    Token first = null;
    for (Token t : tree.tokens()) {
      boolean inside = content.stream().anyMatch(c -> c.contains(t.span()));
      Token h = tree.head(t);
      boolean top = h == null || content.stream().noneMatch(c -> c.contains(h.span()));
      if (inside && top && !DependencyTree.is(t, "punct")) {
        if (t.isVerb() || fallback != null && t.index() == fallback.index()) {
          return t;
        }
        first = first == null ? t : first;
      }
    }
    return first != null ? first : fallback;
  }

  private static boolean hasWord(String text, Span s) {
    return s.of(text).codePoints().anyMatch(Character::isLetterOrDigit);
  }

  private static Claim.Kind kind(QuoteMarks quotes, List<Span> content) {
    boolean any = false;
    boolean all = true;
    for (Span c : content) {
      boolean q = quotes.hasQuote(c);
      any |= q;
      all &= q && quotes.startsQuoted(c) && quotes.endsQuoted(c) && quotes.count(c) == 2;
    }
    return !any ? Claim.Kind.INDIRECT : all ? Claim.Kind.DIRECT : Claim.Kind.MIXED;
  }

  /** A dated time expression the cue verb governs ("said Friday", "said in December"), outside the content. */
  private static TimeExpression saidTime(AnalyzedArticle in, Draft d) {
    DependencyTree tree = d.tree();
    for (TimeExpression t : SpanIndex.ofTimes(in.times()).within(tree.sentence().span())) {
      if (t.begin() == null || t.type() != TimexType.DATE || !tree.sentence().span().contains(t.span())
          || d.content().stream().anyMatch(c -> c.overlaps(t.span()))) {
        continue;
      }
      for (Token tok : tree.tokens()) {
        if (t.span().contains(tok.span()) && tok.head() == d.cueToken().index()
            && (DependencyTree.is(tok, "obl") || DependencyTree.is(tok, "nmod") || DependencyTree.is(tok, "advmod")
            || DependencyTree.is(tok, "obj") && !CueRules.lemma(d.cueToken()).equals("say"))) {
          return t;
        }
      }
    }
    return null;
  }
}
