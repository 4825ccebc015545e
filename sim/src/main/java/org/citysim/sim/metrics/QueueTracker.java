package org.citysim.sim.metrics;

/**
 * The exact queue of one junction over continuous time, from its approaches' entries and exits:
 * a vehicle is queued from its free-flow exit time {@code s} (entry plus free-flow time) until
 * it leaves at {@code t}, the half-open interval {@code [s, t)}; that is what
 * {@code QueueTrafficModel.queueLength} counts at any instant after the traffic of that
 * instant. Sampling the queue at fixed times can miss its peaks, and misreads it whenever the
 * sampling interval shares a period with the signal cycle; this tracker sees every change.
 *
 * <p>Exits arrive in time order (the kernel's order); the times at which vehicles start to
 * queue are known at entry but lie ahead, so they wait in a heap and are applied lazily, each
 * before the first exit after it. A vehicle that leaves exactly at its free-flow exit time was
 * never queued: its start is cancelled.
 */
final class QueueTracker {
  private final DoubleHeap starts = new DoubleHeap();
  private int queued;
  /** Sum of the start times of the queued vehicles [s], for the integral at the end. */
  private double queuedStartSum;
  /** Start time whose next {@code cancelled} pops are vehicles that were never queued. */
  private double cancelAt = Double.NaN;
  private int cancelled;
  private int max;
  /** Integral of the queue over time of vehicles that left [veh s]. */
  private double integral;

  /** A vehicle entered an approach; it will queue from {@code s} [s] unless it leaves then. */
  void entered(double s) {
    starts.add(s);
  }

  /** A vehicle that would queue from {@code s} left its approach at {@code t >= s} [s]. */
  void left(double s, double t) {
    applyStartsBefore(t, false);
    if (s < t) {
      queued--;
      queuedStartSum -= s;
      integral += t - s;
    } else {
      // Its start is still in the heap (only starts before t were applied): cancel it.
      cancelAt = s;
      cancelled++;
    }
  }

  /**
   * Applies every start at or before {@code end} and returns {max, integral}: the largest queue
   * [veh] and the queue integrated over time up to {@code end} [veh s]. Call once, at the end.
   */
  double[] finish(double end) {
    applyStartsBefore(end, true);
    double open = queued * end - queuedStartSum;
    return new double[] {max, integral + Math.max(0, open)};
  }

  /** Applies the starts before {@code t} (and at {@code t} if {@code inclusive}). */
  private void applyStartsBefore(double t, boolean inclusive) {
    while (!starts.isEmpty() && (starts.peek() < t || inclusive && starts.peek() == t)) {
      double s = starts.poll();
      if (cancelled > 0 && s == cancelAt) {
        cancelled--;
        continue;
      }
      queued++;
      queuedStartSum += s;
      // Exits up to s were applied before (they came earlier), so this is the queue at s.
      max = Math.max(max, queued);
    }
  }
}
