/**
 * The {@code fixed-time} controller: the baseline. It takes control of its junctions and runs
 * their base plans (generated or imported from SUMO) unchanged, or one configured set of green
 * times per stage, retimed once at the start.
 */
package org.citysim.agents.signal.fixed;
