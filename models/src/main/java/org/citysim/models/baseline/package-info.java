/**
 * The simple methods every learned model is measured against: for forecasts the historical
 * average by slot of the day, persistence (the last reading) and seasonal naive (the same slot
 * the day before); for incident detection the California algorithm, a threshold rule on a
 * sensor's occupancy against its downstream neighbours', with thresholds calibrated on the
 * training days.
 */
package org.citysim.models.baseline;
