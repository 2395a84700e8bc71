package org.newsgraph.extract.stance;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A sentence speaks in the body's own voice only without attribution, quotes or hedges. */
class VoiceFeaturesTest {
  @Test
  void a_sentence_is_in_the_bodys_own_voice_only_without_attribution_or_hedge() {
    assertTrue(VoiceFeatures.voice(StanceText.tokens("Troops crossed the border."), "Troops crossed the border.")
        .own());
    String reported = "Troops crossed the border, officials said.";
    assertTrue(VoiceFeatures.voice(StanceText.tokens(reported), reported).attributed());
    String hedged = "Troops may have crossed the border.";
    assertTrue(VoiceFeatures.voice(StanceText.tokens(hedged), hedged).hedged());
    String quoted = "\"Troops crossed the border.\"";
    assertFalse(VoiceFeatures.voice(StanceText.tokens(quoted), quoted).own());
  }
}
