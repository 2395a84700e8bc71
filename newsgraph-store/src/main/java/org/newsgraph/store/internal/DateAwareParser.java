package org.newsgraph.store.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.Query;

/** The classic syntax over headline (boosted) and text, with {@code date:} taking ISO dates. */
final class DateAwareParser extends MultiFieldQueryParser {
  DateAwareParser(Analyzer analyzer) {
    super(new String[] {SearchIndex.HEADLINE, SearchIndex.TEXT}, analyzer, Map.of(SearchIndex.HEADLINE, 2f, SearchIndex.TEXT, 1f));
  }

  @Override
  protected Query getFieldQuery(String field, String text, boolean quoted) throws ParseException {
    if (SearchIndex.DATE.equals(field)) {
      return LongPoint.newExactQuery(SearchIndex.DATE, day(text));
    }
    return super.getFieldQuery(field, text, quoted);
  }

  @Override
  protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive,
      boolean endInclusive) throws ParseException {
    if (SearchIndex.DATE.equals(field)) {
      long lo = part1 == null || part1.equals("*") ? Long.MIN_VALUE : day(part1) + (startInclusive ? 0 : 1);
      long hi = part2 == null || part2.equals("*") ? Long.MAX_VALUE : day(part2) - (endInclusive ? 0 : 1);
      return LongPoint.newRangeQuery(SearchIndex.DATE, lo, hi);
    }
    return super.getRangeQuery(field, part1, part2, startInclusive, endInclusive);
  }

  private static long day(String text) throws ParseException {
    try {
      return LocalDate.parse(text.strip()).toEpochDay();
    } catch (DateTimeParseException e) {
      throw new ParseException("'" + text + "' is not a date like 2025-01-31");
    }
  }
}
