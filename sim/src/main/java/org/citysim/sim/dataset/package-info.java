/**
 * Training data for the learned models: many simulated days of one scenario, each with its own
 * demand level, profile shift, weather and incidents ({@link
 * org.citysim.sim.dataset.Variation}), sampled from the sensors (never ground truth) into fixed
 * slots and labelled with the incidents that blocked each sensor's link, split by day into
 * training, validation and test ({@link org.citysim.sim.dataset.DatasetBuilder}); and the
 * documented folder format they are stored in ({@link org.citysim.sim.dataset.DatasetWriter},
 * {@link org.citysim.sim.dataset.DatasetReader}; see {@code docs/datasets.md}).
 */
package org.citysim.sim.dataset;
