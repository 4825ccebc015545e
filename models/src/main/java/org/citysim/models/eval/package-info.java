/**
 * How forecasts and incident alarms are scored on held-out days: masked error metrics (MAE,
 * RMSE, MAPE, skipping cells whose truth is zero or missing, as in the METR-LA and PEMS-BAY
 * tables), the forecast {@link org.citysim.models.eval.EvaluationTable}, ROC AUC, and the
 * detection metrics of incident detection (time to detect, share detected, false-alarm rate) in
 * the {@link org.citysim.models.eval.ClassificationTable}. Plain Java, no learning library.
 */
package org.citysim.models.eval;
