package org.citysim.sim.scenario;

/** How the road network of a scenario is obtained: generated or listed explicitly. */
public sealed interface NetworkSpec permits GridSpec, ExplicitNetworkSpec, SumoNetworkSpec {}
