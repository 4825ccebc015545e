/**
 * The discrete-event kernel: a priority queue of events over primitive arrays with a
 * deterministic total order (time, priority, insertion sequence), the {@link
 * org.citysim.sim.kernel.Kernel} that pops and dispatches them, and periodic processes.
 *
 * <p>There is no global time-step loop: simulated time jumps from one event to the next. Times
 * are seconds since midnight [s].
 */
package org.citysim.sim.kernel;
