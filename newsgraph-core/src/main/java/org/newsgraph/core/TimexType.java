package org.newsgraph.core;

/** TIMEX3 types (TimeML). */
public enum TimexType { DATE, TIME, DURATION, SET }
