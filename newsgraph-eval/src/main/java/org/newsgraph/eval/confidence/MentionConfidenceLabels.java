package org.newsgraph.eval.confidence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Article;
import org.newsgraph.core.Entity;
import org.newsgraph.core.Facet;
import org.newsgraph.core.EntityType;
import org.newsgraph.core.Mention;
import org.newsgraph.core.Sentence;
import org.newsgraph.core.Token;
import org.newsgraph.eval.ner.ConllCorpus;
import org.newsgraph.eval.ner.ConllScorer;
import org.newsgraph.eval.ner.NerEvaluation;
import org.newsgraph.extract.claims.ClaimConfidenceTrainer;
import org.newsgraph.extract.entities.EntityLinkingStage;
import org.newsgraph.extract.entities.MentionConfidence;
import org.newsgraph.nlp.PretokenizedNlp;

/**
 * The entity stage's mentions on a CoNLL-2003 file (on its own tokens, as {@code eval ner} reads it), each labelled
 * right or wrong against the gold phrases, as examples for {@link ClaimConfidenceTrainer}. A mention is right when a
 * gold phrase has exactly its first and last token and the CoNLL type the mention stands for: a person PER, an
 * organisation or a group ORG, a country, region or place LOC, a misc entity MISC; a demonym ("North Korean") MISC
 * whatever its entity, as CoNLL tags nationalities; a capital standing for its country ("Pyongyang said") LOC, as
 * CoNLL tags it by what it names. Every mention is scored so, the gazetteer's own included; a mention with no gold
 * phrase of those bounds (a description such as "South Korea's spy agency", a name cut short) is wrong, which is what
 * its confidence says: the chance that it is a real name with those bounds and that type.
 */
public final class MentionConfidenceLabels {
  /** What the pretokenised NLP gives (no parse: CoNLL is tagged on its own tokens, as {@code eval ner} does). */
  private static final Set<Facet> FACETS = Set.of(Facet.SENTENCES, Facet.TOKENS, Facet.POS, Facet.LEMMAS,
      Facet.NER);
  private MentionConfidenceLabels() {}

  /** The labelled mentions of every document, in file order (key: {@code prefix} and the document's number). */
  public static List<ClaimConfidenceTrainer.Example> examples(List<ConllCorpus.Document> docs, String prefix,
      EntityLinkingStage stage, Consumer<String> log) {
    return examples(docs, d -> PretokenizedNlp.analyze(NerEvaluation.words(d)), prefix, stage, log);
  }

  /** As above, with the NLP of each document given ({@code eval ner} has run it already). */
  public static List<ClaimConfidenceTrainer.Example> examples(List<ConllCorpus.Document> docs,
      Function<ConllCorpus.Document, List<Sentence>> nlp, String prefix, EntityLinkingStage stage,
      Consumer<String> log) {
    List<ClaimConfidenceTrainer.Example> out = new ArrayList<>();
    int done = 0;
    for (ConllCorpus.Document d : docs) {
      List<List<String>> words = NerEvaluation.words(d);
      List<Sentence> sentences = nlp.apply(d);
      if (sentences == null) {
        continue; // a document the recogniser failed on
      }
      AnalyzedArticle a = AnalyzedArticle.of(Article.ofText("conll:" + prefix + d.number(),
          PretokenizedNlp.text(words), null)).withSentences(sentences, FACETS, "nlp.pretokenized");
      out.addAll(label(prefix + d.number(), a, stage, gold(d, sentences)));
      if (++done % 100 == 0) {
        log.accept(done + " of " + docs.size() + " documents");
      }
    }
    return out;
  }

  /** The gold phrases as character spans ("begin:end") and their CoNLL types. */
  static Map<String, String> gold(ConllCorpus.Document d, List<Sentence> sentences) {
    Map<String, String> out = new HashMap<>();
    List<List<ConllCorpus.Token>> gs = d.sentences().stream().filter(s -> !s.isEmpty()).toList();
    for (int s = 0; s < gs.size(); s++) {
      List<Token> tokens = sentences.get(s).tokens();
      List<String> tags = gs.get(s).stream().map(ConllCorpus.Token::tag).toList();
      for (ConllScorer.Phrase p : ConllScorer.phrases(tags)) {
        out.put(tokens.get(p.first()).span().begin() + ":" + tokens.get(p.last()).span().end(), p.type());
      }
    }
    return out;
  }

  static List<ClaimConfidenceTrainer.Example> label(String key, AnalyzedArticle a, EntityLinkingStage stage,
      Map<String, String> gold) {
    List<ClaimConfidenceTrainer.Example> out = new ArrayList<>();
    List<MentionConfidence.Scored> scored = stage.scored(a);
    Map<String, EntityType> types = new HashMap<>();
    for (Entity e : stage.apply(a).entities()) {
      types.put(e.id(), e.type());
    }
    for (MentionConfidence.Scored s : scored) {
      Mention m = s.mention();
      String g = gold.get(m.span().begin() + ":" + m.span().end());
      out.add(new ClaimConfidenceTrainer.Example(key, g != null && g.equals(conllType(m, types.get(m.entityId()))),
          s.features()));
    }
    return out;
  }

  /** The CoNLL type a mention stands for (see the class comment). */
  static String conllType(Mention m, EntityType type) {
    if (m.role() == Mention.Role.DEMONYM) {
      return "MISC";
    }
    if (m.role() == Mention.Role.METONYM || type == null) {
      return "LOC";
    }
    return switch (type) {
      case PERSON -> "PER";
      case ORGANIZATION, GROUP -> "ORG";
      case COUNTRY, REGION, PLACE -> "LOC";
      case MISC -> "MISC";
    };
  }
}
