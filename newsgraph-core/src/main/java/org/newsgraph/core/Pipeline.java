package org.newsgraph.core;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Stages run in order. A pipeline is itself a {@link Stage}, so pipelines nest and every runner (CLI, server,
 * Spark) reuses one unchanged. Building it refuses a stage whose requirement nothing before it provides.
 */
public final class Pipeline implements Stage {
  private final List<Stage> stages;
  private final Set<Facet> requires;
  private final Set<Facet> provides;

  private Pipeline(List<Stage> stages, Set<Facet> requires, Set<Facet> provides) {
    this.stages = List.copyOf(stages);
    this.requires = Set.copyOf(requires);
    this.provides = Set.copyOf(provides);
  }

  /** Builds a pipeline whose input holds {@code given} (usually just {@link Facet#TEXT}). */
  public static Pipeline of(Set<Facet> given, List<Stage> stages) {
    EnumSet<Facet> available = EnumSet.copyOf(given);
    EnumSet<Facet> provided = EnumSet.noneOf(Facet.class);
    for (Stage s : stages) {
      EnumSet<Facet> missing = EnumSet.copyOf(s.requires());
      missing.removeAll(available);
      if (!missing.isEmpty()) {
        throw new PipelineException("stage " + s.id() + " requires " + missing + ", which no stage before it provides"
            + (provided.isEmpty() ? "" : " (before it: " + ids(stages.subList(0, stages.indexOf(s))) + ")"));
      }
      available.addAll(s.provides());
      provided.addAll(s.provides());
    }
    return new Pipeline(stages, given, provided);
  }

  public static Pipeline of(Stage... stages) {
    return of(EnumSet.of(Facet.TEXT), List.of(stages));
  }

  private static String ids(List<Stage> stages) {
    return stages.stream().map(Stage::id).collect(Collectors.joining(", "));
  }

  public List<Stage> stages() {
    return stages;
  }

  @Override
  public String id() {
    return "pipeline[" + ids(stages) + "]";
  }

  @Override
  public Set<Facet> requires() {
    return requires;
  }

  @Override
  public Set<Facet> provides() {
    return provides;
  }

  @Override
  public void load() {
    stages.forEach(Stage::load);
  }

  /** Runs every stage; a stage's exception comes out as a {@link StageFailure} naming the stage and document. */
  @Override
  public AnalyzedArticle apply(AnalyzedArticle in) {
    AnalyzedArticle value = in;
    for (Stage s : stages) {
      try {
        value = s.apply(value);
      } catch (StageFailure f) {
        throw f;
      } catch (RuntimeException | StackOverflowError e) {
        throw new StageFailure(s.id(), in.article().source(), e);
      }
    }
    return value;
  }

  /** Analyses a batch under {@code policy}: failures are recorded (or thrown) and the rest go on. */
  public BatchResult applyAll(List<Article> articles, ErrorPolicy policy) {
    return applyAll(this, articles, policy);
  }

  /** Analyses a batch with {@code stage} (a pipeline, or one run within limits) under {@code policy}. */
  public static BatchResult applyAll(Stage stage, List<Article> articles, ErrorPolicy policy) {
    List<AnalyzedArticle> done = new ArrayList<>();
    List<DocumentError> errors = new ArrayList<>();
    for (Article a : articles) {
      try {
        done.add(stage.apply(AnalyzedArticle.of(a)));
      } catch (StageFailure f) {
        if (policy == ErrorPolicy.FAIL_FAST) {
          throw f;
        }
        errors.add(new DocumentError(a.source(), a.id(), f.stageId(), StageFailure.describe(f.getCause())));
      }
    }
    return new BatchResult(done, errors);
  }

  /** What a batch gave: the analysed articles and one error per document that failed. */
  public record BatchResult(List<AnalyzedArticle> articles, List<DocumentError> errors) {}
}
