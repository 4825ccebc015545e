/**
 * What the built-in signal controllers share: resolving the {@code junctions} a controller is
 * given (ids or {@code all}) into {@link org.citysim.sim.signal.SignalControl}s, the sensors of
 * each junction's approaches, config checks, green-time arithmetic within bounds, and collecting
 * sensor readings over a control period. The controllers themselves live in the sub-packages
 * {@code fixed}, {@code webster}, {@code actuated}, {@code maxpressure} and {@code pid}; see
 * {@code docs/control.md} for what each does and the sources it follows.
 *
 * <p>Every controller works from what its sensors report (loop or camera, as configured), never
 * from the true traffic state, and only asks; the junction's own
 * {@link org.citysim.sim.signal.SignalControl} enforces minimum greens and intergreens.
 */
package org.citysim.agents.signal;
