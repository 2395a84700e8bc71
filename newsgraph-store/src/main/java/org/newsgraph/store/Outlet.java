package org.newsgraph.store;

/** An outlet and the number of stored articles it published. */
public record Outlet(String name, int articles) {}
