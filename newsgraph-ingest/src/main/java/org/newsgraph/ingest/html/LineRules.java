package org.newsgraph.ingest.html;

import java.util.regex.Pattern;

/** Lines that are page furniture rather than article text, judged by their words alone. */
final class LineRules {
  private static final Pattern BOILER_LINE = Pattern.compile("(?i)^(advertisement|advertising|advert|ad|"
      + "https?://\\S+|(this|our) (web)?site uses cookies.*|caption|close|highlights|you may also like:?|more:|"
      + "like this story\\?.*|\\d+ min(ute)?s? read|breaking news (emails|alerts)|follow .{1,30} on:?|"
      + "story continues below( advertisement)?|continue reading( below)?|read more:?.*|related:?.*|"
      + "also read:?.*|recommended:?.*|share (this|on).*|sign up.*|subscribe.*|click here.*|"
      + "follow us.*|image:?.*|photo:?.*|(photo|image) credit.*|getty images|reuters|ap photo.*|"
      + "copyright .*|© .*|all rights reserved.*|loading.*|please enable javascript.*|"
      + "(author|publish date|published|updated|posted|by|from|to|message|email|print|text size)\\s*:?|"
      + "(get|sign up for) (the )?(breaking news|our|the latest).*|.*delivered (to your inbox|weekday).*|"
      + "this post may contain affiliate.*|sharing is caring!?|previous post|next post|\\d+ comments?|"
      + "(most popular|most read|video|related (stories|articles|content)|more (stories|from).*)|"
      + "this slideshow requires javascript.*|this copy is for your personal, non-commercial use.*)$");
  /** A photo credit: a short line naming a picture agency last ("Jane Doe/Example Times/Getty Images"). */
  private static final Pattern CREDIT = Pattern.compile("(?i)^[^.!?]{0,60}\\b(getty images|shutterstock|"
      + "associated press|ap photo|afp|epa|reuters|bloomberg|alamy|istock(photo)?)$");
  /** Sign-offs after the text: how to reach or follow the author, credits, newsletter notices. */
  private static final Pattern SIGN_OFF = Pattern.compile("(?i)(follow (him|her|us|me|them)\\b.{0,40}(\\bon\\b|@)|"
      + "(may|can) be reached at|contributed (reporting )?to this (report|story|article)|"
      + "problem subscribing|sign up for (our|the) .{0,40}newsletter|"
      + "\\b(e-?mail|reach|contact)\\b.{0,60}\\b[\\w.+-]+@[\\w-]+\\.[\\w.]+)");
  private static final Pattern BYLINE = Pattern.compile("(?i)^(by|por|von|par)\\s+\\p{Lu}[\\p{L}.'’-]*"
      + "(\\s+(\\p{Lu}[\\p{L}.'’-]*|and|&|de|van|von|da|,))*\\s*(,.*)?$");

  private LineRules() {}

  /** "Advertisement", "Read more: …", "Share this", a bare URL, a cookie notice. */
  static boolean isFurniture(String t) {
    return t.length() < 160 && BOILER_LINE.matcher(t).matches();
  }

  /** A publication stamp, a byline (with its stamp) or a photo credit. */
  static boolean isStampBylineOrCredit(String t) {
    return t.length() < 120 && (Stamps.isStamp(t) || Bylines.isByline(t) || CREDIT.matcher(t).matches());
  }

  /** "By Jane Doe, Staff Writer": a byline with a trailing title, judged only at the edges of the text. */
  static boolean isEdgeByline(String t) {
    return t.length() < 120 && BYLINE.matcher(t).matches();
  }

  /** How to reach or follow the author, reporting credits, newsletter notices. */
  static boolean isSignOff(String t) {
    return t.length() < 400 && SIGN_OFF.matcher(t).find();
  }
}
