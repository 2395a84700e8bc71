package org.newsgraph.extract.time.resolution;

/** Granularity of a resolved date: the width of the period it names, from a time of day up to a century. */
public enum Granularity { TIME, DAY, WEEK, WEEKEND, MONTH, QUARTER, HALF, SEASON, YEAR, DECADE, CENTURY }
