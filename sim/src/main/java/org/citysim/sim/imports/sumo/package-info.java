/**
 * SUMO import: network and demand. Readers for files of the Eclipse SUMO traffic simulator
 * (https://sumo.dlr.de): route files ({@code .rou.xml}) and additional files with vehicle types
 * are read by {@link org.citysim.sim.imports.sumo.SumoRouteReader} into
 * {@link org.citysim.sim.imports.sumo.SumoDemand}. Readers stream with StAX, refuse DTDs and
 * external entities, and report user errors as {@link org.citysim.sim.scenario.ScenarioException}
 * with file and line. Times are seconds [s] of simulation time, lengths metres [m], speeds metres
 * per second [m/s], as in SUMO.
 */
package org.citysim.sim.imports.sumo;
