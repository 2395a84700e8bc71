package org.newsgraph.ingest;

import java.nio.charset.Charset;

/**
 * Text read from bytes, with the charset it was read in.
 *
 * @param text       the decoded text, newlines normalised to {@code \n}, BOM removed
 * @param charset    the charset used
 * @param fellBack   true when the bytes were not valid UTF-8 and a single-byte fallback was used
 */
public record DecodedText(String text, Charset charset, boolean fellBack) {}
