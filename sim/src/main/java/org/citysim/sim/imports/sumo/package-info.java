/**
 * Import of SUMO networks: the {@code .net.xml} road network (junctions, edges, lanes,
 * connections) and the fixed-time signal programs ({@code tlLogic}) of the net and of additional
 * files, mapped onto citysim's link-queue network and {@link org.citysim.sim.signal.SignalPlan}s.
 *
 * <p>Entry point: {@link org.citysim.sim.imports.sumo.SumoNetReader}. Files are streamed with StAX
 * (no DOM, no DTDs, no external entities), so nets of tens of MB load in seconds and a hostile
 * file cannot make the reader open other files. Everything SUMO describes that the queue model
 * cannot use is reported as a warning, counted once per element name, never dropped silently.
 * Units: lengths [m], speeds [m/s], capacities [veh/h], times [s].
 */
package org.citysim.sim.imports.sumo;
