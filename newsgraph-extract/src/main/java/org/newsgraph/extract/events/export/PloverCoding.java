package org.newsgraph.extract.events.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.extract.events.ActorCodes;
import org.newsgraph.core.Event;

/**
 * PLOVER's coding convention for what is only intended: PLOVER has no future mode in use, so an announced or
 * planned cooperative act ("will release", "is willing to withdraw", "will visit") is AGREE (an expression of
 * intent) and an announced hostile act ("plans to impose restrictions", "will boycott") is THREATEN. newsgraph
 * keeps the act and its modality in {@link Event}; exporters and PLOVER-coded gold sets see the convention.
 */
public final class PloverCoding {
  private static final Set<String> COOPERATIVE = Set.of("AID", "RETREAT", "CONCEDE", "COOPERATE", "SUPPORT",
      "CONSULT");
  private static final Set<String> HOSTILE = Set.of("COERCE", "SANCTION", "ASSAULT", "PROTEST");

  private static final Set<String> PLACE_RECEIVES = Set.of("COERCE", "CONCEDE", "ASSAULT", "PROTEST", "RETREAT",
      "SANCTION");

  private PloverCoding() {}

  /** The PLOVER event type as a PLOVER coder would write it. */
  public static String type(Event e) {
    if (e.modality() == Event.Modality.PLANNED) {
      if (COOPERATIVE.contains(e.type())) {
        return "AGREE";
      }
      if (HOSTILE.contains(e.type())) {
        return "THREATEN";
      }
    }
    return e.type();
  }

  /**
   * The recipients' country codes; with none named, the country where a domestic act happens ("declared a state
   * of siege in Haiti", "killed … in southern Lebanon"), as PLOVER coders do.
   */
  public static List<String> recipientCountries(AnalyzedArticle a, Event e) {
    List<String> out = new ArrayList<>();
    for (Event.Argument x : e.recipients()) {
      for (String c : ActorCodes.countries(a, x)) {
        if (!out.contains(c)) {
          out.add(c);
        }
      }
    }
    if (out.isEmpty() && e.location() != null && PLACE_RECEIVES.contains(e.type())) {
      out.addAll(ActorCodes.countries(a, e.location()));
    }
    return out;
  }

  /** The PLOVER mode that goes with {@link #type}: kept when the type is, else none. */
  public static String mode(Event e) {
    return type(e).equals(e.type()) ? e.mode() : null;
  }
}
