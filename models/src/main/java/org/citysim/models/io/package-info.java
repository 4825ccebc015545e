/**
 * The model file: one zip holding the network (the entries deeplearning4j's ModelSerializer
 * writes) and a JSON metadata entry ({@value org.citysim.models.io.ModelFile#METADATA_ENTRY})
 * with the kind, format version, scenario fingerprint, sensors, features, normalisation and the
 * evaluation. Reading checks the file before the network is loaded and refuses a wrong one with
 * a one-line {@link org.citysim.sim.forecast.ModelException}.
 */
package org.citysim.models.io;
