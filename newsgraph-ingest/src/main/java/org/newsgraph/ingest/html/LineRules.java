package org.newsgraph.ingest.html;

import java.util.regex.Pattern;

/** Lines that are page furniture rather than article text, judged by their words alone. */
final class LineRules {
  /** A photo credit: a short line naming a picture agency last ("Jane Doe/Example Times/Getty Images"). */
  private static final Pattern CREDIT = Pattern.compile("(?i)^[^.!?]{0,60}\\b(getty images|shutterstock|"
      + "associated press|ap photo|afp|epa|reuters|bloomberg|alamy|istock(photo)?)$");
  private static final Pattern BYLINE = Pattern.compile("(?i)^(by|por|von|par)\\s+\\p{Lu}[\\p{L}.'’-]*"
      + "(\\s+(\\p{Lu}[\\p{L}.'’-]*|and|&|de|van|von|da|,))*\\s*(,.*)?$");

  private final ExtractionRules rules;

  LineRules(ExtractionRules rules) {
    this.rules = rules;
  }

  /** "Advertisement", "Read more: …", "Share this", a bare URL, a cookie notice. */
  boolean isFurniture(String t) {
    return t.length() < 160 && rules.furniture.matcher(t).matches();
  }

  /** A publication stamp, a byline (with its stamp) or a photo credit. */
  boolean isStampBylineOrCredit(String t) {
    return t.length() < 120 && (rules.on(ExtractionRules.STAMP) && Stamps.isStamp(t)
        || rules.on(ExtractionRules.BYLINE) && Bylines.isByline(t)
        || rules.on(ExtractionRules.CREDIT) && CREDIT.matcher(t).matches());
  }

  /** "By Jane Doe, Staff Writer": a byline with a trailing title, judged only at the edges of the text. */
  boolean isEdgeByline(String t) {
    return rules.on(ExtractionRules.EDGE_BYLINE) && t.length() < 120 && BYLINE.matcher(t).matches();
  }

  /** How to reach or follow the author, reporting credits, newsletter notices. */
  boolean isSignOff(String t) {
    return rules.on(ExtractionRules.SIGN_OFF) && t.length() < 400 && rules.signOff.matcher(t).find();
  }
}
