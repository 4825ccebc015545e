/**
 * Agents that act on learned forecasts ({@link org.citysim.sim.forecast.ForecastFeed}): the
 * early congestion warning. (The PID controller's feed-forward of predicted arrivals lives with
 * the controller, in {@code agents.signal.pid}.)
 */
package org.citysim.agents.forecast;
