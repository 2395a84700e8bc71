package org.newsgraph.testkit;

import java.time.LocalDate;
import java.util.List;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Claim;
import org.newsgraph.core.EntityType;
import org.newsgraph.core.Event;
import org.newsgraph.core.Mention;
import org.newsgraph.core.Quantity;
import org.newsgraph.core.Span;

/**
 * Four made-up reports of one troop deployment by four outlets over a week, analysed by hand: a spy agency's "more
 * than 10,000 troops", a military intelligence's "12,000 troops" (the two agree), Russian officials' "3,000 troops"
 * (which disagrees with both), and a wire agency citing the spy agency ("Yonhap, citing the National Intelligence
 * Service, said …", the spy agency's claim carried by Yonhap).
 */
public final class DeploymentReports {
  public static final String KOR = "country:KOR";
  public static final String PRK = "country:PRK";
  public static final String UKR = "country:UKR";
  public static final String RUS = "country:RUS";
  public static final String NIS = "org:nis-kor";
  public static final String YONHAP = "org:yonhap";

  private DeploymentReports() {}

  /** The four reports, oldest first. */
  public static List<AnalyzedArticle> all() {
    return List.of(spyAgency(), militaryIntelligence(), russianOfficials(), wireCitingSpyAgency());
  }

  /** 2025-02-01, AFP: South Korea's spy agency, "more than 10,000 troops". */
  public static AnalyzedArticle spyAgency() {
    return report("AFP", "2025-02-01", "South Korea's spy agency", KOR, "said",
        "South Korea's spy agency said North Korea had deployed more than 10,000 troops to the Kursk region of Russia"
        + " to fight Ukrainian forces.", "more than 10,000 troops", Quantity.Qualifier.OVER, 10_000, null, null);
  }

  /** 2025-02-03, Reuters: Ukraine's military intelligence, "12,000 troops". */
  public static AnalyzedArticle militaryIntelligence() {
    return report("Reuters", "2025-02-03", "Ukraine's military intelligence", UKR, "said",
        "Ukraine's military intelligence said North Korea had deployed 12,000 troops to the Kursk region of Russia to"
        + " fight Ukrainian forces.", "12,000 troops", Quantity.Qualifier.EXACT, 12_000, null, null);
  }

  /** 2025-02-05, TASS: Russian officials, "3,000 troops". */
  public static AnalyzedArticle russianOfficials() {
    return report("TASS", "2025-02-05", "Russian officials", RUS, "said",
        "Russian officials said North Korea had deployed 3,000 troops to the Kursk region of Russia to help fight"
        + " Ukrainian forces.", "3,000 troops", Quantity.Qualifier.EXACT, 3_000, null, null);
  }

  /** 2025-02-06, Korea Herald: Yonhap, citing the National Intelligence Service, "about 11,000 troops". */
  public static AnalyzedArticle wireCitingSpyAgency() {
    return report("Korea Herald", "2025-02-06", "Yonhap", YONHAP, "said",
        "Yonhap, citing the National Intelligence Service, said North Korea had deployed about 11,000 troops to the"
        + " Kursk region of Russia to fight Ukrainian forces.", "about 11,000 troops", Quantity.Qualifier.ABOUT,
        11_000, "the National Intelligence Service", NIS);
  }

  private static AnalyzedArticle report(String outlet, String date, String source, String sourceEntity, String cue,
      String text, String amount, Quantity.Qualifier q, double value, String cited, String citedEntity) {
    ArticleBuilder b = ArticleBuilder.text(text).outlet(outlet).published(date).source("fixtures/" + outlet + ".txt")
        .headline("North Korea deployed troops to Russia's Kursk region, " + source + " says")
        .entity(PRK, EntityType.COUNTRY, "North Korea").entity(RUS, EntityType.COUNTRY, "Russia")
        .entity(UKR, EntityType.COUNTRY, "Ukraine").entity("place:kursk", EntityType.PLACE, "Kursk")
        .mention("North Korea", PRK).mention("Kursk", "place:kursk").mention("Russia", RUS)
        .mention("Ukrainian", UKR, Mention.Role.DEMONYM);
    if (sourceEntity.startsWith("org:")) {
      b.entity(sourceEntity, EntityType.ORGANIZATION, source).mention(source, sourceEntity);
    }
    if (citedEntity != null) {
      b.entity(citedEntity, EntityType.ORGANIZATION, "National Intelligence Service")
          .mention("National Intelligence Service", citedEntity);
    }
    AnalyzedArticle a = b.build();
    Span src = at(text, source);
    Span content = new Span(at(text, "North Korea").begin(), text.length() - 1);
    LocalDate day = LocalDate.parse(date);
    boolean group = !sourceEntity.startsWith("org:");
    Claim c = new Claim("c1", src, group ? null : sourceEntity, group ? List.of(sourceEntity) : List.of(),
        at(text, cue), List.of(content), Claim.Kind.INDIRECT, null, day, null, false, Claim.Stance.ASSERTED, 0, null,
        cited == null ? null : new Claim.Cited(at(text, cited), citedEntity), null);
    Event e = new Event("e1", "MOBILIZE", null, at(text, "deployed"),
        List.of(new Event.Argument(at(text, "North Korea"), PRK)), List.of(), new Event.Argument(at(text, "Kursk"),
        "place:kursk"), null, day, day.plusDays(1), true, Event.Modality.CLAIMED, "c1", 0.8, 0,
        List.of(new Quantity(at(text, amount), q, value, null, null, "troop")));
    return a.withClaims(List.of(c), "claims.test").withEvents(List.of(e), "events.test");
  }

  private static Span at(String text, String words) {
    int i = text.indexOf(words);
    if (i < 0) {
      throw new IllegalArgumentException("'" + words + "' is not in the text");
    }
    return new Span(i, i + words.length());
  }
}
