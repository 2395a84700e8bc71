package org.newsgraph.nlp.reference;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeAnnotator;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import org.newsgraph.nlp.NlpLogging;

/**
 * The baseline for temporal tagging: Stanford SUTime (CoreNLP 4.5.10's {@link TimeAnnotator}, the rule set that the
 * {@code ner} annotator runs when {@code ner.useSUTime=true}) at its default settings, with the document date set
 * per document. The text is first run through {@code tokenize,ssplit,pos,lemma}. Results come back as plain
 * {@link Timex3} records, so no CoreNLP type leaves this module.
 *
 * <p>Thread-safe after construction; the models load once per instance.
 */
public final class SuTime {
  /**
   * One TIMEX3 as SUTime gives it.
   *
   * @param begin character offset of the first character, into the text given
   * @param end   character offset after the last character
   * @param type  TIMEX3 type as SUTime names it ({@code DATE}, {@code TIME}, {@code DURATION}, {@code SET})
   * @param value TIMEX3 value (may be null for SUTime's unresolvable expressions)
   */
  public record Timex3(int begin, int end, String type, String value) {}

  /**
   * The output of one document, with the time spent.
   *
   * @param timexes        SUTime's expressions in text order
   * @param preSeconds     time in tokenize, ssplit, pos, lemma
   * @param sutimeSeconds  time in SUTime's annotator alone
   */
  public record Result(List<Timex3> timexes, double preSeconds, double sutimeSeconds) {}

  private final StanfordCoreNLP pre;
  private final TimeAnnotator sutime;
  private final double loadSeconds;

  public SuTime() {
    NlpLogging.apply();
    long t0 = System.nanoTime();
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma");
    p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    pre = new StanfordCoreNLP(p);
    sutime = new TimeAnnotator("sutime", new Properties());
    loadSeconds = (System.nanoTime() - t0) / 1e9;
  }

  /** Seconds spent loading the models. */
  public double loadSeconds() {
    return loadSeconds;
  }

  /** Tags {@code text} with SUTime, resolving relative expressions against {@code documentDate}. */
  public Result tag(String text, LocalDate documentDate) {
    Objects.requireNonNull(text, "text");
    Annotation doc = new Annotation(text);
    if (documentDate != null) {
      doc.set(CoreAnnotations.DocDateAnnotation.class, documentDate.toString());
    }
    long t0 = System.nanoTime();
    pre.annotate(doc);
    long t1 = System.nanoTime();
    sutime.annotate(doc);
    long t2 = System.nanoTime();
    List<Timex3> out = new ArrayList<>();
    List<CoreMap> found = doc.get(TimeAnnotations.TimexAnnotations.class);
    if (found != null) {
      for (CoreMap m : found) {
        Timex t = m.get(TimeAnnotations.TimexAnnotation.class);
        Integer b = m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        Integer e = m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
        if (t == null || b == null || e == null) {
          continue;
        }
        out.add(new Timex3(b, e, t.timexType(), t.value()));
      }
    }
    return new Result(List.copyOf(out), (t1 - t0) / 1e9, (t2 - t1) / 1e9);
  }
}
