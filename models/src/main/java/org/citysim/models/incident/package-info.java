/**
 * The learned incident classifier: per sensor, the probability that an incident blocks its
 * link, from a window of its own readings and its downstream neighbours' ({@link
 * org.citysim.models.incident.ClassifierTraining} with a {@link
 * org.citysim.models.incident.ClassifierConfig}); trained on rebalanced epochs, its threshold
 * chosen on the validation days, and compared on the test days with the California rule
 * calibrated on the training days. Loaded, it is the kernel's {@link
 * org.citysim.sim.forecast.IncidentClassifier}.
 */
package org.citysim.models.incident;
