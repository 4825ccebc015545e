/**
 * From a {@link org.citysim.sim.forecast.SensorDataset} to network inputs: per-sensor
 * standardisation and the time-of-day profile (both fitted on the training days only), the
 * sliding windows over each day, missing readings filled (last valid residual, else the
 * profile) and flagged by a mask, and the encoders that lay windows out as the network's input
 * rows. Plain Java arrays; the network code turns them into its own tensors.
 */
package org.citysim.models.data;
