/**
 * SUMO import: network and demand, from files of the Eclipse SUMO traffic simulator
 * (https://sumo.dlr.de).
 *
 * <ul>
 *   <li>{@link org.citysim.sim.imports.sumo.SumoNetReader}: the {@code .net.xml} road network
 *       (junctions, edges, lanes, connections) and the fixed-time signal programs
 *       ({@code tlLogic}) of the net and of additional files, mapped onto citysim's link-queue
 *       network and {@link org.citysim.sim.signal.SignalPlan}s.
 *   <li>{@link org.citysim.sim.imports.sumo.SumoRouteReader}: route files ({@code .rou.xml}) and
 *       additional files with vehicle types, read into
 *       {@link org.citysim.sim.imports.sumo.SumoDemand}.
 * </ul>
 *
 * <p>Files are streamed with StAX (no DOM, no DTDs, no external entities), so files of tens of
 * MB load in seconds and a hostile file cannot make a reader open other files. User errors are
 * {@link org.citysim.sim.scenario.ScenarioException}s with file and line. Everything SUMO
 * describes that citysim cannot use is reported as a warning, counted once per name, never
 * dropped silently. Units: lengths [m], speeds [m/s], capacities [veh/h], times [s].
 */
package org.citysim.sim.imports.sumo;
