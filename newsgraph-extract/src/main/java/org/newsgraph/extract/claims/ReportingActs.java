package org.newsgraph.extract.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.core.Token;

/**
 * A cue is a reporting act or nothing: rules over the cue's syntax that leave out verbs the cue model takes for
 * reports when they are not.
 * <ul>
 * <li>volition: "hope", "seek", "intend" ("is hoping to triple production", "is seeking evidence"): an aim is not a
 * report of anything. "Want", "wish" and "would like" are volition too, but PolNeAR's annotators mark them as
 * attributions (21 of the 32 its dev set gives the rules), so leaving them out costs PolNeAR dev cue F1 0.006: they
 * stay until the two judges agree (docs/BENCHMARKS.md), but for "would like", which goes as a conditional act
 * (below);</li>
 * <li>naming: a naming verb with an object and a second nominal after it that is a name or a kinship ("calls him
 * her brother", "named the ferry Aurora"), or a naming verb other than "call" whose content holds neither a verb
 * nor a quotation ("Dubbed the Pocket Media Assistant");</li>
 * <li>descriptions: a passive "characterised", "defined", "marked", "typified" with its agent ("is characterised by
 * long summers");</li>
 * <li>second-person copy: a cue whose subject is "you" outside quotation marks ("tell us what you think");</li>
 * <li>verbs seldom a cue: a verb none of the lists names whose lemma heads a cue in fewer than 15% of its uses on
 * PolNeAR train ({@link CuePrior}: "have", "give", "use", "receive", "hold"), unless a particle makes it a phrasal
 * verb. A report inside such a draft's content stands.</li>
 * <li>deeds: such a verb that PolNeAR's annotators mark less often than not, with a content that is only a noun
 * phrase ("voted 272-219 in favour of the Bill", "accepted people's frustration"): {@link #deedOnly}.</li>
 * <li>predicted or conditional acts: a cue under a modal of prediction or condition ("will pump", "would allow",
 * "some might say", "will disappoint"): what someone will or would say has not been said; a report in its content
 * stands ({@link #hypothetical}).</li>
 * </ul>
 * Telephoning ("she called her") is not a rule here: "call" without a clause or topic is an attribution in PolNeAR
 * often enough ("called the decision …") that the rule cost more there than it gained on real news.
 */
final class ReportingActs {
  private static final Set<String> AIMING = Set.of("hope", "seek", "intend");
  private static final Set<String> NAMING = Set.of("call", "name", "dub", "nickname", "rename", "christen", "term",
      "label", "title");
  private static final Set<String> DESCRIBING = Set.of("characterize", "characterise", "typify", "define", "mark");
  private static final Set<String> SECOND_PERSON = Set.of("you", "your", "yourself", "yourselves");
  /**
   * Modals of prediction and condition. Not "can", "could", "must", "should": "police can confirm that …" and "I
   * must say" are said now, and "could not confirm" is a stance.
   */
  private static final Set<String> PREDICTING = Set.of("will", "would", "shall", "might", "may", "'ll", "'d", "wo");

  private ReportingActs() {}

  /**
   * The drafts that report something, and not those whose cue lies in a left-out draft's content: what someone
   * seeks or hopes for is not said ("is seeking to have the law changed to let it report both figures"), and
   * before the act was left out, the inner cue was nested under it anyway.
   */
  static List<Draft> reports(List<Draft> drafts, QuoteMarks quotes) {
    List<Draft> out = new ArrayList<>();
    List<Draft> left = new ArrayList<>();
    for (Draft d : drafts) {
      // as for the deeds, a report inside a predicted act's content stands: the parse often hangs the sentence's
      // own cue under the quotation's verb ("… will find the third way," said Tom Vilsack)
      if (!rarelyCue(d) && !deedOnly(d, quotes) && !hypothetical(d.tree(), d.cueToken())) {
        (isReport(d, quotes) ? out : left).add(d);
      }
    }
    return out.stream().filter(d -> left.stream().noneMatch(o -> o.content().stream()
        .anyMatch(c -> c.contains(d.cue())))).toList();
  }

  /** Verbs of volition PolNeAR marks as attributions, which the rules keep (see the class comment). */
  private static final Set<String> WANTING = Set.of("want", "wish", "like");

  /**
   * The class of a cue's lemma among the acts these rules judge ("naming", "describing", "volition", "aiming"), or
   * "report" for any other: a kept cue of a doubtful class is a feature of the claim's confidence.
   */
  static String classOf(String lemma) {
    return AIMING.contains(lemma) ? "aiming" : NAMING.contains(lemma) ? "naming" : DESCRIBING.contains(lemma)
        ? "describing" : WANTING.contains(lemma) ? "volition" : "report";
  }

  /** Whether the draft reports something someone said, wrote, thought or found. */
  static boolean isReport(Draft d, QuoteMarks quotes) {
    Token v = d.cueToken();
    if (!v.isVerb()) {
      return true;
    }
    String lemma = CueRules.lemma(v);
    DependencyTree tree = d.tree();
    if (AIMING.contains(lemma)) {
      return false;
    }
    if (NAMING.contains(lemma) && names(tree, v)) {
      return false;
    }
    if (NAMING.contains(lemma) && !lemma.equals("call") && !holdsClause(d, quotes)) {
      return false;
    }
    if (DESCRIBING.contains(lemma) && PassiveCues.isPassive(tree, v)
        && tree.child(v, "obl:agent") != null) {
      return false;
    }
    return !secondPerson(tree, v, quotes);
  }

  /**
   * A cue verb under a modal of prediction or condition ("will want to join", "would like to have the law changed",
   * "some might say"): the labelling guidelines count no predicted or conditional saying as a claim.
   */
  static boolean hypothetical(DependencyTree tree, Token v) {
    for (Token c : tree.children(v)) {
      if (DependencyTree.is(c, "aux") && c.index() < v.index() && c.pos().equals("MD")
          && PREDICTING.contains(c.word().toLowerCase(Locale.ROOT).replace('\u2019', '\''))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A verb only the cue model takes whose lemma PolNeAR's annotators rarely mark as a cue ({@link CuePrior}). Unlike
   * the acts above, a report inside its content stands: "tried to explain that …" keeps "explain".
   */
  static boolean rarelyCue(Draft d) {
    Token v = d.cueToken();
    if (!v.isVerb() || d.tree().child(v, "compound:prt") != null) {
      return false; // a phrasal verb is another word than its lemma ("hit back", "pointed out")
    }
    String lemma = CueRules.lemma(v);
    return learnt(lemma) && CuePrior.rarelyCue(lemma, CuePrior.MAX_RATE);
  }

  /**
   * A verb only the cue model takes, whose content is no proposition (neither a verb nor a quotation: "accepted
   * people's frustration", "does mark a sixth straight quarter", "voted 272-219"), and whose lemma PolNeAR's
   * annotators mark as a cue in fewer than {@link #OBJECT_RATE} of its uses: a deed done to a thing, not a report of
   * one. An evaluation with an object ("criticised X", "praised X", "blamed X") keeps it, its lemma being a cue far
   * more often than not.
   */
  static boolean deedOnly(Draft d, QuoteMarks quotes) {
    Token v = d.cueToken();
    if (!v.isVerb() || d.tree().child(v, "compound:prt") != null) {
      return false;
    }
    String lemma = CueRules.lemma(v);
    return learnt(lemma) && CuePrior.rarelyCue(lemma, OBJECT_RATE) && !holdsClause(d, quotes);
  }

  /**
   * The gate for a content that is no proposition: the lemma is a cue in fewer than half its uses on PolNeAR train
   * (set before measuring; 0.6 and 0.75 were tried after, docs/BENCHMARKS.md, claims.v15).
   */
  static final double OBJECT_RATE = 0.5;

  /** A verb only the cue model takes: none of the rules' lists names it. */
  private static boolean learnt(String lemma) {
    return !Cues.REPORTING.contains(lemma) && !Cues.BELIEVING.contains(lemma) && !Cues.DENYING.contains(lemma)
        && !Cues.CONFIRMING.contains(lemma) && !WANTING.contains(lemma) && !NAMING.contains(lemma);
  }

  /**
   * "calls him her brother", "named the dog Ruby": an object and a second nominal after the verb that is a name (a
   * proper noun) or a kinship (a noun with a possessive), not an evaluative description ("called him a liar").
   */
  private static boolean names(DependencyTree tree, Token v) {
    Token first = null;
    Token last = null;
    for (Token c : tree.children(v)) {
      boolean nominal = DependencyTree.is(c, "obj") || DependencyTree.is(c, "iobj") || DependencyTree.is(c, "xcomp");
      if (nominal && c.index() > v.index() && !c.isVerb()) {
        first = first == null ? c : first;
        last = c;
      }
    }
    return first != last && (last.isProperNoun() || tree.child(last, "nmod:poss") != null);
  }

  /** Whether a content is quoted or holds a verb: a proposition, not only a name ("Dubbed the PMA430"). */
  private static boolean holdsClause(Draft d, QuoteMarks quotes) {
    if (d.content().stream().anyMatch(quotes::hasQuote)) {
      return true;
    }
    return d.tree().tokens().stream().anyMatch(t -> t.isVerb() && d.content().stream()
        .anyMatch(c -> c.contains(t.span())));
  }

  /**
   * A second-person subject, or an imperative (a bare verb heading the sentence with no subject or auxiliary),
   * outside quotation marks: advertising and instructions to the reader ("tell us what you think").
   */
  private static boolean secondPerson(DependencyTree tree, Token v, QuoteMarks quotes) {
    if (quotes.inside(v.span().begin())) {
      return false;
    }
    Token s = tree.child(v, "nsubj");
    if (s == null) {
      return v.pos().equals("VB") && tree.head(v) == null && tree.child(v, "aux") == null;
    }
    return SECOND_PERSON.contains(s.word().toLowerCase(Locale.ROOT));
  }
}
