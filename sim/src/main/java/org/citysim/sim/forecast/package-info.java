/**
 * Learned forecasts and incident classification as the kernel sees them: the sensor history
 * of many simulated days ({@link org.citysim.sim.forecast.SensorDataset}), the {@link
 * org.citysim.sim.forecast.Forecaster} and {@link org.citysim.sim.forecast.IncidentClassifier}
 * interfaces that agents and incident detection call, and the provider SPI through which the
 * {@code models} module (deeplearning4j) supplies them. Nothing here depends on a learning
 * library.
 */
package org.citysim.sim.forecast;
