package org.newsgraph.extract.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.EntityType;
import org.newsgraph.core.Event;
import org.newsgraph.core.Event.Argument;
import org.newsgraph.core.Span;
import org.newsgraph.extract.events.export.GdeltExport;
import org.newsgraph.testkit.ArticleBuilder;

/** Actor country and sector codes as GDELT and PLOVER users expect them, and as the GDELT export writes them. */
class ActorCodesTest {
  private static final String TEXT = "Bethlehem Steel Corp sued the United Nations. The United States criticised "
      + "the National Intelligence Service. Friends of the Earth met North Korean troops. Acme Holdings plc hired "
      + "Reuters.";
  private static final AnalyzedArticle A = ArticleBuilder.text(TEXT).published("2024-05-07")
      .entity("org:bethlehem-steel-corp", EntityType.ORGANIZATION, "Bethlehem Steel Corp")
      .entity("org:un", EntityType.ORGANIZATION, "United Nations")
      .entity("country:USA", EntityType.COUNTRY, "United States")
      .entity("org:nis-kor", EntityType.ORGANIZATION, "National Intelligence Service")
      .entity("org:friends-of-the-earth", EntityType.ORGANIZATION, "Friends of the Earth")
      .entity("country:PRK", EntityType.COUNTRY, "North Korea")
      .entity("org:acme-holdings-plc", EntityType.ORGANIZATION, "Acme Holdings plc")
      .entity("org:reuters", EntityType.ORGANIZATION, "Reuters")
      .mention("Bethlehem Steel Corp", "org:bethlehem-steel-corp")
      .mention("United Nations", "org:un")
      .mention("United States", "country:USA")
      .mention("National Intelligence Service", "org:nis-kor")
      .mention("Friends of the Earth", "org:friends-of-the-earth")
      .mention("North Korean", "country:PRK")
      .mention("Acme Holdings plc", "org:acme-holdings-plc")
      .mention("Reuters", "org:reuters")
      .build();

  private static Argument arg(String words, String entityId) {
    int at = TEXT.indexOf(words);
    return new Argument(new Span(at, at + words.length()), entityId);
  }

  @Test
  void a_company_is_never_igo_and_its_sector_is_business() {
    Argument steel = arg("Bethlehem Steel Corp", "org:bethlehem-steel-corp");
    assertEquals(List.of(), ActorCodes.countries(A, steel), "no country rather than a wrong one");
    assertEquals("BUS", ActorCodes.sector(A, steel));
    assertEquals("company", ActorCodes.orgKind(A.entity("org:acme-holdings-plc").orElseThrow()));
  }

  @Test
  void only_an_intergovernmental_organisation_is_igo() {
    assertEquals(List.of("IGO"), ActorCodes.countries(A, arg("United Nations", "org:un")));
    Argument friends = arg("Friends of the Earth", "org:friends-of-the-earth");
    assertEquals(List.of(), ActorCodes.countries(A, friends), "an organisation nobody knows has no country");
    assertNull(ActorCodes.sector(A, friends));
  }

  @Test
  void an_officer_of_an_intergovernmental_organisation_is_igo_and_a_person_of_no_known_body_has_no_code() {
    String text = "Arab League Secretary General Amr Moussa met Friends of the Earth director Tony Juniper.";
    AnalyzedArticle a = ArticleBuilder.text(text).published("2024-05-07")
        .entity("org:arab-league", EntityType.ORGANIZATION, "Arab League")
        .entity("person:amr-moussa", EntityType.PERSON, "Amr Moussa")
        .entity("org:friends-of-the-earth", EntityType.ORGANIZATION, "Friends of the Earth")
        .entity("person:tony-juniper", EntityType.PERSON, "Tony Juniper")
        .mention("Arab League", "org:arab-league").mention("Amr Moussa", "person:amr-moussa")
        .mention("Friends of the Earth", "org:friends-of-the-earth").mention("Tony Juniper", "person:tony-juniper")
        .build();
    int m = text.indexOf("Arab");
    Argument moussa = new Argument(new Span(m, text.indexOf(" met")), "person:amr-moussa");
    assertEquals(List.of("IGO"), ActorCodes.countries(a, moussa));
    int j = text.indexOf("Friends");
    Argument juniper = new Argument(new Span(j, text.length() - 1), "person:tony-juniper");
    assertEquals(List.of(), ActorCodes.countries(a, juniper), "an NGO's officer is no IGO");
  }

  @Test
  void a_national_body_has_its_country_and_the_sector_of_its_kind() {
    Argument nis = arg("National Intelligence Service", "org:nis-kor");
    assertEquals(List.of("KOR"), ActorCodes.countries(A, nis));
    assertEquals("SPY", ActorCodes.sector(A, nis));
    assertEquals(List.of("GBR"), ActorCodes.countries(A, arg("Reuters", "org:reuters")));
    assertEquals("JRN", ActorCodes.sector(A, arg("Reuters", "org:reuters")), "a news agency");
  }

  @Test
  void a_country_acts_through_its_government_and_troops_through_its_military() {
    assertEquals("GOV", ActorCodes.sector(A, arg("United States", "country:USA")));
    Argument troops = arg("North Korean troops", null);
    assertEquals(List.of("PRK"), ActorCodes.countries(A, troops));
    assertEquals("MIL", ActorCodes.sector(A, troops));
  }

  @Test
  void gdelt_rows_carry_country_and_sector_codes_for_both_actors() {
    Event sued = event("sued", "ACCUSE", arg("Bethlehem Steel Corp", "org:bethlehem-steel-corp"),
        arg("United Nations", "org:un"));
    Event criticised = event("criticised", "ACCUSE", arg("United States", "country:USA"),
        arg("National Intelligence Service", "org:nis-kor"));
    Event met = event("met", "CONSULT", arg("Friends of the Earth", "org:friends-of-the-earth"),
        arg("North Korean troops", null));
    AnalyzedArticle a = A.withEvents(List.of(sued, criticised, met), "events.test");
    List<List<String>> rows = GdeltExport.rows(a, 1);
    assertEquals("BUS", col(rows.get(0), "Actor1Code"));
    assertEquals("", col(rows.get(0), "Actor1CountryCode"), "Bethlehem Steel is no IGO");
    assertEquals("BUS", col(rows.get(0), "Actor1Type1Code"));
    assertEquals("BETHLEHEM STEEL CORP", col(rows.get(0), "Actor1Name"));
    assertEquals("IGO", col(rows.get(0), "Actor2Code"));
    assertEquals("IGO", col(rows.get(0), "Actor2CountryCode"));
    assertEquals("USAGOV", col(rows.get(1), "Actor1Code"));
    assertEquals("KORSPY", col(rows.get(1), "Actor2Code"));
    assertEquals("", col(rows.get(2), "Actor1Code"));
    assertEquals("PRKMIL", col(rows.get(2), "Actor2Code"));
    assertEquals("PRK", col(rows.get(2), "Actor2CountryCode"));
    assertEquals("MIL", col(rows.get(2), "Actor2Type1Code"));
  }

  private static Event event(String trigger, String type, Argument actor, Argument recipient) {
    int at = TEXT.indexOf(trigger);
    return new Event("e", type, null, new Span(at, at + trigger.length()), List.of(actor), List.of(recipient), null,
        null, LocalDate.of(2024, 5, 7), LocalDate.of(2024, 5, 8), true, Event.Modality.ASSERTED, null, 0.8, 0);
  }

  private static String col(List<String> row, String name) {
    return row.get(GdeltExport.HEADER.indexOf(name));
  }
}
