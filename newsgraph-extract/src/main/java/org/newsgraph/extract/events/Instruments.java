package org.newsgraph.extract.events;

import java.util.LinkedHashMap;
import java.util.Map;
import org.newsgraph.core.Sentence;
import org.newsgraph.core.Token;

/**
 * The PLOVER mode of an assault from the weapon the words name ("killed in a drone strike" → drone, "a grenade
 * attack" → explosives). Earlier entries win: a suicide car bomb is a suicide attack before it is explosives.
 */
final class Instruments {
  private static final Map<String, String> CUES = new LinkedHashMap<>();

  static {
    for (String w : new String[] {"suicide", "self-immolation"}) {
      CUES.put(w, "suicide-attack");
    }
    for (String w : new String[] {"chemical", "chlorine", "sarin", "mustard", "toxic", "nerve", "gas"}) {
      CUES.put(w, "unconventional");
    }
    for (String w : new String[] {"drone", "drones", "uav"}) {
      CUES.put(w, "drone");
    }
    for (String w : new String[] {"airstrike", "air-strike", "air", "warplane", "jet", "aircraft", "helicopter",
        "aerial", "bomber", "airstrikes", "raids"}) {
      CUES.put(w, "aerial");
    }
    for (String w : new String[] {"shelling", "shell", "artillery", "mortar", "rocket", "missile", "tank",
        "howitzer", "barrage", "projectile", "katyusha"}) {
      CUES.put(w, "heavy-weapons");
    }
    for (String w : new String[] {"grenade", "ied", "landmine", "mine", "explosive", "bomb", "bombing", "blast",
        "explosion", "device", "detonate", "explode"}) {
      CUES.put(w, "explosives");
    }
    for (String w : new String[] {"gun", "gunmen", "gunman", "rifle", "bullet", "shot", "shoot", "gunfire",
        "firing", "pistol", "sniper"}) {
      CUES.put(w, "firearms");
    }
    for (String w : new String[] {"knife", "machete", "stone", "stick", "axe", "club", "rod", "stab"}) {
      CUES.put(w, "primitive");
    }
  }

  private Instruments() {}

  /**
   * The mode named in the trigger's phrase or clause (its subtree and its clause verb's), else anywhere in the
   * sentence ("were killed when a shell hit the market"), or null.
   */
  static String mode(Sentence s, Token trigger, Token clause) {
    String near = mode(s, Deps.subtree(s, clause), Deps.subtree(s, trigger));
    if (near != null) {
      return near;
    }
    boolean[] all = new boolean[s.tokens().size()];
    java.util.Arrays.fill(all, true);
    return mode(s, all, all);
  }

  private static String mode(Sentence s, boolean[] in, boolean[] own) {
    String best = null;
    int bestRank = Integer.MAX_VALUE;
    for (Token t : s.tokens()) {
      if (!in[t.index()] && !own[t.index()]) {
        continue;
      }
      String m = CUES.get(Deps.lemma(t));
      if (m == null) {
        m = CUES.get(Deps.word(t));
      }
      if (m != null) {
        int rank = rank(m);
        if (rank < bestRank) {
          best = m;
          bestRank = rank;
        }
      }
    }
    return best;
  }

  private static int rank(String mode) {
    int i = 0;
    for (String m : new String[] {"suicide-attack", "unconventional", "drone", "aerial", "heavy-weapons",
        "explosives", "firearms", "primitive"}) {
      if (m.equals(mode)) {
        return i;
      }
      i++;
    }
    return i;
  }
}
