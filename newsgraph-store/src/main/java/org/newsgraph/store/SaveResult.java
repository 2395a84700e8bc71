package org.newsgraph.store;

import java.util.List;

/**
 * What a {@link NewsStore#save} did.
 *
 * @param stored             ids of the articles newly stored, in batch order
 * @param skippedDuplicates  ids of the articles skipped because they were already stored (or repeated in the batch)
 */
public record SaveResult(List<String> stored, List<String> skippedDuplicates) {
  public SaveResult {
    stored = List.copyOf(stored);
    skippedDuplicates = List.copyOf(skippedDuplicates);
  }
}
