package org.citysim.app.sweep.analysis;

import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.stat.StatUtils;
import org.citysim.app.sweep.RunOutcome;

/**
 * The outcomes of a sweep arranged by design point and replication, whatever order they came
 * in, so that every statistic sums in the same order and is reproducible to the last bit.
 *
 * <p>Should a run appear twice (a retried run in a store), a completed outcome wins over a
 * failed one, and otherwise the first is kept: a task's outcome is deterministic, so equal
 * statuses carry equal KPIs.
 */
final class ReplicateTable {
  private final RunOutcome[][] runs;

  /**
   * @throws IllegalArgumentException for an outcome outside points x replications: the caller
   *                                  passes this sweep's outcomes only, and a mismatch means a
   *                                  store of another design
   */
  ReplicateTable(int points, int replications, List<RunOutcome> outcomes) {
    runs = new RunOutcome[points][replications];
    for (RunOutcome o : outcomes) {
      int p = o.task().point();
      int r = o.task().replication();
      if (p < 0 || p >= points || r < 0 || r >= replications) {
        throw new IllegalArgumentException("outcome of run " + o.task().key() + " lies outside"
            + " the plan's " + points + " points x " + replications + " replications");
      }
      RunOutcome old = runs[p][r];
      if (old == null || (old.status() == RunOutcome.Status.FAILED
          && o.status() == RunOutcome.Status.OK)) {
        runs[p][r] = o;
      }
    }
  }

  int points() {
    return runs.length;
  }

  /** Runs recorded at {@code point}, completed or failed. */
  int runs(int point) {
    int n = 0;
    for (RunOutcome o : runs[point]) {
      n += o == null ? 0 : 1;
    }
    return n;
  }

  /** Failed runs at {@code point}. */
  int failed(int point) {
    int n = 0;
    for (RunOutcome o : runs[point]) {
      n += o != null && o.status() == RunOutcome.Status.FAILED ? 1 : 0;
    }
    return n;
  }

  /**
   * The finite values of {@code kpi} from the completed runs at {@code point}, in replication
   * order. A KPI a run did not produce, or produced as NaN or infinite, is left out.
   */
  double[] values(int point, String kpi) {
    double[] v = new double[runs[point].length];
    int n = 0;
    for (RunOutcome o : runs[point]) {
      if (o != null && o.status() == RunOutcome.Status.OK) {
        Double x = o.kpis().get(kpi);
        if (x != null && Double.isFinite(x)) {
          v[n++] = x;
        }
      }
    }
    return Arrays.copyOf(v, n);
  }

  /**
   * The model output of each point for the sensitivity analyses: the mean of {@code kpi} over
   * the point's completed replications (NaN where there is none; {@link StatUtils#mean} gives
   * NaN for no values).
   */
  double[] meanOutput(String kpi) {
    double[] y = new double[runs.length];
    for (int p = 0; p < runs.length; p++) {
      y[p] = StatUtils.mean(values(p, kpi));
    }
    return y;
  }
}
