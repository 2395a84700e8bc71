package org.newsgraph.store;

import java.time.LocalDate;

/** One line of an article list: enough to show it and open it. */
public record ArticleSummary(String id, String headline, LocalDate published, LocalDate updated, String dateline,
    String source) {}
