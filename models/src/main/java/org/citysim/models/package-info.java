/**
 * Learned models (deeplearning4j): traffic forecasters, the incident classifier, their data sets,
 * training and evaluation, and the simple baselines they are measured against. Provides the
 * {@code Forecaster} interface that {@code org.citysim.sim} declares, through ServiceLoader.
 */
package org.citysim.models;
