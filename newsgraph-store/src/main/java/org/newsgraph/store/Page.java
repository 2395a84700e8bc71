package org.newsgraph.store;

import java.util.List;

/**
 * One page of a longer answer.
 *
 * @param total   how many items the whole answer has
 * @param offset  the position of the first item of this page in it
 * @param items   the items of this page, in order
 */
public record Page<T>(long total, long offset, List<T> items) {
  public Page {
    items = List.copyOf(items);
  }
}
