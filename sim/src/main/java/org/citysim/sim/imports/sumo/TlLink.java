package org.citysim.sim.imports.sumo;

/**
 * One signal link: a lane connection controlled by traffic light {@code tl}, whose colour is the
 * character at {@code index} of each phase's state.
 *
 * @param tl    traffic-light id
 * @param index link index, 0-based
 */
record TlLink(String tl, int index) {}
