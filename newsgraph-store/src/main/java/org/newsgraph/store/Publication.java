package org.newsgraph.store;

import java.time.LocalDate;

/**
 * One publication of a stored article (issue 5): the first, or a near-duplicate recorded instead of being
 * analysed again.
 *
 * @param articleId   the stored article
 * @param contentId   the id of this publication's own text ({@code articleId} for the first)
 * @param source      file or URL it was read from
 * @param outlet      publisher, when known
 * @param headline    its own headline
 * @param published   its own date
 * @param similarity  estimated Jaccard similarity to the stored text (1 for the first)
 * @param scheme      how {@code signature} was made; null without one
 * @param signature   the MinHash signature of the stored text (first publications only), else null
 */
public record Publication(String articleId, String contentId, String source, String outlet, String headline,
    LocalDate published, double similarity, String scheme, int[] signature) {}
