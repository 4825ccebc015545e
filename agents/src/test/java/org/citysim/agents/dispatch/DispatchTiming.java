package org.citysim.agents.dispatch;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.citysim.sim.random.RandomStream;
import org.citysim.sim.random.RandomStreams;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Time per dispatch decision, logged as one JSON line per size (not asserted: timings belong to
 * benchmarks, not tests). Also compares both dispatchers on the same instances. Run alone with
 * {@code mvn -pl agents -am test -Dtest=DispatchTiming -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("slow")
class DispatchTiming {

  @Test
  void logTimePerCall() {
    int[][] sizes = {{10, 5}, {20, 10}, {40, 20}};
    for (int[] size : sizes) {
      RandomStream instances = new RandomStreams(1, 0).stream("instances");
      List<DispatchProblem> problems = new ArrayList<>();
      for (int k = 0; k < 40; k++) {
        problems.add(Problems.random(instances, size[0], size[1], 3600));
      }
      JspritDispatcher jsprit =
          new JspritDispatcher(new RandomStreams(1, 0).stream("agent/dispatch"));
      NearestUnitDispatcher nearest = new NearestUnitDispatcher();
      for (int k = 0; k < 10; k++) {
        jsprit.assign(problems.get(k)); // JIT warm-up
      }
      double[] ms = new double[problems.size()];
      double jspritObjective = 0;
      double nearestObjective = 0;
      for (int k = 0; k < problems.size(); k++) {
        DispatchProblem p = problems.get(k);
        long t0 = System.nanoTime();
        Assignment a = jsprit.assign(p);
        ms[k] = (System.nanoTime() - t0) / 1e6;
        jspritObjective += a.weightedResponseTime(p) / a.dispatches().size();
        Assignment b = nearest.assign(p);
        nearestObjective += b.weightedResponseTime(p) / b.dispatches().size();
      }
      Arrays.sort(ms);
      System.out.printf(Locale.ROOT, "{\"bench\":\"dispatch\",\"units\":%d,\"incidents\":%d,"
              + "\"iterations\":%d,\"ms_median\":%.2f,\"ms_p90\":%.2f,\"ms_max\":%.2f,"
              + "\"weighted_response_per_dispatch_s\":{\"jsprit\":%.1f,\"nearest\":%.1f}}%n",
          size[0], size[1], JspritDispatcher.DEFAULT_ITERATIONS, ms[ms.length / 2],
          ms[(int) (ms.length * 0.9)], ms[ms.length - 1], jspritObjective / problems.size(),
          nearestObjective / problems.size());
    }
  }
}
