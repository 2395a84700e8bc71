package org.newsgraph.stories.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words of a text as the cross-document layer compares them: runs of letters, lower-cased and stripped of
 * accents, function words and reporting boilerplate left out, each reduced to a stem (an irregular verb to its base
 * form first: "went" → "go"). Computed from the text alone, so stories can be rebuilt from what the store holds.
 */
public final class Terms {
  private static final PorterStemmer STEMMER = new PorterStemmer();
  private static final Set<String> STOP = Set.copyOf(List.of(("a about above after again against ago all also am an and any are"
      + " around as at be because been before being below between both but by can could did do does doing down"
      + " during each few for from further had has have having he her here hers herself him himself his how i if in"
      + " into is it its itself just me more most my myself no nor not now of off on once only or other our ours"
      + " ourselves out over own same she should so some such than that the their theirs them themselves then there"
      + " these they this those through to too under until up very was we were what when where which while who whom"
      + " why will with would you your yours yourself yourselves said says say saying told tell according reported"
      + " report reports mr mrs ms dr also one two three four five six seven eight nine ten first last new year years"
      + " week weeks day days month months time today yesterday monday tuesday wednesday thursday friday saturday"
      + " sunday am pm per cent percent may might must shall us get got make made many much well back still even"
      + " like just since though yet however already another people s t don didn doesn isn wasn weren won wouldn"
      + " couldn shouldn ve ll re d m o via news update updated").split(" ")));
  /** Irregular past forms and participles of verbs common in the news, to their base form. */
  private static final Map<String, String> IRREGULAR = irregular(("arose arise arisen arise awoke awake beat beat"
      + " became become began begin begun begin bent bend bet bet bid bid bit bite bitten bite bled bleed blew blow"
      + " blown blow broke break broken break brought bring built build burnt burn bought buy caught catch chose"
      + " choose chosen choose came come cost cost crept creep cut cut dealt deal dug dig dove dive drew draw drawn"
      + " draw drank drink drunk drink drove drive driven drive ate eat eaten eat fell fall fallen fall fed feed felt"
      + " feel fought fight found find fled flee flew fly flown fly forbade forbid forgot forget forgotten forget"
      + " forgave forgive forgiven forgive froze freeze frozen freeze gave give given give went go gone go grew grow"
      + " grown grow hung hang heard hear hid hide hidden hide hit hit held hold hurt hurt kept keep knelt kneel knew"
      + " know known know laid lay led lead left leave lent lend let let lay lie lain lie lit light lost lose meant"
      + " mean met meet overcame overcome overtook overtake overthrew overthrow overthrown overthrow paid pay quit"
      + " quit ran run rang ring rung ring rose rise risen rise sought seek sold sell sent send set set shook shake"
      + " shaken shake shot shoot shut shut sang sing sung sing sank sink sunk sink sat sit slept sleep slid slide"
      + " spoke speak spoken speak spent spend spun spin spread spread sprang spring stood stand stole steal stolen"
      + " steal stuck stick stung sting struck strike stricken strike swore swear sworn swear swept sweep swam swim"
      + " swum swim swung swing took take taken take taught teach tore tear torn tear thought think threw throw"
      + " thrown throw understood understand undertook undertake undertaken undertake upheld uphold woke wake woken"
      + " wake wore wear worn wear won win withdrew withdraw withdrawn withdraw wrote write written write"
      + " was be were be been be had have has have did do done do"));

  private Terms() {}

  private static Map<String, String> irregular(String pairs) {
    String[] p = pairs.split(" ");
    Map<String, String> m = new HashMap<>();
    for (int i = 0; i + 1 < p.length; i += 2) {
      m.put(p[i], p[i + 1]);
    }
    return m;
  }

  /** The stems of the content words of {@code text}, in order (repeats kept). */
  public static List<String> of(String text) {
    List<String> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    int i = 0;
    int n = text.length();
    while (i < n) {
      while (i < n && !Character.isLetter(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && (Character.isLetter(text.charAt(i)) || (text.charAt(i) == '\'' && i + 1 < n
          && Character.isLetter(text.charAt(i + 1)) && i > start))) {
        i++;
      }
      if (i > start) {
        String s = term(text.substring(start, i));
        if (s != null) {
          out.add(s);
        }
      }
    }
    return out;
  }

  /** The stem of one word, or null for a function word or a single letter. */
  public static String term(String word) {
    String w = fold(word);
    int apostrophe = w.indexOf('\'');
    if (apostrophe >= 0) {
      w = w.substring(0, apostrophe); // "Kim's" → "kim", "didn't" → "didn"
    }
    if (w.length() < 2 || STOP.contains(w)) {
      return null;
    }
    return stem(w);
  }

  /** The stem of a lower-case word: an irregular verb's base form, else Porter's stem. */
  public static String stem(String lower) {
    String base = IRREGULAR.getOrDefault(lower, lower);
    return STEMMER.stem(base);
  }

  /** Lower case without accents ("Zelenskyy" stays, "Bogotá" → "bogota"). */
  public static String fold(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    for (int i = 0; i < lower.length(); i++) {
      if (lower.charAt(i) > 127) {
        return Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").replace('’', '\'');
      }
    }
    return lower;
  }
}
