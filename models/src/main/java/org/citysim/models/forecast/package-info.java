/**
 * The learned traffic forecaster: training an LSTM on a {@link
 * org.citysim.sim.forecast.SensorDataset} ({@link org.citysim.models.forecast.ForecasterTraining}
 * with a {@link org.citysim.models.forecast.ForecasterConfig}), early stopping on the
 * validation days, its evaluation against the baselines on the test days, saving it as a model
 * file, and the {@link org.citysim.sim.forecast.Forecaster} it becomes when loaded.
 */
package org.citysim.models.forecast;
