package org.citysim.models.baseline;

import org.citysim.models.data.TimeOfDayProfile;
import org.citysim.sim.forecast.SensorDataset;

/**
 * The quantities the {@link CaliforniaRule} compares with its thresholds, per day, slot and
 * sensor. Missing occupancies are carried forward from the sensor's last reading of the day
 * (the rule runs as a stream, so it has seen all earlier slots), and taken from the training
 * days' profile before the first reading.
 */
public final class CaliforniaSignals {
  private CaliforniaSignals() {}

  /**
   * One day's signals, {@code [slot][sensor]}.
   *
   * @param occdf         OCCDF [occupancy]
   * @param occrdf        OCCRDF [ratio]; 0 when the sensor's occupancy is 0
   * @param docctd        DOCCTD [ratio]; 0 in the first two slots or when the downstream
   *                      occupancy two slots before was 0
   * @param hasNeighbours per sensor, whether it has downstream neighbours
   */
  public record Day(float[][] occdf, float[][] occrdf, float[][] docctd,
      boolean[] hasNeighbours) {}

  /** The signals of day {@code day}; the data set needs the OCCUPANCY feature. */
  public static Day of(SensorDataset ds, int day, TimeOfDayProfile profile) {
    int occ = ds.featureIndex(SensorDataset.Feature.OCCUPANCY);
    if (occ < 0) {
      throw new IllegalArgumentException("the California rule needs the OCCUPANCY feature; "
          + "the data set has " + ds.features());
    }
    float[][][] v = ds.values()[day];
    int slots = v.length;
    int n = ds.sensors().size();
    float[][] o = new float[slots][n];
    for (int i = 0; i < n; i++) {
      float last = Float.NaN;
      for (int t = 0; t < slots; t++) {
        float x = v[t][i][occ];
        if (!Float.isNaN(x)) {
          last = x;
        }
        o[t][i] = Float.isNaN(last) ? profile.at(t, i, occ) : last;
      }
    }
    boolean[] has = new boolean[n];
    float[][] down = new float[slots][n];
    for (int i = 0; i < n; i++) {
      var nb = ds.sensors().get(i).downstream();
      has[i] = !nb.isEmpty();
      for (int t = 0; t < slots && has[i]; t++) {
        float s = 0;
        for (int j : nb) {
          s += o[t][j];
        }
        down[t][i] = s / nb.size();
      }
    }
    float[][] occdf = new float[slots][n];
    float[][] occrdf = new float[slots][n];
    float[][] docctd = new float[slots][n];
    for (int t = 0; t < slots; t++) {
      for (int i = 0; i < n; i++) {
        occdf[t][i] = o[t][i] - down[t][i];
        occrdf[t][i] = o[t][i] > 0 ? occdf[t][i] / o[t][i] : 0;
        docctd[t][i] = t >= 2 && down[t - 2][i] > 0
            ? (down[t - 2][i] - down[t][i]) / down[t - 2][i] : 0;
      }
    }
    return new Day(occdf, occrdf, docctd, has);
  }
}
