/**
 * Routing with JGraphT shortest paths on the movement graph (links as vertices, allowed turns as
 * edges), so turn restrictions hold. Costs are link travel times [s]: free-flow, or the current
 * estimates the traffic model keeps. Routes are cached per origin-destination pair.
 */
package org.citysim.sim.routing;
