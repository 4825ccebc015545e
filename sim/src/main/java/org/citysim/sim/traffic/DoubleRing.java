package org.citysim.sim.traffic;

/** A growable FIFO of doubles on a circular array. */
final class DoubleRing {
  private double[] a = new double[4];
  private int head;
  private int size;

  int size() {
    return size;
  }

  boolean isEmpty() {
    return size == 0;
  }

  void add(double v) {
    if (size == a.length) {
      double[] b = new double[a.length * 2];
      for (int i = 0; i < size; i++) {
        b[i] = a[(head + i) & (a.length - 1)];
      }
      a = b;
      head = 0;
    }
    a[(head + size++) & (a.length - 1)] = v;
  }

  double peek() {
    return a[head];
  }

  double poll() {
    double v = a[head];
    head = (head + 1) & (a.length - 1);
    size--;
    return v;
  }
}
