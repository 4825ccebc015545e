/**
 * Named random streams. Every component draws from its own stream, derived from (scenario seed,
 * replication index, component name), so adding a component never changes another's draws and
 * replication r uses the same streams at every design point of a sweep (common random numbers).
 * There is no global or static generator anywhere in citysim.
 */
package org.citysim.sim.random;
