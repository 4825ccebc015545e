/**
 * Vehicle emissions per link: CO2, NOx, PM2.5 and fuel from speed-dependent hot emission factors
 * while a vehicle cruises, idling rates while it queues, and non-exhaust PM2.5 (tyre, brake and
 * road wear) per kilometre.
 *
 * <p>{@link org.citysim.sim.emission.EmissionFactors} holds the factors (with their sources),
 * {@link org.citysim.sim.emission.EmissionModel} turns one vehicle's stay on one link into grams,
 * {@link org.citysim.sim.emission.EmissionCollector} observes a run and aggregates per link and
 * interval, per class and in total, and keeps a per-link store that a dispersion step can drain.
 * Vehicle classes come from imported vehicle types where known
 * ({@link org.citysim.sim.emission.SumoEmissionClasses}) and from a
 * {@link org.citysim.sim.emission.FleetMix} otherwise.
 */
package org.citysim.sim.emission;
