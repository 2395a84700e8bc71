package org.newsgraph.extract.events.export;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Entity;
import org.newsgraph.core.Event;
import org.newsgraph.core.Event.Argument;
import org.newsgraph.extract.events.ActorCodes;
import org.newsgraph.extract.places.PlaceGazetteer;

/**
 * Events as rows of the GDELT 2.0 event table (61 tab-separated columns, {@link #HEADER}), for tools that read
 * GDELT. CAMEO codes come from {@link CameoTable}; the event is dated by when it happened (GDELT dates by
 * publication), falling back to the article's date. The action's coordinates and feature id come from the
 * GeoNames place gazetteer. Columns newsgraph cannot fill (FIPS geography codes, ADM codes, actor geography,
 * tone) are left empty; mention counts are 1 (one article). Pure functions.
 */
public final class GdeltExport {
  /** The 61 column names of the GDELT 2.0 event table, in order. */
  public static final List<String> HEADER = List.of("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year",
      "FractionDate", "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
      "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
      "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
      "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
      "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions",
      "NumSources", "NumArticles", "AvgTone", "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode",
      "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
      "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
      "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID", "ActionGeo_Type", "ActionGeo_FullName",
      "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long",
      "ActionGeo_FeatureID", "DATEADDED", "SOURCEURL");
  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

  private GdeltExport() {}

  /** One row per event with both GDELT's actor slots filled as far as known; ids count from {@code firstId}. */
  public static List<List<String>> rows(AnalyzedArticle a, long firstId) {
    List<List<String>> out = new ArrayList<>();
    long id = firstId;
    for (Event e : a.events()) {
      out.add(row(a, e, id++));
    }
    return out;
  }

  /** The rows as tab-separated lines, without the header. */
  public static String tsv(AnalyzedArticle a, long firstId) {
    StringBuilder sb = new StringBuilder();
    for (List<String> r : rows(a, firstId)) {
      sb.append(String.join("\t", r)).append('\n');
    }
    return sb.toString();
  }

  private static List<String> row(AnalyzedArticle a, Event e, long id) {
    List<String> r = new ArrayList<>(Collections.nCopies(HEADER.size(), ""));
    String type = PloverCoding.type(e);
    String code = CameoTable.code(type, PloverCoding.mode(e));
    LocalDate date = e.begin() != null ? e.begin() : e.end() != null ? e.end().minusDays(1)
        : a.article().anchorDate();
    set(r, "GLOBALEVENTID", Long.toString(id));
    if (date != null) {
      set(r, "SQLDATE", date.format(DAY));
      set(r, "MonthYear", String.format(Locale.ROOT, "%04d%02d", date.getYear(), date.getMonthValue()));
      set(r, "Year", Integer.toString(date.getYear()));
      set(r, "FractionDate", String.format(Locale.ROOT, "%.4f",
          date.getYear() + (date.getDayOfYear() - 1) / (double) date.lengthOfYear()));
    }
    actor(a, r, "Actor1", e.actors());
    actor(a, r, "Actor2", e.recipients());
    set(r, "IsRootEvent", e.sentence() == 0 ? "1" : "0");
    set(r, "EventCode", code);
    set(r, "EventBaseCode", CameoTable.base(code));
    set(r, "EventRootCode", CameoTable.root(code));
    set(r, "QuadClass", Integer.toString(CameoTable.quadClass(code)));
    set(r, "GoldsteinScale", String.format(Locale.ROOT, "%.1f", CameoTable.goldstein(code)));
    set(r, "NumMentions", "1");
    set(r, "NumSources", "1");
    set(r, "NumArticles", "1");
    if (e.location() != null) {
      Entity place = e.location().entityId() == null ? null : a.entity(e.location().entityId()).orElse(null);
      set(r, "ActionGeo_Type", place == null ? "" : place.type().name().equals("COUNTRY") ? "1" : "4");
      set(r, "ActionGeo_FullName", place != null ? place.name() : e.location().span().of(a.text()));
      if (place != null && place.type() != org.newsgraph.core.EntityType.COUNTRY) {
        PlaceGazetteer.bundled().lookup(place.name()).filter(p -> place.country() == null
            || p.country().equals(place.country())).ifPresent(p -> {
              set(r, "ActionGeo_Lat", String.format(Locale.ROOT, "%.4f", p.lat()));
              set(r, "ActionGeo_Long", String.format(Locale.ROOT, "%.4f", p.lon()));
              set(r, "ActionGeo_FeatureID", Long.toString(p.geonameId()));
            });
      }
    }
    LocalDate added = a.article().anchorDate();
    if (added != null) {
      set(r, "DATEADDED", added.format(DAY) + "000000");
    }
    set(r, "SOURCEURL", a.article().source() == null ? "" : a.article().source());
    return r;
  }

  private static void actor(AnalyzedArticle a, List<String> r, String slot, List<Argument> args) {
    if (args.isEmpty()) {
      return;
    }
    Argument x = args.get(0);
    List<String> countries = ActorCodes.countries(a, x);
    String country = countries.isEmpty() ? "" : countries.get(0);
    String sector = ActorCodes.sector(a, x);
    Entity e = x.entityId() == null ? null : a.entity(x.entityId()).orElse(null);
    set(r, slot + "Code", country + (sector == null ? "" : sector));
    set(r, slot + "Name", (e != null ? e.name() : x.span().of(a.text())).toUpperCase(Locale.ROOT)
        .replace('\t', ' ').replace('\n', ' '));
    set(r, slot + "CountryCode", country);
    set(r, slot + "Type1Code", sector == null ? "" : sector);
  }

  private static void set(List<String> r, String column, String value) {
    r.set(HEADER.indexOf(column), value);
  }
}
