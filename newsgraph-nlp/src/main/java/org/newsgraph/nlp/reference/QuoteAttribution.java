package org.newsgraph.nlp.reference;

import edu.stanford.nlp.coref.CorefCoreAnnotations;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.QuoteAttributionAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import org.newsgraph.nlp.NlpLogging;

/**
 * The baseline for attribution: Stanford CoreNLP 4.5.10's {@code QuoteAnnotator} with its
 * {@code QuoteAttributionAnnotator} (Muzny et al. 2017's sieves, built for novels) over
 * {@code tokenize,ssplit,pos,lemma,ner,depparse}. Coreference is switched off ({@code quote.attribution.useCoref=false}):
 * the full coref models cost minutes and gigabytes, and PolNeAR's sources are mention spans, not resolved entities,
 * so the quote's mention is what is scored. NER runs without the fine-grained rules (see FACTS.md: 40 s load, 4.9 GB).
 * Results come back as plain {@link Quote} records, so no CoreNLP type leaves this module.
 *
 * <p>Not thread-safe: one document at a time per instance.
 */
public final class QuoteAttribution {
  /**
   * One quotation as CoreNLP finds and attributes it. Offsets are character offsets into the text given; a missing
   * part is -1.
   *
   * @param begin        the quotation's first character (the opening mark)
   * @param end          after its last character (the closing mark)
   * @param mentionBegin the speaker mention CoreNLP linked the quote to
   * @param mentionEnd   after the mention
   * @param verbBegin    the verb whose subject the mention is ("said" in "he said"), when it has one
   * @param verbEnd      after the verb
   */
  public record Quote(int begin, int end, int mentionBegin, int mentionEnd, int verbBegin, int verbEnd) {
    public boolean hasMention() {
      return mentionBegin >= 0 && mentionEnd > mentionBegin;
    }

    public boolean hasVerb() {
      return verbBegin >= 0 && verbEnd > verbBegin;
    }
  }

  /**
   * The output of one document.
   *
   * @param quotes  top-level quotations in text order
   * @param seconds time spent, all annotators included
   */
  public record Result(List<Quote> quotes, double seconds) {}

  private final StanfordCoreNLP pipeline;
  private final double loadSeconds;

  public QuoteAttribution() {
    NlpLogging.apply();
    long t0 = System.nanoTime();
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,quote");
    p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    p.setProperty("ner.applyFineGrained", "false");
    p.setProperty("quote.attributeQuotes", "true");
    p.setProperty("quote.attribution.useCoref", "false");
    // the quote annotator lists coref among its requirements even when attribution does not use it
    p.setProperty("enforceRequirements", "false");
    pipeline = new StanfordCoreNLP(p);
    loadSeconds = (System.nanoTime() - t0) / 1e9;
  }

  /** Seconds spent loading the models. */
  public double loadSeconds() {
    return loadSeconds;
  }

  /** Finds the quotations of {@code text} and their speakers. */
  public Result attribute(String text) {
    Objects.requireNonNull(text, "text");
    Annotation doc = new Annotation(text);
    // without coref the attribution still reads the chains: give it none rather than a null it cannot take
    doc.set(CorefCoreAnnotations.CorefChainAnnotation.class, new HashMap<>());
    long t0 = System.nanoTime();
    pipeline.annotate(doc);
    double seconds = (System.nanoTime() - t0) / 1e9;
    List<Quote> out = new ArrayList<>();
    List<CoreMap> quotes = doc.get(CoreAnnotations.QuotationsAnnotation.class);
    List<CoreLabel> tokens = doc.get(CoreAnnotations.TokensAnnotation.class);
    if (quotes != null) {
      for (CoreMap q : quotes) {
        Integer b = q.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        Integer e = q.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
        if (b == null || e == null) {
          continue;
        }
        int mb = -1;
        int me = -1;
        int vb = -1;
        int ve = -1;
        Integer first = q.get(QuoteAttributionAnnotator.MentionBeginAnnotation.class);
        Integer last = q.get(QuoteAttributionAnnotator.MentionEndAnnotation.class);
        if (first != null && last != null && first >= 0 && last >= first && last < tokens.size()) {
          mb = tokens.get(first).beginPosition();
          me = tokens.get(last).endPosition();
          CoreLabel verb = governingVerb(doc, tokens, first, last);
          if (verb != null) {
            vb = verb.beginPosition();
            ve = verb.endPosition();
          }
        }
        out.add(new Quote(b, e, mb, me, vb, ve));
      }
    }
    return new Result(List.copyOf(out), seconds);
  }

  /** The verb a mention is the subject of, from the mention sentence's basic dependencies; null when none. */
  private static CoreLabel governingVerb(Annotation doc, List<CoreLabel> tokens, int first, int last) {
    Integer s = tokens.get(first).get(CoreAnnotations.SentenceIndexAnnotation.class);
    List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    if (s == null || sentences == null || s >= sentences.size()) {
      return null;
    }
    CoreMap sentence = sentences.get(s);
    SemanticGraph g = sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
    Integer offset = sentence.get(CoreAnnotations.TokenBeginAnnotation.class);
    if (g == null || offset == null) {
      return null;
    }
    for (SemanticGraphEdge edge : g.edgeIterable()) {
      IndexedWord dep = edge.getDependent();
      int at = offset + dep.index() - 1;
      if (at >= first && at <= last && edge.getRelation().toString().startsWith("nsubj")
          && edge.getGovernor().tag() != null && edge.getGovernor().tag().startsWith("VB")) {
        int v = offset + edge.getGovernor().index() - 1;
        return v >= 0 && v < tokens.size() ? tokens.get(v) : null;
      }
    }
    return null;
  }
}
