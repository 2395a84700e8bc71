package org.newsgraph.store.internal;

import java.util.Arrays;
import java.util.Collection;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/** Every matching document, in index order, without scores ({@link SearchIndex#ids}). */
final class AllDocs extends SimpleCollector {
  /** One collector per slice, their documents joined in slice order (slices come in index order). */
  static final CollectorManager<AllDocs, AllDocs> MANAGER = new CollectorManager<>() {
    @Override
    public AllDocs newCollector() {
      return new AllDocs();
    }

    @Override
    public AllDocs reduce(Collection<AllDocs> collectors) {
      AllDocs out = new AllDocs();
      collectors.stream().sorted((a, b) -> Integer.compare(a.first(), b.first())).forEach(c -> {
        for (int i = 0; i < c.count; i++) {
          out.add(c.docs[i]);
        }
      });
      return out;
    }
  };

  private int base;
  private int[] docs = new int[256];
  private int count;

  @Override
  protected void doSetNextReader(LeafReaderContext context) {
    base = context.docBase;
  }

  @Override
  public void collect(int doc) {
    add(base + doc);
  }

  private void add(int doc) {
    if (count == docs.length) {
      docs = Arrays.copyOf(docs, count * 2);
    }
    docs[count++] = doc;
  }

  private int first() {
    return count == 0 ? Integer.MAX_VALUE : docs[0];
  }

  int[] docs() {
    return docs;
  }

  int count() {
    return count;
  }

  @Override
  public ScoreMode scoreMode() {
    return ScoreMode.COMPLETE_NO_SCORES;
  }
}
