/**
 * The {@code max-pressure} controller (Varaiya 2013, "Max pressure control of a network of
 * signalized intersections", Transportation Research Part C 36:177-195). At every decision it
 * gives green to the stage with the largest pressure: the sum over the stage's movements of
 * saturation flow times the difference between the queue upstream and the vehicles downstream.
 * It needs no knowledge of demand and is maximally stable in Varaiya's store-and-forward model.
 */
package org.citysim.agents.signal.maxpressure;
