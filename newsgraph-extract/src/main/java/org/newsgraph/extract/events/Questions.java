package org.newsgraph.extract.events;

import java.util.Set;
import org.newsgraph.core.Sentence;
import org.newsgraph.core.Token;

/**
 * A question is not a request: "asked" is a REQUEST only when it asks for an action ("asked Iran to release the
 * crew", "asked for help", "asked that the talks resume"), not when it asks for an answer ("asked whether the
 * talks would resume", "asked about the plan", "“Will you resign?” he asked").
 */
final class Questions {
  private static final Set<String> ASKING = Set.of("ask", "question", "inquire", "enquire", "wonder");

  private Questions() {}

  /** Why the draft is not a request (a question), or null when it is one or is not an asking at all. */
  static String notARequest(Sentence s, Draft d) {
    if (!d.type().equals("REQUEST") || !ASKING.contains(Deps.lemma(d.trigger))) {
      return null;
    }
    Token t = d.trigger;
    for (Token x : s.dependentsOf(t)) {
      String r = x.deprel();
      if (r.equals("xcomp") || r.startsWith("obl") && Deps.caseOf(s, x).equals("for")) {
        return null; // "asked Iran to release the crew", "asked for help"
      }
      if (r.equals("ccomp") && s.dependentsOf(x).stream().anyMatch(m -> m.deprel().equals("mark")
          && Deps.word(m).equals("that")) && !SenseFeatures.question(s, t)) {
        return null; // "asked that the talks resume"
      }
    }
    return "a question, not a request";
  }
}
