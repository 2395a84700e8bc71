package org.newsgraph.app.http;

import java.time.LocalDate;
import java.util.List;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Claim;
import org.newsgraph.core.EntityType;
import org.newsgraph.core.Event;
import org.newsgraph.core.Mention.Role;
import org.newsgraph.core.Span;
import org.newsgraph.testkit.ArticleBuilder;

/** Articles written by hand with a claim and an event each (no models): what watchlists and trends are tested on. */
public final class WatchArticles {
  public static final String PRK = "country:PRK";
  public static final String NIS = "org:nis-kor";

  private WatchArticles() {}

  /**
   * An article of {@code date} in which the NIS says North Korean troops did something ({@code verb}, an event of
   * {@code type} whose actor is North Korea) at {@code place}.
   */
  public static AnalyzedArticle report(String date, String verb, String type, String place) {
    String text = "North Korean troops " + verb + " near " + place + ", South Korea's spy agency said on"
        + " Wednesday. Russia has not commented.";
    String placeId = "place:" + place.toLowerCase(java.util.Locale.ROOT);
    AnalyzedArticle a = ArticleBuilder.text(text)
        .source("samples/" + verb + "-" + date + ".txt")
        .headline("Seoul says North Korean troops " + verb + " near " + place)
        .published(date)
        .entity(PRK, EntityType.COUNTRY, "North Korea")
        .entity(placeId, EntityType.PLACE, place)
        .entity(NIS, EntityType.ORGANIZATION, "National Intelligence Service")
        .entity("country:RUS", EntityType.COUNTRY, "Russia")
        .mention("North Korean", PRK, Role.DEMONYM)
        .mention(place, placeId)
        .mention("spy agency", NIS, Role.DESCRIPTION)
        .mention("Russia", "country:RUS")
        .build();
    Claim c = new Claim("c1", find(text, "South Korea's spy agency"), NIS, find(text, "said on Wednesday"),
        List.of(find(text, "North Korean troops " + verb + " near " + place)), Claim.Kind.INDIRECT, null,
        LocalDate.parse(date), true, Claim.Stance.ASSERTED, 0);
    Event e = new Event("e1", type, null, find(text, verb), List.of(new Event.Argument(find(text, "North Korean troops"),
        PRK)), List.of(), new Event.Argument(find(text, place), placeId), null, null, null, false,
        Event.Modality.CLAIMED, "c1", 0.8, 0);
    return a.withClaims(List.of(c), "claims.test.v1").withEvents(List.of(e), "events.test.v1");
  }

  private static Span find(String text, String words) {
    int at = text.indexOf(words);
    if (at < 0) {
      throw new IllegalArgumentException("'" + words + "' is not in the text");
    }
    return new Span(at, at + words.length());
  }
}
