/**
 * Traffic incidents and road closures: random incidents (per vehicle-km or per link-hour, from
 * the stream {@code incidents}) and scheduled ones, each with a severity that blocks lanes for a
 * drawn clearance time; planned closures; detection by cameras or by a later report; the
 * timeline of the FHWA traffic incident management points (occurred, detected, dispatched, on
 * scene, lanes cleared, all clear) with an API for a dispatcher; and rerouting of informed
 * drivers around blocked links on current travel times. {@link org.citysim.sim.incident.Incidents}
 * wires it all onto a kernel and a {@link org.citysim.sim.traffic.QueueTrafficModel}.
 */
package org.citysim.sim.incident;
