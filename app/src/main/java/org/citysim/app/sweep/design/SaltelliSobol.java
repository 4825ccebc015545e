package org.citysim.app.sweep.design;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.random.SobolSequenceGenerator;
import org.citysim.app.sweep.Parameter;

/**
 * Saltelli's sampling scheme for first- and total-order Sobol indices (Saltelli et al. 2010,
 * Comput. Phys. Commun. 181, 259-270): two independent base matrices A and B of {@code
 * samples} rows each, and for every parameter j the matrix AB_j, which is A with column j taken
 * from B. Runs {@link #pointCount} = samples x (k + 2) points, laid out as {@link
 * DesignPlan.Saltelli} says (row i: A, B, AB_1 .. AB_k).
 *
 * <p>A and B are the two halves of one Sobol low-discrepancy sequence of dimension 2k (Joe and
 * Kuo's direction numbers, commons-math3). The sequence starts at the origin and its early
 * points are unevenly spread, so, as SALib does by default, the first 2^m points are skipped
 * with 2^m the smallest power of two not below {@code samples}; with {@code samples} itself a
 * power of two the rows used are then one whole balanced block of the sequence (Owen 2020, "On
 * dropping the first Sobol' point"), which is why powers of two are recommended. The sequence
 * is deterministic: the seed is ignored.
 *
 * @param samples the base sample size N, at least 2
 */
public record SaltelliSobol(int samples) implements Design {
  /** The most parameters: commons-math3's direction numbers go up to dimension 1000 = 2k. */
  public static final int MAX_PARAMETERS = 500;

  public SaltelliSobol {
    if (samples < 2) {
      throw new IllegalArgumentException("samples must be at least 2, got " + samples);
    }
  }

  /** The number of points for {@code k} parameters: samples x (k + 2). */
  public int pointCount(int k) {
    return UnitPoints.product("sobol", samples, k + 2);
  }

  /** The index of the first Sobol point used: the smallest power of two >= samples. */
  static int skipped(int samples) {
    int high = Integer.highestOneBit(samples);
    return high == samples ? samples : high << 1;
  }

  @Override
  public DesignPlan plan(List<Parameter> parameters, long seed) {
    UnitPoints.requireParameters("sobol", parameters);
    int k = parameters.size();
    if (k > MAX_PARAMETERS) {
      throw new IllegalArgumentException("sobol handles at most " + MAX_PARAMETERS
          + " parameters, got " + k);
    }
    List<DesignPoint> points = new ArrayList<>(pointCount(k));
    SobolSequenceGenerator sobol = new SobolSequenceGenerator(2 * k);
    double[] row = sobol.skipTo(skipped(samples));
    for (int i = 0; i < samples; i++) {
      if (i > 0) {
        row = sobol.nextVector();
      }
      double[] a = Arrays.copyOfRange(row, 0, k);
      double[] b = Arrays.copyOfRange(row, k, 2 * k);
      points.add(UnitPoints.at(points.size(), a, parameters));
      points.add(UnitPoints.at(points.size(), b, parameters));
      for (int j = 0; j < k; j++) {
        double[] ab = a.clone();
        ab[j] = b[j];
        points.add(UnitPoints.at(points.size(), ab, parameters));
      }
    }
    return new DesignPlan(points, new DesignPlan.Saltelli(samples, k));
  }
}
