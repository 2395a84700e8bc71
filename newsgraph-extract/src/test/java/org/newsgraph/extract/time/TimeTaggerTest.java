package org.newsgraph.extract.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.core.Article;
import org.newsgraph.core.Facet;
import org.newsgraph.core.TimeExpression;
import org.newsgraph.core.TimexType;
import org.newsgraph.testkit.Nlp;
import org.newsgraph.testkit.TestArticles;

/** The tagger over real CoreNLP output: the sample's dates, tense, focus, durations, sets and non-dates. */
@Tag("models")
class TimeTaggerTest {
  private static final TimeTagger TAGGER = new TimeTagger();
  /** Tuesday: the first sample article. */
  private static final LocalDate FEB4 = LocalDate.of(2025, 2, 4);
  /** Monday: the second sample article. */
  private static final LocalDate DEC15 = LocalDate.of(2025, 12, 15);

  private static AnalyzedArticle nlp(String text, LocalDate anchor) {
    return Nlp.parse(TestArticles.oneParagraph(text, anchor));
  }

  private static List<TimeExpression> tag(String text, LocalDate anchor) {
    return TAGGER.tag(text, nlp(text, anchor).sentences(), anchor);
  }

  /** The expression whose text is exactly {@code covered}. */
  private static TimeExpression find(String text, List<TimeExpression> times, String covered) {
    for (TimeExpression t : times) {
      if (t.span().of(text).equals(covered)) {
        return t;
      }
    }
    fail("no time expression \"" + covered + "\" in " + describe(text, times));
    return null;
  }

  private static String describe(String text, List<TimeExpression> times) {
    return times.stream().map(t -> "[" + t.span().of(text) + "]=" + t.type() + ":" + t.value())
        .collect(Collectors.joining(", "));
  }

  private static void expect(String text, LocalDate anchor, String covered, TimexType type, String value) {
    List<TimeExpression> times = tag(text, anchor);
    TimeExpression t = find(text, times, covered);
    assertEquals(type, t.type(), covered);
    assertEquals(value, t.value(), covered + " in " + describe(text, times));
  }

  // ---- the sample ----------------------------------------------------------------------------------------

  @Test
  void friday_resolves_to_the_friday_before_publication() {
    String s = "Ukraine’s military said Friday it believed North Korean soldiers deployed to the front line in Kursk"
        + " had been “withdrawn” after suffering heavy losses.";
    List<TimeExpression> times = tag(s, FEB4);
    TimeExpression friday = find(s, times, "Friday");
    assertEquals("2025-01-31", friday.value());
    assertEquals(LocalDate.of(2025, 1, 31), friday.begin());
    assertEquals(LocalDate.of(2025, 2, 1), friday.end());
  }

  @Test
  void a_weekday_naming_the_publication_day_is_that_day() {
    String s = "North Korean soldiers appear not to have been engaged in combat since mid-January, South Korea’s spy"
        + " agency told AFP Tuesday, after Ukraine claimed they had been withdrawn following heavy losses.";
    List<TimeExpression> times = tag(s, FEB4);
    assertEquals("2025-02-04", find(s, times, "Tuesday").value());
    TimeExpression mid = find(s, times, "mid-January");
    assertEquals("2025-01", mid.value());
    assertEquals("MID", mid.mod());
    assertTrue(mid.begin().isAfter(LocalDate.of(2025, 1, 1)) && mid.end().isBefore(LocalDate.of(2025, 2, 1)));
  }

  @Test
  void since_stays_outside_the_extent_of_mid_january() {
    String s = "“Since mid-January, it appears that the North Korean troops deployed to the Kursk region of Russia have"
        + " not engaged in combat,” South Korea’s National Intelligence Service said.";
    TimeExpression t = find(s, tag(s, FEB4), "mid-January");
    assertEquals("2025-01", t.value());
    assertEquals("MID", t.mod());
  }

  @Test
  void a_month_in_a_past_clause_is_the_last_such_month() {
    expect("South Korea’s Joint Chiefs of Staff said in December that Pyongyang is “preparing for the rotation or"
        + " additional deployment of soldiers” to aid Russia’s war effort.", FEB4, "December", TimexType.DATE,
        "2024-12");
    expect("Pyongyang deployed more than 10,000 troops to support Russian forces fighting in its western Kursk region,"
        + " where Ukraine launched a shock cross-border offensive in August.", FEB4, "August", TimexType.DATE,
        "2024-08");
  }

  @Test
  void a_month_in_a_future_clause_is_the_next_such_month() {
    expect("The minister will visit Seoul in August.", FEB4, "August", TimexType.DATE, "2025-08");
  }

  @Test
  void last_year_and_a_written_out_year() {
    String s = "The two countries signed an agreement when Russian President Vladimir Putin made a rare visit to the"
        + " nuclear-armed North last year.";
    expect(s, FEB4, "last year", TimexType.DATE, "2024");
    String y = "He said 2025 would be the year “when the Russian army and people defeat neo-Nazism and achieve a great"
        + " victory.”";
    expect(y, FEB4, "2025", TimexType.DATE, "2025");
  }

  @Test
  void months_with_years_in_the_sample() {
    String s = "Pyongyang and Moscow have deepened political, military and cultural ties since Russia’s invasion of"
        + " Ukraine in February 2022.";
    expect(s, FEB4, "February 2022", TimexType.DATE, "2022-02");
    String t = "He said Modi would be accompanied by a high-level delegation for his second visit to Oman, after his"
        + " last trip in February 2018. It also follows the visit of Oman’s Sultan Haitham bin Tariq to India in"
        + " December 2023.";
    List<TimeExpression> times = tag(t, DEC15);
    assertEquals("2018-02", find(t, times, "February 2018").value());
    assertEquals("2023-12", find(t, times, "December 2023").value());
    expect("Free-trade negotiations between India and Oman began in November 2023, with the first round in New Delhi"
        + " and the second in Muscat.", DEC15, "November 2023", TimexType.DATE, "2023-11");
    expect("When the talks concluded in March 2024, Oman sought revisions on market-access terms and the final"
        + " signature was postponed.", DEC15, "March 2024", TimexType.DATE, "2024-03");
  }

  @Test
  void new_years_letter_is_the_first_of_january_before_a_february_article() {
    String s = "In a New Year’s letter, North Korean leader Kim Jong Un hailed Putin and made a possible reference to"
        + " the war in Ukraine.";
    TimeExpression t = find(s, tag(s, FEB4), "New Year’s");
    assertEquals("2025-01-01", t.value());
  }

  @Test
  void nearly_six_months_on_and_a_three_year_conflict_are_durations() {
    String s = "The deployment was supposed to reinforce Russia’s army — but nearly six months on Ukraine still holds"
        + " swathes of Russian territory.";
    TimeExpression t = find(s, tag(s, FEB4), "nearly six months");
    assertEquals(TimexType.DURATION, t.type());
    assertEquals("P6M", t.value());
    assertEquals("APPROX", t.mod());
    expect("Kyiv and the West had denounced their deployment as a major escalation in the three-year conflict.", FEB4,
        "three-year", TimexType.DURATION, "P3Y");
  }

  @Test
  void the_modal_may_and_the_second_world_war_are_not_dates() {
    String s = "“One reason for this may be the occurrence of many casualties, but the exact details are still being"
        + " monitored,” it added in a statement.";
    assertEquals(List.of(), tag(s, FEB4));
    String w = "Kyiv captured dozens of border settlements — the first time a foreign army had crossed into Russian"
        + " territory since the Second World War — in an embarrassing setback for the Kremlin.";
    assertEquals(List.of(), tag(w, FEB4));
  }

  @Test
  void the_modi_tour_follows_the_temporal_focus() {
    String s = "Prime Minister Narendra Modi left New Delhi on Monday for a tour covering Jordan, Oman and Ethiopia.\n\n"
        + "Modi’s four-day trip will start in Amman.\n\n"
        + "On Tuesday, he is scheduled to arrive in Addis Ababa for his first state visit to Ethiopia. A day later, he"
        + " will be in Muscat, where the Shoura Council last week approved the draft agreement.";
    List<TimeExpression> times = tag(s, DEC15);
    assertEquals("2025-12-15", find(s, times, "Monday").value());
    assertEquals("P4D", find(s, times, "four-day").value());
    assertEquals("2025-12-16", find(s, times, "Tuesday").value());
    TimeExpression later = find(s, times, "A day later");
    assertEquals("2025-12-17", later.value());
    assertEquals(LocalDate.of(2025, 12, 17), later.begin());
    TimeExpression lastWeek = find(s, times, "last week");
    assertEquals("2025-W50", lastWeek.value());
    assertEquals(LocalDate.of(2025, 12, 8), lastWeek.begin());
    assertEquals(LocalDate.of(2025, 12, 15), lastWeek.end());
  }

  @Test
  void the_past_few_months_is_a_vague_duration() {
    String s = "Announcements of the deal’s possible finalization have been made in the past few months by India’s"
        + " Commerce and Industry Minister Piyush Goyal.";
    TimeExpression t = find(s, tag(s, DEC15), "the past few months");
    assertEquals(TimexType.DURATION, t.type());
    assertEquals("PXM", t.value());
  }

  @Test
  void a_year_before_a_singular_noun_is_still_a_year_but_not_before_a_count() {
    expect("It would be its second with a GCC country after a 2022 trade deal with the UAE.", DEC15, "2022",
        TimexType.DATE, "2022");
    assertEquals(List.of(), tag("Pyongyang sent 2025 troops and 1,000 shells worth $1990 million.", FEB4));
  }

  @Test
  void a_house_number_is_not_a_year() {
    List<TimeExpression> times = tag("Protesters marched to 1600 Pennsylvania Avenue on Monday.", FEB4);
    assertEquals(List.of("Monday"), times.stream().map(t -> t.span().of(
        "Protesters marched to 1600 Pennsylvania Avenue on Monday.")).toList());
    expect("The 1988 Olympic Games were held in Seoul.", FEB4, "1988", TimexType.DATE, "1988");
  }

  @Test
  void a_number_after_a_name_is_part_of_the_name_but_not_after_a_temporal_word() {
    String s = "Farkas set up a joint venture called Orion 1980, which makes space technology.";
    assertTrue(tag(s, FEB4).isEmpty(), describe(s, tag(s, FEB4)));
    expect("The family last met at Christmas 1998 in Budapest.", FEB4, "1998", TimexType.DATE, "1998");
    for (String t : List.of("Euro 2024 was held in Germany.", "Article 2020 of the code applies.",
        "A USA TODAY analysis found that prices rose.",
        "The council adopted Resolution 1999 unanimously.")) {
      assertTrue(tag(t, FEB4).isEmpty(), describe(t, tag(t, FEB4)));
    }
    expect("Atlanta 1996 ended with a bomb blast.", FEB4, "1996", TimexType.DATE, "1996"); // a place and its year
  }

  @Test
  void business_codes_for_quarters_halves_and_fiscal_years() {
    expect("The company posted a loss for Q3 2024.", FEB4, "Q3 2024", TimexType.DATE, "2024-Q3");
    expect("Sales rose in 3Q24.", FEB4, "3Q24", TimexType.DATE, "2024-Q3");
    expect("Revenue fell in Q4.", FEB4, "Q4", TimexType.DATE, "2024-Q4"); // a February report: last year's
    expect("Apple will report Q1 earnings on Thursday.", FEB4, "Q1", TimexType.DATE, "2025-Q1");
    expect("Margins narrowed in H2'24.", FEB4, "H2'24", TimexType.DATE, "2024-H2");
    expect("The FY2026 budget passed.", FEB4, "FY2026", TimexType.DATE, "2026");
    expect("Its FY25 outlook is weak.", FEB4, "FY25", TimexType.DATE, "2025");
    String s = "The Q4 team and the H1 visa program are not times.";
    assertTrue(tag(s, FEB4).isEmpty(), describe(s, tag(s, FEB4)));
  }

  @Test
  void the_following_week_is_a_week_and_the_past_hours_reach_back_whole_days() {
    expect("Talks broke down on Jan. 14. The following week, they resumed.", FEB4, "The following week",
        TimexType.DATE, "2025-W04");
    expect("Talks broke down on Jan. 14. That week, rebels attacked.", FEB4, "That week", TimexType.DATE,
        "2025-W03");
    String s = "Over the past 24 hours, 30 drones were shot down.";
    TimeExpression t = find(s, tag(s, FEB4), "the past 24 hours");
    assertEquals("PT24H", t.value());
    assertEquals(LocalDate.of(2025, 2, 3), t.begin());
    assertEquals(LocalDate.of(2025, 2, 5), t.end());
  }

  @Test
  void a_day_range_gives_its_second_day_and_past_midnight_began_the_day() {
    expect("The summit is on April 10-11.", FEB4, "11", TimexType.DATE, "2025-04-11");
    String s = "The match ended 3-2 on April 3.";
    assertEquals(1, tag(s, FEB4).size(), describe(s, tag(s, FEB4)));
    expect("Police said the attack took place shortly after midnight.", FEB4, "shortly after midnight",
        TimexType.TIME, "2025-02-03T24:00");
    expect("The offer expires at midnight.", FEB4, "midnight", TimexType.TIME, "2025-02-04T24:00");
  }

  @Test
  void a_holiday_week_is_its_week_and_paired_weekday_nights_repeat() {
    expect("Protesters prayed as Easter week began.", LocalDate.of(2000, 4, 17), "Easter week", TimexType.DATE,
        "2000-W16");
    expect("Two new flights will leave Bombay on Monday and Tuesday nights.", FEB4, "Monday", TimexType.SET,
        "XXXX-WXX-1TNI");
    expect("Two new flights will leave Bombay on Monday and Tuesday nights.", FEB4, "Tuesday nights", TimexType.SET,
        "XXXX-WXX-2TNI");
    expect("Police raided the house on Monday and arrested him Tuesday.", FEB4, "Monday", TimexType.DATE,
        "2025-02-03");
  }

  @Test
  void the_previous_friday_counts_back_from_the_storys_friday_a_few_sentences_up() {
    expect("London shares closed sharply lower Friday. Traders sold banks. Sterling fell. New York recovered later. "
        + "The index closed down 4.5% from the previous Friday.", OCT30_1989, "the previous Friday", TimexType.DATE,
        "1989-10-20");
  }

  @Test
  void a_clock_time_takes_the_day_named_after_it() {
    expect("The agency reported the blast at 3:30 p.m. on Monday.", FEB4, "3:30 p.m.", TimexType.TIME,
        "2025-02-03T15:30");
    expect("The ceasefire began at 0600 GMT on Sunday.", FEB4, "0600 GMT", TimexType.TIME, "2025-02-02T06:00");
    expect("The rally will start at 10 a.m. on Feb. 12.", FEB4, "10 a.m.", TimexType.TIME, "2025-02-12T10:00");
    expect("Troops moved at 0800 hours.", FEB4, "0800 hours", TimexType.TIME, "2025-02-04T08:00");
  }

  @Test
  void a_past_clause_reaches_at_most_one_month_ahead() {
    // said in October: "changed … in December" is last December; "informed … of a cut in November" is the next
    expect("The operator changed from a fiscal year to a calendar year in December.", OCT30_1989, "December",
        TimexType.DATE, "1988-12");
    expect("Iraq informed oil companies of a 15 percent cut in their supplies in November.", OCT30_1989, "November",
        TimexType.DATE, "1989-11");
    expect("The plant, which opened in March, will close in July.", FEB4, "March", TimexType.DATE, "2024-03");
    expect("Elections are due in October.", FEB4, "October", TimexType.DATE, "2025-10");
    expect("The report is expected in March.", FEB4, "March", TimexType.DATE, "2025-03");
  }

  // ---- general cases -------------------------------------------------------------------------------------

  @Test
  void full_dates_in_several_spellings() {
    String s = "Updated 04 February 2025. The deal was signed Feb. 4, 2025, and filed on 2025-02-04.";
    List<TimeExpression> times = tag(s, FEB4);
    assertEquals("2025-02-04", find(s, times, "04 February 2025").value());
    assertEquals("2025-02-04", find(s, times, "Feb. 4, 2025").value());
    assertEquals("2025-02-04", find(s, times, "2025-02-04").value());
    expect("The board will meet February 20.", FEB4, "February 20", TimexType.DATE, "2025-02-20");
  }

  @Test
  void relative_periods_around_the_anchor() {
    String s = "Sales rose this year after falling last month, and the company expects gains next year. Earlier this"
        + " month it hired staff; two years ago it nearly failed, and two days ago it said so.";
    List<TimeExpression> times = tag(s, FEB4);
    assertEquals("2025", find(s, times, "this year").value());
    assertEquals("2025-01", find(s, times, "last month").value());
    assertEquals("2026", find(s, times, "next year").value());
    TimeExpression earlier = find(s, times, "Earlier this month");
    assertEquals("2025-02", earlier.value());
    assertEquals("START", earlier.mod());
    assertEquals("2023", find(s, times, "two years ago").value());
    assertEquals("2025-02-02", find(s, times, "two days ago").value());
  }

  @Test
  void present_past_and_future_references() {
    String s = "Prices are now high and currently rising; they fell recently, as in the past, and may fall in the"
        + " future.";
    List<TimeExpression> times = tag(s, FEB4);
    assertEquals("PRESENT_REF", find(s, times, "now").value());
    assertEquals("PRESENT_REF", find(s, times, "currently").value());
    TimeExpression recently = find(s, times, "recently");
    assertEquals("PAST_REF", recently.value());
    assertNull(recently.begin());
    assertEquals("PAST_REF", find(s, times, "the past").value());
    TimeExpression future = find(s, times, "the future");
    assertEquals("FUTURE_REF", future.value());
    assertNull(future.end());
  }

  @Test
  void days_and_times_of_day() {
    String s = "He arrived yesterday, leaves tomorrow and spoke this morning at 2:30 p.m. after a 14:30 briefing.";
    List<TimeExpression> times = tag(s, FEB4);
    assertEquals("2025-02-03", find(s, times, "yesterday").value());
    assertEquals("2025-02-05", find(s, times, "tomorrow").value());
    TimeExpression morning = find(s, times, "this morning");
    assertEquals(TimexType.TIME, morning.type());
    assertEquals("2025-02-04TMO", morning.value());
    assertEquals("2025-02-04T14:30", find(s, times, "2:30 p.m.").value());
    assertEquals("2025-02-04T14:30", find(s, times, "14:30").value());
  }

  @Test
  void quarters_seasons_decades_and_holidays() {
    String s = "Profits fell in the first quarter, unlike last summer, the best since the 1990s, before Christmas.";
    List<TimeExpression> times = tag(s, FEB4);
    assertEquals("2025-Q1", find(s, times, "the first quarter").value());
    assertEquals("2024-SU", find(s, times, "last summer").value());
    assertEquals("199", find(s, times, "the 1990s").value());
    assertEquals("2024-12-25", find(s, times, "Christmas").value());
  }

  @Test
  void holidays_that_move_are_computed_for_their_year() {
    LocalDate oct26 = LocalDate.of(1998, 10, 26);
    expect("Violence will be a theme of our campaign from now to Election Day.", oct26, "Election Day",
        TimexType.DATE, "1998-11-03");
    expect("The parade was held on Thanksgiving.", LocalDate.of(2025, 12, 1), "Thanksgiving", TimexType.DATE,
        "2025-11-27");
    expect("Stores will close on Mother's Day.", FEB4, "Mother's Day", TimexType.DATE, "2025-05-11");
    expect("Pilgrims gathered on Easter Sunday.", LocalDate.of(2024, 4, 2), "Easter Sunday", TimexType.DATE,
        "2024-03-31");
  }

  @Test
  void sets_repeat_rather_than_point() {
    String s = "The council meets every Friday and publishes figures weekly, and the fair is held annually.";
    List<TimeExpression> times = tag(s, FEB4);
    TimeExpression friday = find(s, times, "every Friday");
    assertEquals(TimexType.SET, friday.type());
    assertEquals("XXXX-WXX-5", friday.value());
    assertEquals("P1W", find(s, times, "weekly").value());
    assertEquals("P1Y", find(s, times, "annually").value());
  }

  @Test
  void a_range_gives_two_dates() {
    String s = "The exhibition ran from March to May.";
    List<TimeExpression> times = tag(s, LocalDate.of(2025, 6, 10));
    assertEquals("2025-03", find(s, times, "March").value());
    assertEquals("2025-05", find(s, times, "May").value());
    // the end of a range never falls before its start, whatever each month would be alone
    String past = "Talks ran from March to May.";
    times = tag(past, FEB4);
    assertEquals("2024-03", find(past, times, "March").value());
    assertEquals("2024-05", find(past, times, "May").value());
    String future = "The show will run from November to February.";
    times = tag(future, FEB4);
    assertEquals("2025-11", find(future, times, "November").value());
    assertEquals("2026-02", find(future, times, "February").value());
  }

  @Test
  void friday_prayers_and_a_protest_march_are_not_dates_but_fridays_meeting_is() {
    String s = "Thousands attended Friday prayers and joined a march to the square.";
    assertEquals(List.of(), tag(s, FEB4));
    expect("Officials said Friday’s meeting had been postponed.", FEB4, "Friday", TimexType.DATE, "2025-01-31");
  }

  @Test
  void a_weekday_in_a_future_clause_is_the_next_one() {
    expect("The prime minister will travel to Paris on Thursday.", DEC15, "Thursday", TimexType.DATE, "2025-12-18");
  }

  @Test
  void an_undated_article_keeps_only_what_the_words_say() {
    String s = "The minister said Friday that talks would resume in August.";
    List<TimeExpression> times = tag(s, null);
    TimeExpression friday = find(s, times, "Friday");
    assertEquals("XXXX-WXX-5", friday.value());
    assertNull(friday.begin());
    assertEquals("XXXX-08", find(s, times, "August").value());
    TimeExpression abs = find("Talks began in November 2023.", tag("Talks began in November 2023.", null),
        "November 2023");
    assertNotNull(abs.begin());
    assertNull(friday.relative(), "a weekday's distance depends on the date");
    assertNull(find(s, times, "August").relative(), "so does a month's");
    assertNull(abs.relative());
  }

  @Test
  void an_undated_article_keeps_its_offsets_from_the_unknown_date() {
    String s = "Profits fell last year, the company said three days ago, and talks resume next month.";
    List<TimeExpression> times = tag(s, null);
    assertEquals("-P1Y", find(s, times, "last year").relative());
    assertEquals("-P3D", find(s, times, "three days ago").relative());
    assertEquals("P1M", find(s, times, "next month").relative());
    assertNull(find(s, times, "last year").begin(), "still no interval: the date is unknown");
    assertTrue(tag(s, DEC15).stream().allMatch(t -> t.relative() == null), "a dated article has its dates");
  }

  @Test
  void the_stage_declares_its_facets_and_sorts_by_span() {
    TimeTaggingStage stage = new TimeTaggingStage();
    assertEquals("time.rules.v8", stage.id());
    assertTrue(stage.requires().containsAll(List.of(Facet.SENTENCES, Facet.TOKENS, Facet.POS, Facet.LEMMAS,
        Facet.DEPENDENCIES)));
    String s = "He left on Monday and returns next week.";
    AnalyzedArticle out = stage.apply(nlp(s, DEC15));
    assertTrue(out.facets().contains(Facet.TIMES));
    assertEquals("time.rules.v8", out.stageIds().get(out.stageIds().size() - 1));
    assertEquals(2, out.times().size());
    assertTrue(out.times().get(0).span().begin() < out.times().get(1).span().begin());
  }

  // ---- issue 3, second round: conventions of news and of earnings reports ----------------------------------

  private static final LocalDate OCT30_1989 = LocalDate.of(1989, 10, 30); // a Monday

  @Test
  void a_deadline_after_until_is_the_next_such_day_even_in_a_past_tense_clause() {
    expect("Officials postponed until Tuesday morning any action on the case.", LocalDate.of(2000, 3, 30),
        "Tuesday morning", TimexType.TIME, "2000-04-04TMO");
    expect("The agency has given the relatives until 9 a.m. Tuesday to sign.", LocalDate.of(2000, 4, 3),
        "9 a.m. Tuesday", TimexType.TIME, "2000-04-04T09:00");
    expect("Until Thursday, they had not called him a suspect.", LocalDate.of(1999, 5, 7), "Thursday",
        TimexType.DATE, "1999-05-06");
  }

  @Test
  void a_possessive_weekday_names_news_already_made() {
    expect("The bonds carry a premium over Thursday's closing price.", OCT30_1989, "Thursday", TimexType.DATE,
        "1989-10-26");
    expect("Relatives said they would look for ways to get around Wednesday's ruling.", LocalDate.of(2000, 1, 7),
        "Wednesday", TimexType.DATE, "2000-01-05");
  }

  @Test
  void a_participle_of_plan_follows_the_clause_that_carries_the_news() {
    expect("A memorial service planned for Saturday was canceled.", LocalDate.of(1999, 10, 24), "Saturday",
        TimexType.DATE, "1999-10-23");
  }

  @Test
  void an_age_is_not_a_time_expression() {
    String s = "Mr. Schwarz, 52 years old, will succeed him.";
    assertTrue(tag(s, OCT30_1989).isEmpty(), describe(s, tag(s, OCT30_1989)));
  }

  @Test
  void a_duration_written_as_a_modifier_without_hyphen_is_a_duration() {
    expect("In Singapore, stocks hit a five year low.", LocalDate.of(1998, 1, 8), "five year", TimexType.DURATION,
        "P5Y");
    expect("Annan wrapped up a three hour meeting in Baghdad.", LocalDate.of(1998, 2, 22), "three hour",
        TimexType.DURATION, "PT3H");
  }

  @Test
  void year_ago_periods_compare_with_the_period_reported() {
    expect("In the year-ago third quarter, the company earned $22.5 million.", OCT30_1989,
        "the year-ago third quarter", TimexType.DATE, "1988-Q3");
    expect("The year-ago results have been restated.", OCT30_1989, "year-ago", TimexType.DATE, "1988");
    expect("The merger could be effective as early as next year's first quarter.", OCT30_1989,
        "next year's first quarter", TimexType.DATE, "1990-Q1");
    expect("The percentage change is since year-end.", OCT30_1989, "year-end", TimexType.DATE, "1988-12-31");
    List<TimeExpression> times = tag("The bank expects to sell the unit by year's end.", OCT30_1989);
    TimeExpression end = find("The bank expects to sell the unit by year's end.", times, "year's end");
    assertEquals("1989", end.value());
    assertEquals("END", end.mod());
  }

  @Test
  void vague_future_and_spelled_decades_are_dated() {
    expect("We don't minimize the challenges of the near term.", OCT30_1989, "the near term", TimexType.DATE,
        "FUTURE_REF");
    expect("It may raise money at a later date.", OCT30_1989, "a later date", TimexType.DATE, "FUTURE_REF");
    expect("Investors may sell junk in the weeks ahead.", OCT30_1989, "the weeks ahead", TimexType.DURATION,
        "PXW");
    expect("Membership kept dropping through the nineties.", LocalDate.of(1998, 3, 3), "the nineties",
        TimexType.DATE, "199");
  }

  @Test
  void the_week_of_a_date_is_that_week_and_a_week_or_so_ago_is_a_day() {
    expect("The case may be resolved in a hearing the week of March 6.", LocalDate.of(2000, 2, 24),
        "the week of March 6", TimexType.DATE, "2000-W10");
    expect("Then, a week or so ago, the general picked Saturday night.", LocalDate.of(1991, 2, 25),
        "a week or so ago", TimexType.DATE, "1991-02-18");
    expect("Earnings suffered from rains earlier in the year.", OCT30_1989, "earlier in the year", TimexType.DATE,
        "1989");
    expect("Profit will be lower for the last half of 1989.", OCT30_1989, "the last half of 1989", TimexType.DATE,
        "1989-H2");
  }

  // ---- earnings reports: the quarter being reported ------------------------------------------------------

  @Test
  void a_year_earlier_in_a_results_report_is_the_reported_quarter_a_year_before() {
    String s = "Acme Corp. said its profit rose 19% in the third quarter. The company cited strong demand for its"
        + " chemicals. Its plastics unit also did well. Sales in the unit climbed to $98 million from $71 million"
        + " a year earlier.";
    expect(s, OCT30_1989, "a year earlier", TimexType.DATE, "1988-Q3");
    // without figures to compare, "a year earlier" is a year before the article
    expect("The third quarter was hard. Rivals cut prices. Customers waited. The company had hired a new chief"
        + " executive a year earlier.", OCT30_1989,
        "a year earlier", TimexType.DATE, "1988");
    // a forecast quarter is not the period reported
    expect("Losses will run through the third quarter of 1990. Profit was $4 million, down from $9 million a"
        + " year ago.", OCT30_1989, "a year ago", TimexType.DATE, "1988");
  }

  @Test
  void a_quarter_ended_on_a_day_is_the_calendar_quarter_holding_most_of_it() {
    expect("In the quarter ended July 31, the retailer had 5.6 million shares outstanding.", OCT30_1989,
        "the quarter", TimexType.DATE, "1989-Q2");
    expect("Sales rose 39% for the quarter ended Sept. 30.", OCT30_1989, "the quarter", TimexType.DATE, "1989-Q3");
    expect("The mill earned C$4 million in the fiscal-first quarter ended Sept. 30.", OCT30_1989,
        "the fiscal-first quarter", TimexType.DATE, "1989-Q1");
    expect("The charge will be spread over the next three quarters.", OCT30_1989, "the next three quarters",
        TimexType.DURATION, "P3Q");
    none("He won three quarters of the vote.", OCT30_1989, "quarters");
    expect("Profit fell in the second quarter. Results for that quarter included a write-down.", OCT30_1989,
        "that quarter", TimexType.DATE, "1989-Q2");
  }

  @Test
  void last_years_quarter_and_the_1988_period_name_the_reported_quarter_in_that_year() {
    String s = "The company lost $2 million in the third quarter, compared with net income of $1.8 million for"
        + " the corresponding period last year.";
    expect(s, OCT30_1989, "the corresponding period last year", TimexType.DATE, "1988-Q3");
    expect("Sales for last year's quarter were about $3 million.", OCT30_1989, "last year's quarter",
        TimexType.DATE, "1988-Q3");
    expect("Columbia earned $226 million in the third quarter. For the quarter a year ago, it earned $16 million.",
        OCT30_1989, "the quarter a year ago", TimexType.DATE, "1988-Q3");
    // a forecast quarter and a year-ago comparison do not become the quarter reported
    expect("Steelmakers will report losses through the third quarter of 1990. Bethlehem earned $46.9 million. In"
        + " the year-ago period, it earned $101.4 million.", OCT30_1989, "the year-ago period", TimexType.DATE,
        "1988-Q3");
    expect("Revenue fell in the third quarter to $85.7 million from $93.3 million a year earlier. The company had a"
        + " loss of $5.5 million for the quarter.", OCT30_1989, "the quarter", TimexType.DATE, "1989-Q3");
    // no quarter named yet: the last complete one before the article
    expect("Kirschner earned $376,000 in the 1988 quarter.", OCT30_1989, "the 1988 quarter", TimexType.DATE,
        "1988-Q3");
  }

  // ---- dates whose clause tense is not theirs ------------------------------------------------------------

  @Test
  void effective_and_through_dates_are_the_nearest_such_day_whatever_the_tense() {
    expect("The board also created a new office of the chairman, effective Feb. 1.", OCT30_1989, "Feb. 1",
        TimexType.DATE, "1990-02-01");
    expect("The banks agreed to lend it up to $90 million in revolving loans through January.", OCT30_1989,
        "January", TimexType.DATE, "1990-01");
  }

  @Test
  void a_deadline_just_passed_is_not_pushed_a_year_ahead() {
    expect("The agency ordered the family to return the child by Jan. 14.", LocalDate.of(2000, 1, 15), "Jan. 14",
        TimexType.DATE, "2000-01-14");
  }

  @Test
  void a_year_far_back_in_the_sentence_does_not_date_a_later_month() {
    expect("In 1996, prices rose in March.", FEB4, "March", TimexType.DATE, "1996-03");
    expect("Under a buyback program approved by the company in 1987 that didn't specify an amount, Nashua had"
        + " purchased 481,000 shares through Sept. 29.", OCT30_1989, "Sept. 29", TimexType.DATE, "1989-09-29");
  }

  // ---- rates, idioms and hyphenated durations ------------------------------------------------------------

  private static void none(String text, LocalDate anchor, String covered) {
    List<TimeExpression> times = tag(text, anchor);
    for (TimeExpression t : times) {
      assertTrue(!t.span().of(text).contains(covered), covered + " should not be tagged: " + describe(text, times));
    }
  }

  @Test
  void a_rate_or_an_average_is_not_a_recurring_time_but_a_habit_is() {
    none("The company expects sales to rise 8.5% annually through 1992.", OCT30_1989, "annually");
    none("The plant would produce about 10,000 units annually.", OCT30_1989, "annually");
    none("That is less than 5% of the average daily volume.", OCT30_1989, "daily");
    expect("Similar ceremonies are held here annually.", OCT30_1989, "annually", TimexType.SET, "P1Y");
    expect("The government has held such rallies almost daily.", OCT30_1989, "daily", TimexType.SET, "P1D");
  }

  @Test
  void high_noon_is_an_idiom_but_noon_saturday_is_a_time() {
    none("For the people of Poland, high noon comes today.", LocalDate.of(1999, 3, 12), "noon");
    expect("The ground offensive began at noon Saturday.", LocalDate.of(1991, 2, 25),
        "noon Saturday", TimexType.TIME, "1991-02-23T12:00");
  }

  @Test
  void hyphenated_lengths_without_a_number_are_vague_durations() {
    expect("The lawyers emerged from their third day-long meeting with officials.", FEB4, "day-long",
        TimexType.DURATION, "P1D");
    expect("The boy symbolizes the government's decades-long battle with the exiles.", FEB4, "decades-long",
        TimexType.DURATION, "PXDE");
    expect("The appointment followed a several-year tenure as editor.", FEB4, "several-year", TimexType.DURATION,
        "PXY");
    expect("The navy may use the base for at least 20 more years.", FEB4, "at least 20 more years",
        TimexType.DURATION, "P20Y");
    expect("It is not going to change for a couple of years.", FEB4, "a couple of years", TimexType.DURATION,
        "P2Y");
    expect("The monarchy has ruled for almost a hundred years.", FEB4, "almost a hundred years",
        TimexType.DURATION, "P100Y");
    // an age stays untagged
    none("The six-year-old boy arrived in Miami.", FEB4, "year");
  }

  // ---- tense read from the clause ------------------------------------------------------------------------

  @Test
  void be_to_is_a_plan_and_a_plan_in_the_past_perfect_may_be_over() {
    LocalDate fri = LocalDate.of(1989, 10, 27);
    expect("The stock is traded in London and is to resume trading in Paris Tuesday.", fri, "Tuesday",
        TimexType.DATE, "1989-10-31");
    expect("The offer previously had been scheduled to expire Friday.", OCT30_1989, "Friday", TimexType.DATE,
        "1989-10-27");
    expect("The offer is scheduled to expire Friday.", OCT30_1989, "Friday", TimexType.DATE, "1989-11-03");
    // a present-tense plan in a Friday article: the nearest Monday, three days ahead rather than four back
    expect("He and the Palestinian leader Yasser Arafat meet separately Monday with the envoy.",
        LocalDate.of(1998, 5, 1), "Monday", TimexType.DATE, "1998-05-04");
  }

  @Test
  void the_previous_weekday_counts_from_a_part_of_a_day_in_focus_too() {
    expect("The index slid on Thursday night, ending 3% below the previous Thursday.", OCT30_1989,
        "the previous Thursday", TimexType.DATE, "1989-10-19");
  }

  @Test
  void the_previous_weekday_counts_from_the_day_in_focus() {
    expect("The index closed at 2082.1 on Friday, down 4.5% from the previous Friday.", OCT30_1989,
        "the previous Friday", TimexType.DATE, "1989-10-20");
    expect("The index was down 4.5% from the previous Friday.", OCT30_1989, "the previous Friday", TimexType.DATE,
        "1989-10-27");
  }

  // ---- round four: quarters as units, reports, titles, fiscal years --------------------------------------

  @Test
  void quarters_counted_keep_their_unit() {
    expect("The chain has lost money over the past two quarters.", OCT30_1989, "the past two quarters",
        TimexType.DURATION, "P2Q");
    expect("The lender must pay about $40 million in interest every quarter.", OCT30_1989, "every quarter",
        TimexType.SET, "P1Q");
    expect("The reserve will be adjusted quarterly.", OCT30_1989, "quarterly", TimexType.SET, "P1Q");
  }

  @Test
  void the_first_two_quarters_of_a_year_are_its_first_half() {
    expect("Prices should stay soft through the first two quarters of 1991.", OCT30_1989,
        "the first two quarters of 1991", TimexType.DATE, "1991-H1");
    // with no year named it is a length of time
    expect("The plant ran at full capacity for the first two quarters.", OCT30_1989, "the first two quarters",
        TimexType.DURATION, "P2Q");
  }

  @Test
  void this_quarter_in_a_report_on_the_quarter_just_ended_is_that_quarter() {
    expect("The publisher lost $8 million in the third quarter ended Sept. 30. This quarter's loss includes a"
        + " $5 million charge.", OCT30_1989, "This quarter", TimexType.DATE, "1989-Q3");
    expect("The publisher expects to break even this quarter.", OCT30_1989, "this quarter", TimexType.DATE,
        "1989-Q4");
  }

  @Test
  void one_day_after_a_modal_is_some_day() {
    expect("Planners believe the port will one day rival Rotterdam.", FEB4, "one day", TimexType.DATE,
        "FUTURE_REF");
    expect("The strike lasted one day.", FEB4, "one day", TimexType.DURATION, "P1D");
  }

  @Test
  void titles_and_names_are_not_times() {
    none("The minister said on the ABC program \"This Week\" that talks would go on.", OCT30_1989, "Week");
    none("The poll was published by USA Today and CNN.", OCT30_1989, "Today");
    none("The speech was printed in full by the official daily Pravda.", OCT30_1989, "daily");
    // a quoted sentence that opens with an ordinary "this week" is still a date
    expect("\"This week is decisive,\" the chairman said.", OCT30_1989, "This week", TimexType.DATE,
        "1989-W44");
  }

  @Test
  void the_year_ended_a_day_is_twelve_months_up_to_it() {
    List<TimeExpression> t = tag("Revenue was $980 million in the year ended March 31.", OCT30_1989);
    TimeExpression y = find("Revenue was $980 million in the year ended March 31.", t, "the year");
    assertEquals(TimexType.DURATION, y.type());
    assertEquals("P1Y", y.value());
    assertEquals(LocalDate.of(1988, 4, 1), y.begin());
    assertEquals(LocalDate.of(1989, 4, 1), y.end());
    expect("In the fiscal year ended Jan. 31, the chain had sales of $59 million.", OCT30_1989, "the fiscal year",
        TimexType.DURATION, "P1Y");
    expect("Margins should widen throughout the fiscal year.", OCT30_1989, "the fiscal year", TimexType.DURATION,
        "P1Y");
  }

  @Test
  void pre_and_post_a_year_is_that_year_as_the_edge_of_an_open_period() {
    String s = "The post-1975 reforms outlived the pre-1960 tariffs.";
    List<TimeExpression> times = tag(s, OCT30_1989);
    TimeExpression post = find(s, times, "post-1975");
    assertEquals(TimexType.DATE, post.type());
    assertEquals("1975", post.value());
    assertEquals("AFTER", post.mod());
    assertEquals(LocalDate.of(1976, 1, 1), post.begin());
    assertEquals(null, post.end());
    TimeExpression pre = find(s, times, "pre-1960");
    assertEquals("1960", pre.value());
    assertEquals("BEFORE", pre.mod());
    assertEquals(LocalDate.of(1960, 1, 1), pre.end());
  }

  @Test
  void the_day_before_a_weekday_is_one_day_earlier() {
    expect("The day before last Tuesday's vote, the mayor resigned.", OCT30_1989, "The day before last Tuesday",
        TimexType.DATE, "1989-10-23");
    expect("Talks resumed the day after Friday's blast.", OCT30_1989, "the day after Friday", TimexType.DATE,
        "1989-10-28");
  }

  @Test
  void later_in_the_day_is_the_day_in_focus() {
    expect("Prices fell sharply on Tuesday. They recovered later in the day.", OCT30_1989, "the day", TimexType.DATE,
        "1989-10-24");
    expect("The minister resigned earlier in the day.", OCT30_1989, "the day", TimexType.DATE, "1989-10-30");
  }

  @Test
  void an_hour_later_is_the_span_a_duration_but_a_day_later_stays_a_date() {
    String s = "The fire started on Tuesday. About two hours later, crews reached the plant. A day later, it was out.";
    expect(s, OCT30_1989, "About two hours later", TimexType.DURATION, "PT2H");
    expect(s, OCT30_1989, "A day later", TimexType.DATE, "1989-10-25");
  }

  @Test
  void for_the_year_in_a_report_is_the_year_reported_a_date() {
    expect("For the year, shipments of trucks fell 4%, the maker said.", OCT30_1989, "the year", TimexType.DATE,
        "1989");
    expect("In 1987 the mill lost money. The strike will hurt profit for the fiscal year.", OCT30_1989,
        "the fiscal year", TimexType.DATE, "1989");
    expect("The shares reached a high for the year of $31 in May.", OCT30_1989, "the year", TimexType.DATE, "1989");
    expect("It expects a small loss for the year ending tomorrow.", OCT30_1989, "the year", TimexType.DURATION,
        "P1Y");
    expect("Prices rose steadily over the year.", OCT30_1989, "the year", TimexType.DURATION, "P1Y");
  }

  @Test
  void the_past_before_a_count_is_not_the_past_itself_and_a_vague_later_in_a_past_story_is_past() {
    none("Riots have broken out in the city for the past three summers.", OCT30_1989, "the past");
    expect("The merger was announced in June. A few days later, the company reported a loss.", OCT30_1989,
        "A few days later", TimexType.DATE, "PAST_REF");
  }

  @Test
  void the_reported_quarter_is_one_already_over_and_stays_the_subject_for_a_few_sentences() {
    LocalDate oct26 = LocalDate.of(1989, 10, 26);
    expect("The mainframe maker reported lower profit for its third quarter. Net income fell 37% to $32.9 million."
        + " Revenue rose 15% to $534 million. The results were worse than expected. One analyst had expected the"
        + " company to earn 35 cents a share for the quarter.", oct26, "the quarter", TimexType.DATE, "1989-Q3");
    // a quarter not yet over is a forecast, not the quarter reported
    expect("Net income for the third quarter fell 30%, and the slump should continue into the fourth quarter."
        + " Shipments were weak. Prices fell. Orders were flat. Analysts had expected 40 cents a share for the"
        + " quarter.", oct26, "the quarter", TimexType.DATE, "1989-Q3");
  }

  @Test
  void look_alikes_a_speed_a_compound_adjective_a_clause_and_a_gerund() {
    none("The new chip runs at 20 million instructions per second.", OCT30_1989, "per second");
    expect("The ward is checked twice per hour.", OCT30_1989, "twice per hour", TimexType.SET, "PT1H");
    none("The quarter-to-quarter comparison was helped by lower taxes.", OCT30_1989, "quarter");
    none("Some partners objected that four days seemed too short.", OCT30_1989, "four days");
    expect("The talks lasted four days.", OCT30_1989, "four days", TimexType.DURATION, "P4D");
    none("She spent five hours in Nairobi later in the day before returning home.", OCT30_1989, "the day before");
    expect("He left on Friday. The day before, he had met the envoy.", OCT30_1989, "The day before",
        TimexType.DATE, "1989-10-26");
    none("Police arrested him in the early hours of Thursday morning.", OCT30_1989, "the early hours");
  }

  @Test
  void a_month_that_modifies_a_noun_and_the_second_day_of_a_pair() {
    expect("The March vote will settle the matter.", FEB4, "March", TimexType.DATE, "2025-03");
    none("Shares of the May Department Stores rose.", FEB4, "May");
    String s = "The summit will be held on April 24 and 25.";
    List<TimeExpression> times = tag(s, FEB4);
    assertEquals("2025-04-24", find(s, times, "April 24").value());
    assertEquals("2025-04-25", find(s, times, "25").value());
    none("Sales rose on April 24 and 25 stores closed.", FEB4, "25");
  }

  @Test
  void a_season_of_a_spoken_year_and_the_morning_of_the_day_in_focus() {
    expect("Prices fell to levels we saw in the winter of nineteen ninety-four.", LocalDate.of(1998, 2, 23),
        "the winter of nineteen ninety-four", TimexType.DATE, "1994-WI");
    expect("Tokyo stocks fell on Friday. Brokers sold heavily in the morning.", OCT30_1989, "the morning",
        TimexType.TIME, "1989-10-27TMO");
    // a habit is no particular morning
    none("Tokyo stocks fell on Friday. Brokers usually sell in the morning.", OCT30_1989, "the morning");
  }

  @Test
  void the_nth_day_of_something_today_and_mid_afternoon() {
    LocalDate fri = LocalDate.of(1998, 3, 6);
    expect("It's the third day of a strike by dock workers.", fri, "the third day", TimexType.DATE, "1998-03-06");
    // past or future days of a campaign are not today
    none("He would resign on the first day of the session.", fri, "day");
    expect("Talks resumed on Friday. By mid afternoon, both sides were hopeful.", LocalDate.of(1998, 3, 9),
        "mid afternoon", TimexType.TIME, "1998-03-06TAF");
  }

  @Test
  void at_this_crucial_moment_is_the_present() {
    expect("The king would not travel at this crucial moment without a reason.", FEB4, "this crucial moment",
        TimexType.DATE, "PRESENT_REF");
    none("This moment of calm did not last.", FEB4, "moment");
  }

  @Test
  void over_the_years_and_in_years_are_vague_durations() {
    expect("The rebels landed in 1956. In the years that followed, they fought the army.", FEB4, "years",
        TimexType.DURATION, "PXY");
    expect("Exports grew for the first time in years.", FEB4, "years", TimexType.DURATION, "PXY");
    // the weeks before an event hang on the event
    none("His car was seen in the weeks before the shooting.", FEB4, "weeks");
  }

  @Test
  void future_before_a_plural_unit_is_the_future() {
    expect("The credits will cut its taxes in future years.", FEB4, "future years", TimexType.DATE, "FUTURE_REF");
  }

  @Test
  void a_quarter_brought_in_with_a_is_background_not_the_quarter_reported() {
    LocalDate nov1 = LocalDate.of(1989, 11, 1);
    expect("The paper maker posted a 20% gain in third-quarter profit. After a weak second quarter, its consumer"
        + " units did better. Charges taken in the year-earlier period also helped.", nov1, "the year-earlier period",
        TimexType.DATE, "1988-Q3");
    // the article of "a third-quarter loss" belongs to the loss
    expect("The company expects to report a third-quarter net loss of $17 million. A year earlier, net income was"
        + " $2.1 million.", nov1, "A year earlier", TimexType.DATE, "1988-Q3");
  }

  @Test
  void a_month_naming_an_agreement_is_one_already_made() {
    expect("The bank will keep trying to sell itself under a June agreement with its shareholders.", OCT30_1989,
        "June", TimexType.DATE, "1989-06");
    expect("The bank will hold its vote in June.", OCT30_1989, "June", TimexType.DATE, "1990-06");
  }
}
