/**
 * Signal plans: fixed-time programs that gate movements at junctions, and their frozen form that
 * the traffic model asks "when is this movement next green?". Times in seconds [s].
 */
package org.citysim.sim.signal;
