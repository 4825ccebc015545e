package org.citysim.sim.kernel;

/**
 * Receives the events scheduled for it. Handlers are registered once with {@link
 * Kernel#register(EventHandler)} and addressed by the returned id, so the hot path schedules
 * plain numbers and allocates nothing.
 */
@FunctionalInterface
public interface EventHandler {
  /**
   * Handles one event at the kernel's current time.
   *
   * @param arg the argument given when the event was scheduled (e.g. a vehicle or link index)
   */
  void handle(int arg);
}
