package org.newsgraph.extract.time.engine;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One rule: its name, its pattern over the text with the names of the pattern's groups, its handler, and whether the
 * dates it resolves stand on their own ({@code absolute}: a year is written out), so that they may anchor "a year
 * later".
 */
public record Rule(String name, Pattern pattern, List<String> groupNames, RuleHandler handler, boolean absolute) {}
