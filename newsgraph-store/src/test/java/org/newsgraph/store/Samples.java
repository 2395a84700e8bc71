package org.newsgraph.store;

import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.EntityType;
import org.newsgraph.core.Mention.Role;
import org.newsgraph.testkit.ArticleBuilder;

/** Hand-written sample articles (invented text) shared by the tests. */
final class Samples {
  private Samples() {}

  static final String PRK = "country:PRK";
  static final String KOR = "country:KOR";
  static final String RUS = "country:RUS";
  static final String KURSK = "place:kursk";
  static final String NIS = "org:nis-kor";
  static final String KIM = "person:kim-jong-un";

  static final String KURSK_TEXT = "North Korean troops have been withdrawn from the front in Kursk, South Korea's"
      + " spy agency said on Wednesday. The National Intelligence Service said the soldiers left in mid-January"
      + " after heavy losses.\n\nRussia has not confirmed the withdrawal. Pyongyang sent about 11,000 troops to"
      + " Russia in October 2024, the agency said.";

  /** Published 2025-02-13; North Korea is mentioned in sentences 1 and 4, the NIS in 1 and 2. */
  static AnalyzedArticle kursk() {
    return ArticleBuilder.text(KURSK_TEXT)
        .source("samples/kursk.txt")
        .headline("North Korean troops pulled back from Kursk front, Seoul says")
        .published("2025-02-13")
        .entity(PRK, EntityType.COUNTRY, "North Korea", "DPRK")
        .entity(KURSK, EntityType.PLACE, "Kursk")
        .entity(KOR, EntityType.COUNTRY, "South Korea")
        .entity(NIS, EntityType.ORGANIZATION, "National Intelligence Service", "NIS")
        .entity(RUS, EntityType.COUNTRY, "Russia")
        .mention("North Korean", PRK, Role.DEMONYM)
        .mention("Kursk", KURSK)
        .mention("South Korea", KOR)
        .mention("spy agency", NIS, Role.DESCRIPTION)
        .mention("National Intelligence Service", NIS)
        .mention("Russia", RUS)
        .mention("Pyongyang", PRK, Role.METONYM)
        .mention("Russia", RUS)
        .time("Wednesday", "2025-02-12", "2025-02-12", "2025-02-13")
        .time("mid-January", "2025-01", "2025-01-11", "2025-01-21")
        .time("October 2024", "2024-10", "2024-10-01", "2024-11-01")
        .build();
  }

  static final String FACTORY_TEXT = "Kim Jong Un inspected a missile factory, the DPRK's state media said on"
      + " Friday. Seoul said the North also shipped shells to Moscow in 2024.";

  /** Published 2025-03-08; lists North Korea under another name and new aliases. */
  static AnalyzedArticle factory() {
    return ArticleBuilder.text(FACTORY_TEXT)
        .source("samples/factory.txt")
        .headline("Kim visits missile factory")
        .published("2025-03-08")
        .entity(KIM, EntityType.PERSON, "Kim Jong Un")
        .entity(PRK, EntityType.COUNTRY, "Democratic People's Republic of Korea", "dprk", "the North")
        .entity(KOR, EntityType.COUNTRY, "South Korea")
        .entity(RUS, EntityType.COUNTRY, "Russia")
        .mention("Kim Jong Un", KIM)
        .mention("DPRK", PRK)
        .mention("Seoul", KOR, Role.METONYM)
        .mention("the North", PRK)
        .mention("Moscow", RUS, Role.METONYM)
        .time("Friday", "2025-03-07", "2025-03-07", "2025-03-08")
        .time("2024", "2024", "2024-01-01", "2025-01-01")
        .build();
  }

  /** An undated article. */
  static AnalyzedArticle undated() {
    return ArticleBuilder.text("Talks between Seoul and Tokyo resumed. No date was given.")
        .source("samples/undated.txt")
        .headline("Talks resume")
        .entity(KOR, EntityType.COUNTRY, "South Korea")
        .mention("Seoul", KOR, Role.METONYM)
        .build();
  }
}
