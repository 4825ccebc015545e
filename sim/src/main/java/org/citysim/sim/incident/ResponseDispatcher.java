package org.citysim.sim.incident;

import java.util.List;

/**
 * Decides which idle unit goes to which open incident; implementations are found by name
 * through {@link ResponseDispatchers} (the built-in ones, "nearest" and "jsprit", live in the
 * agents module). Each unit is sent at most once per decision.
 */
public interface ResponseDispatcher {
  /** The units to send now, each to one need of one call of {@code request}. */
  List<DispatchRequest.Order> assign(DispatchRequest request);
}
