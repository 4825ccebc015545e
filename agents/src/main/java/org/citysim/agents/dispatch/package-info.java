/**
 * Dispatch of emergency response units (ambulances, tow trucks, police) to open incidents.
 *
 * <p>A {@link org.citysim.agents.dispatch.DispatchProblem} is a snapshot taken when incidents
 * appear or units free up: where each unit is and from when it is free, what each incident needs
 * and by when, and travel times on the current network state ({@link
 * org.citysim.agents.dispatch.TravelTimes}, JGraphT shortest paths on current link travel times).
 * A {@link org.citysim.agents.dispatch.Dispatcher} answers it with an {@link
 * org.citysim.agents.dispatch.Assignment}: which unit goes where, when it should arrive, and why
 * an incident is left unserved.
 *
 * <p>Two dispatchers: {@link org.citysim.agents.dispatch.JspritDispatcher} minimises the
 * priority-weighted response time with the jsprit vehicle-routing solver (jsprit is used in that
 * class only); {@link org.citysim.agents.dispatch.NearestUnitDispatcher} is the baseline, sending
 * the nearest idle unit to each incident in order of priority and report time. Each unit serves at
 * most one incident per decision; the next decision reassigns it once it is free again.
 */
package org.citysim.agents.dispatch;
