package org.citysim.sim.metrics;

import java.util.Arrays;

/** A binary min-heap of doubles over a growing array, without boxing. */
final class DoubleHeap {
  private double[] a = new double[8];
  private int n;

  void add(double x) {
    if (n == a.length) {
      a = Arrays.copyOf(a, 2 * n);
    }
    int i = n++;
    while (i > 0) {
      int p = (i - 1) >>> 1;
      if (a[p] <= x) {
        break;
      }
      a[i] = a[p];
      i = p;
    }
    a[i] = x;
  }

  boolean isEmpty() {
    return n == 0;
  }

  /** The smallest value; undefined when empty. */
  double peek() {
    return a[0];
  }

  /** Removes and returns the smallest value; undefined when empty. */
  double poll() {
    double top = a[0];
    double x = a[--n];
    int i = 0;
    while (true) {
      int c = 2 * i + 1;
      if (c >= n) {
        break;
      }
      if (c + 1 < n && a[c + 1] < a[c]) {
        c++;
      }
      if (x <= a[c]) {
        break;
      }
      a[i] = a[c];
      i = c;
    }
    if (n > 0) {
      a[i] = x;
    }
    return top;
  }
}
