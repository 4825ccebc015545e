/**
 * Learned models (deeplearning4j): the LSTM traffic forecaster ({@code forecast}), the incident
 * classifier ({@code incident}), their inputs ({@code data}), the baselines they are measured
 * against ({@code baseline}), the metrics and tables ({@code eval}), the model file ({@code io})
 * and the one class that touches deeplearning4j ({@code nn}). This package holds what they
 * share: the per-epoch {@link org.citysim.models.TrainingProgress} callback and the {@link
 * org.citysim.models.Dl4jModelProvider}, through which the kernel's {@code ModelProvider} SPI
 * (ServiceLoader) loads model files as {@code Forecaster} and {@code IncidentClassifier}. See
 * docs/models.md.
 */
package org.citysim.models;
