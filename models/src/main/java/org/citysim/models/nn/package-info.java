/**
 * The one place deeplearning4j is used: {@link org.citysim.models.nn.SequenceNet} builds,
 * trains, runs, saves and loads a small recurrent network (an LSTM read at its last step and a
 * dense output layer) on plain float arrays, so that no ND4J or DL4J type appears in the API of
 * the rest of the module. The backend (CPU by default, CUDA with the {@code cuda} Maven profile)
 * is whatever ND4J finds on the class path. Inference runs in plain Java over a copy of the
 * weights ({@code LstmForward}): on the small batches of a run DL4J's per-operation overhead
 * cost several times the arithmetic.
 */
package org.citysim.models.nn;
