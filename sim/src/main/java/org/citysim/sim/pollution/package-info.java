/**
 * Air pollution on a grid of cells: dispersion of emitted mass (sources, advection by wind,
 * horizontal diffusion, first-order decay, ventilation toward a background), sampling by
 * stations, the US EPA Air Quality Index, alerts with early warnings, and exact attribution of
 * each station's concentration to source links.
 *
 * <p>The model is the street/graph box model of {@code domain-models.md} section 3 applied to
 * square grid cells: {@code dC_i/dt = E_i/V_i - (w_e/H)(C_i - C_b) - k C_i + sum_j D_ij (C_j -
 * C_i) - div(u C)}. The cells form a JGraphT graph ({@link org.citysim.sim.pollution.CellGrid})
 * that is frozen into int arrays for the stepper. One {@link
 * org.citysim.sim.pollution.DispersionModel} holds one pollutant; the caller keeps one per
 * pollutant and passes that pollutant's {@link org.citysim.sim.pollution.DispersionParams}.
 *
 * <p>Units: positions and lengths [m], times [s], wind speed [m/s], wind direction [deg] (the
 * meteorological direction the wind blows from, clockwise from north), concentrations
 * [ug/m3], emitted mass [g]. Easting is x, northing is y.
 *
 * <p>Typical wiring per pollutant: build the grid with {@link
 * org.citysim.sim.pollution.CellGrid#covering}, the link-to-cell weights with {@link
 * org.citysim.sim.pollution.LinkCells#of}, a model, and a {@link
 * org.citysim.sim.pollution.SourceHistory} if attribution is wanted; every pollution period call
 * {@code history.advance(dt, gramsPerLink, wind.at(t))} (or {@code model.step} with per-cell
 * grams), sample stations, feed their AQI to an {@link org.citysim.sim.pollution.AlertMonitor};
 * at the end ask {@link org.citysim.sim.pollution.Attribution} for source shares.
 */
package org.citysim.sim.pollution;
