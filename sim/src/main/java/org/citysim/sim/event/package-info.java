/**
 * Typed simulation events (records) and the per-run {@link org.citysim.sim.event.EventBus} that
 * publishes them to observers. Metrics collectors are observers; the kernel knows nothing about
 * reports. Publishers ask a {@link org.citysim.sim.event.Channel} whether anyone listens before
 * they build an event, so unobserved event types cost nothing.
 */
package org.citysim.sim.event;
