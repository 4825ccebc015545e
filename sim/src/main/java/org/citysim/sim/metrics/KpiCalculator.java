package org.citysim.sim.metrics;

import java.util.List;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/** Computes the headline KPIs from trip records. */
public final class KpiCalculator {
  private KpiCalculator() {}

  /** KPIs of {@code trips} (see {@link KpiKeys} for keys and units). */
  public static Kpis of(List<TripRecord> trips) {
    long arrived = 0;
    long enRoute = 0;
    long waiting = 0;
    double distance = 0;
    double[] tt = new double[trips.size()];
    double delaySum = 0;
    double durationSum = 0;
    double departDelaySum = 0;
    for (TripRecord t : trips) {
      distance += t.distance();
      switch (t.status()) {
        case ARRIVED -> {
          tt[(int) arrived++] = t.travelTime();
          delaySum += t.delay();
          durationSum += t.arrival() - t.insertion();
          departDelaySum += t.insertion() - t.departure();
        }
        case EN_ROUTE -> {
          enRoute++;
          departDelaySum += t.insertion() - t.departure();
        }
        case WAITING -> waiting++;
        default -> throw new IllegalStateException();
      }
    }
    double[] arrivedTt = java.util.Arrays.copyOf(tt, (int) arrived);
    double mean = arrived == 0 ? Double.NaN : java.util.Arrays.stream(arrivedTt).sum() / arrived;
    return new Kpis()
        .put(KpiKeys.INSERTED, arrived + enRoute)
        .put(KpiKeys.ARRIVED, arrived)
        .put(KpiKeys.EN_ROUTE, enRoute)
        .put(KpiKeys.WAITING, waiting)
        .put(KpiKeys.TT_MEAN, mean)
        .put(KpiKeys.TT_P50, percentile(arrivedTt, 50))
        .put(KpiKeys.TT_P95, percentile(arrivedTt, 95))
        .put(KpiKeys.DELAY_MEAN, arrived == 0 ? Double.NaN : delaySum / arrived)
        .put(KpiKeys.TRIP_DURATION_MEAN, arrived == 0 ? Double.NaN : durationSum / arrived)
        .put(KpiKeys.DEPART_DELAY_MEAN,
            arrived + enRoute == 0 ? Double.NaN : departDelaySum / (arrived + enRoute))
        .put(KpiKeys.DISTANCE, distance / 1000.0);
  }

  private static double percentile(double[] xs, double p) {
    if (xs.length == 0) {
      return Double.NaN;
    }
    // R-7 (linear interpolation between order statistics), the default of R and NumPy.
    return new Percentile(p).withEstimationType(Percentile.EstimationType.R_7).evaluate(xs);
  }
}
