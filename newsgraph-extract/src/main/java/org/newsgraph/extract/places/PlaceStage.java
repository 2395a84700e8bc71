package org.newsgraph.extract.places;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Entity;
import org.newsgraph.core.EntityType;
import org.newsgraph.core.Event;
import org.newsgraph.core.Facet;
import org.newsgraph.core.Geography;
import org.newsgraph.core.Mention;
import org.newsgraph.core.PlacePoint;
import org.newsgraph.core.Sentence;
import org.newsgraph.core.Span;
import org.newsgraph.core.Stage;
import org.newsgraph.extract.gazetteer.Gazetteer;
import org.newsgraph.extract.gazetteer.NameHit;

/**
 * Puts the article's places on the map: every mention of a place, region or country (by name or standing for its
 * government) is resolved with {@link PlaceResolver} to a place with a point and a confidence; the dateline too; and
 * each event takes its place from its own sentence (its location, else a place its sentence names that is not one
 * of its actors, towns before countries) or, when the text gives none, from the dateline, and says which. The place
 * table loads when the stage is built, so a missing or damaged table stops start-up with its reason.
 */
public final class PlaceStage implements Stage {
  public static final String ID = "places.geonames.v4";
  private static final Set<EntityType> PLACE_TYPES = Set.of(EntityType.PLACE, EntityType.REGION, EntityType.COUNTRY);
  private static final double DATELINE_CONFIDENCE = 0.8;
  private final PlaceResolver resolver;
  private final Gazetteer gazetteer;

  public PlaceStage() {
    this(PlaceResolver.bundled(), Gazetteer.bundled());
  }

  public PlaceStage(PlaceResolver resolver, Gazetteer gazetteer) {
    this.resolver = resolver;
    this.gazetteer = gazetteer;
    resolver.table(); // the table is read now, not on the first article
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Set<Facet> requires() {
    return Set.of(Facet.ENTITIES);
  }

  @Override
  public Set<Facet> provides() {
    return Set.of(Facet.PLACES);
  }

  @Override
  public AnalyzedArticle apply(AnalyzedArticle in) {
    String outlet = outletCountry(gazetteer, in.article().outlet());
    Map<String, Entity> entities = new HashMap<>();
    for (Entity e : in.entities()) {
      entities.put(e.id(), e);
    }
    List<Toponym> toponyms = new ArrayList<>();
    Map<Toponym, Mention> mentionOf = new java.util.IdentityHashMap<>();
    for (Mention m : in.mentions()) {
      Entity e = entities.get(m.entityId());
      if (e != null && PLACE_TYPES.contains(e.type())
          && (m.role() == Mention.Role.NAME || m.role() == Mention.Role.METONYM)) {
        // A capital or seat standing for its country ("Pyongyang said", "the Kremlin") is still the place named.
        boolean country = e.type() == EntityType.COUNTRY && m.role() == Mention.Role.NAME;
        Toponym t = new Toponym(m.span(), e.country(), country);
        toponyms.add(t);
        mentionOf.put(t, m);
      }
    }
    String text = in.text();
    List<Resolution> rs = resolver.resolve(text, toponyms, in.article().dateline(), outlet,
        webHost(in.article().source()));
    List<PlacePoint> points = new ArrayList<>();
    for (Resolution r : rs) {
      points.add(point(r.toponym().span(), mentionOf.get(r.toponym()).entityId(), r, r.toponym().span().of(text)));
    }
    points.sort((a, b) -> a.span().compareTo(b.span()));
    Place d = resolver.dateline(in.article().dateline());
    PlacePoint dateline = d == null ? null : new PlacePoint(null, null, d.id(), d.name(), d.country(), d.lat(),
        d.lon(), DATELINE_CONFIDENCE, "dateline");
    List<Geography.EventPlace> events = new ArrayList<>();
    for (Event e : in.events()) {
      PlacePoint p = sentencePlace(e, in.sentences(), points);
      if (p != null) {
        events.add(new Geography.EventPlace(e.id(), p, Geography.From.SENTENCE));
      } else if (dateline != null) {
        events.add(new Geography.EventPlace(e.id(), dateline, Geography.From.DATELINE));
      }
    }
    return in.withGeography(new Geography(points, dateline, events), id());
  }

  private static PlacePoint point(Span span, String entityId, Resolution r, String words) {
    Place p = r.place();
    if (p == null) {
      return new PlacePoint(span, entityId, null, words.strip(), null, null, null, 0, r.evidence());
    }
    String country = p.country().isEmpty() ? null : p.country(); // a continent lies in no country
    return new PlacePoint(span, entityId, p.id(), p.name(), country, p.lat(), p.lon(), r.confidence(), r.evidence());
  }

  /** The event's location if it has a point; else a place its sentence names, not an actor, towns first. */
  private static PlacePoint sentencePlace(Event e, List<Sentence> sentences, List<PlacePoint> points) {
    if (e.location() != null) {
      for (PlacePoint p : points) {
        if (p.hasPoint() && p.span().overlaps(e.location().span())) {
          return p;
        }
      }
    }
    if (e.sentence() < 0 || e.sentence() >= sentences.size()) {
      return null;
    }
    Span sentence = sentences.get(e.sentence()).span();
    PlacePoint country = null;
    for (PlacePoint p : points) {
      if (!p.hasPoint() || !sentence.contains(p.span())
          || e.actors().stream().anyMatch(a -> a.span().overlaps(p.span()))) {
        continue;
      }
      // A town or division; a country's id is its alpha-2 code, and a continent lies in no country: both too coarse.
      if (p.placeId().length() != 2 && p.country() != null) {
        return p;
      }
      country = country == null ? p : country;
    }
    return country;
  }

  /** The host of a source that is a web address ("https://www.richmondregister.com/x" → its host), else null. */
  static String webHost(String source) {
    if (source == null || !(source.startsWith("http://") || source.startsWith("https://"))) {
      return null;
    }
    try {
      return java.net.URI.create(source.strip()).getHost();
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** The outlet's country from the gazetteer's organisations ("BBC" → GBR), or null. */
  private static String outletCountry(Gazetteer gazetteer, String outlet) {
    if (outlet == null || outlet.isBlank()) {
      return null;
    }
    for (NameHit h : gazetteer.lookup(outlet.strip())) {
      if (h.entry().type() == EntityType.ORGANIZATION && h.entry().country() != null) {
        return h.entry().country();
      }
    }
    return null;
  }
}
