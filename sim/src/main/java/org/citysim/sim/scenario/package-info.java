/**
 * The scenario model: immutable records for everything a run needs (simulation window and seed,
 * network, demand, traffic-model parameters, outputs, agents, sensors), and the loader that reads
 * them from YAML.
 *
 * <p>Units follow the javadoc of each record: times in seconds since midnight [s], lengths in
 * metres [m], speeds in metres per second [m/s], flows in vehicles per hour [veh/h]. In YAML a
 * time may also be written {@code "HH:MM"} or {@code "HH:MM:SS"}.
 */
package org.citysim.sim.scenario;
