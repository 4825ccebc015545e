package org.citysim.sim.incident;

import java.util.ArrayList;
import java.util.List;
import org.citysim.sim.traffic.QueueTrafficModel;

/**
 * The incidents and closures blocking each link now, and the capacity they leave: the product of
 * their open fractions (two incidents that each leave half the capacity leave a quarter; any
 * closure closes the link).
 */
final class LinkBlockages {
  private final QueueTrafficModel model;
  private final List<List<double[]>> byLink;

  LinkBlockages(QueueTrafficModel model, int links) {
    this.model = model;
    this.byLink = new ArrayList<>(links);
    for (int l = 0; l < links; l++) {
      byLink.add(null);
    }
  }

  /** Blocks link {@code l} to {@code open} of its capacity now; returns a handle to lift it. */
  double[] block(int l, double open) {
    List<double[]> list = byLink.get(l);
    if (list == null) {
      list = new ArrayList<>(2);
      byLink.set(l, list);
    }
    double[] handle = {open};
    list.add(handle);
    apply(l);
    return handle;
  }

  /** Lifts the blockage {@code handle} of link {@code l} now. */
  void lift(int l, double[] handle) {
    List<double[]> list = byLink.get(l);
    if (list == null || !list.remove(handle)) {
      throw new IllegalStateException("no such blockage on link " + l);
    }
    apply(l);
  }

  /** Whether anything blocks link {@code l} now. */
  boolean blocked(int l) {
    List<double[]> list = byLink.get(l);
    return list != null && !list.isEmpty();
  }

  private void apply(int l) {
    double open = 1;
    for (double[] b : byLink.get(l)) {
      open *= b[0];
    }
    model.setCapacityFraction(l, open);
  }
}
