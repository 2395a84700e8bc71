package org.newsgraph.stories.text;

/**
 * M. F. Porter's suffix-stripping algorithm (1980), written from its published description: "arrested", "arrests"
 * and "arrest" share the stem "arrest", "hiring" and "hired" the stem "hire". Input: one lower-case word of ASCII
 * letters (anything else is returned unchanged). Stems are keys, not words: "agreed" → "agre".
 */
final class PorterStemmer {
  private char[] b;
  private int k;
  private int j;

  String stem(String word) {
    if (word.length() <= 2 || !ascii(word)) {
      return word;
    }
    b = word.toCharArray();
    k = b.length - 1;
    step1ab();
    if (k > 0) {
      step1c();
      step2();
      step3();
      step4();
      step5();
    }
    return new String(b, 0, k + 1);
  }

  private static boolean ascii(String w) {
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (c < 'a' || c > 'z') {
        return false;
      }
    }
    return true;
  }

  private boolean consonant(int i) {
    return switch (b[i]) {
      case 'a', 'e', 'i', 'o', 'u' -> false;
      case 'y' -> i == 0 || !consonant(i - 1);
      default -> true;
    };
  }

  /** The number of vowel-consonant sequences in b[0..j]. */
  private int measure() {
    int n = 0;
    int i = 0;
    while (true) {
      if (i > j) {
        return n;
      }
      if (!consonant(i)) {
        break;
      }
      i++;
    }
    i++;
    while (true) {
      while (true) {
        if (i > j) {
          return n;
        }
        if (consonant(i)) {
          break;
        }
        i++;
      }
      i++;
      n++;
      while (true) {
        if (i > j) {
          return n;
        }
        if (!consonant(i)) {
          break;
        }
        i++;
      }
      i++;
    }
  }

  private boolean vowelInStem() {
    for (int i = 0; i <= j; i++) {
      if (!consonant(i)) {
        return true;
      }
    }
    return false;
  }

  private boolean doubleConsonant(int i) {
    return i >= 1 && b[i] == b[i - 1] && consonant(i);
  }

  /** consonant-vowel-consonant ending at i, the last not w, x or y ("hop", not "snow"). */
  private boolean cvc(int i) {
    if (i < 2 || !consonant(i) || consonant(i - 1) || !consonant(i - 2)) {
      return false;
    }
    char c = b[i];
    return c != 'w' && c != 'x' && c != 'y';
  }

  private boolean ends(String s) {
    int l = s.length();
    int o = k - l + 1;
    if (o < 0) {
      return false;
    }
    for (int i = 0; i < l; i++) {
      if (b[o + i] != s.charAt(i)) {
        return false;
      }
    }
    j = k - l;
    return true;
  }

  /** Replaces b[j+1..k] with s. */
  private void setTo(String s) {
    int l = s.length();
    int o = j + 1;
    if (o + l > b.length) {
      char[] nb = new char[o + l];
      System.arraycopy(b, 0, nb, 0, b.length);
      b = nb;
    }
    for (int i = 0; i < l; i++) {
      b[o + i] = s.charAt(i);
    }
    k = j + l;
  }

  private void replaceIfMeasured(String s) {
    if (measure() > 0) {
      setTo(s);
    }
  }

  private void step1ab() {
    if (b[k] == 's') {
      if (ends("sses")) {
        k -= 2;
      } else if (ends("ies")) {
        setTo("i");
      } else if (k >= 1 && b[k - 1] != 's') {
        k--;
      }
    }
    if (ends("eed")) {
      if (measure() > 0) {
        k--;
      }
    } else if ((ends("ed") || ends("ing")) && vowelInStem()) {
      k = j;
      if (ends("at")) {
        setTo("ate");
      } else if (ends("bl")) {
        setTo("ble");
      } else if (ends("iz")) {
        setTo("ize");
      } else if (doubleConsonant(k)) {
        char c = b[k];
        if (c != 'l' && c != 's' && c != 'z') {
          k--;
        }
      } else {
        j = k;
        if (measure() == 1 && cvc(k)) {
          setTo("e");
        }
      }
    }
  }

  private void step1c() {
    if (ends("y") && vowelInStem()) {
      b[k] = 'i';
    }
  }

  private static final String[][] STEP2 = {
      {"ational", "ate"}, {"tional", "tion"}, {"enci", "ence"}, {"anci", "ance"}, {"izer", "ize"},
      {"bli", "ble"}, {"alli", "al"}, {"entli", "ent"}, {"eli", "e"}, {"ousli", "ous"}, {"ization", "ize"},
      {"ation", "ate"}, {"ator", "ate"}, {"alism", "al"}, {"iveness", "ive"}, {"fulness", "ful"},
      {"ousness", "ous"}, {"aliti", "al"}, {"iviti", "ive"}, {"biliti", "ble"}, {"logi", "log"}};

  private static final String[][] STEP3 = {
      {"icate", "ic"}, {"ative", ""}, {"alize", "al"}, {"iciti", "ic"}, {"ical", "ic"}, {"ful", ""}, {"ness", ""}};

  private static final String[] STEP4 = {
      "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ion", "ou", "ism", "ate",
      "iti", "ous", "ive", "ize"};

  private void step2() {
    for (String[] r : STEP2) {
      if (ends(r[0])) {
        replaceIfMeasured(r[1]);
        return;
      }
    }
  }

  private void step3() {
    for (String[] r : STEP3) {
      if (ends(r[0])) {
        replaceIfMeasured(r[1]);
        return;
      }
    }
  }

  private void step4() {
    for (String s : STEP4) {
      if (ends(s)) {
        if (s.equals("ion") && !(j >= 0 && (b[j] == 's' || b[j] == 't'))) {
          return;
        }
        if (measure() > 1) {
          k = j;
        }
        return;
      }
    }
  }

  private void step5() {
    j = k;
    if (b[k] == 'e') {
      int a = measure();
      if (a > 1 || (a == 1 && !cvc(k - 1))) {
        k--;
      }
    }
    if (b[k] == 'l' && doubleConsonant(k) && measure() > 1) {
      k--;
    }
  }
}
