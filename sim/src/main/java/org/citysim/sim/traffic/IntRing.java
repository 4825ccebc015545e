package org.citysim.sim.traffic;

import java.util.Arrays;

/** A growable FIFO of ints on a circular array. */
final class IntRing {
  private int[] a;
  private int head;
  private int size;

  IntRing(int capacity) {
    a = new int[Math.max(2, Integer.highestOneBit(Math.max(1, capacity - 1)) << 1)];
  }

  int size() {
    return size;
  }

  boolean isEmpty() {
    return size == 0;
  }

  void add(int v) {
    if (size == a.length) {
      int[] b = new int[a.length * 2];
      for (int i = 0; i < size; i++) {
        b[i] = a[(head + i) & (a.length - 1)];
      }
      a = b;
      head = 0;
    }
    a[(head + size++) & (a.length - 1)] = v;
  }

  int peek() {
    return a[head];
  }

  int get(int i) {
    return a[(head + i) & (a.length - 1)];
  }

  int poll() {
    int v = a[head];
    head = (head + 1) & (a.length - 1);
    size--;
    return v;
  }

  /** Removes the first occurrence of {@code v}, keeping the order of the rest; false if absent. */
  boolean remove(int v) {
    int mask = a.length - 1;
    for (int i = 0; i < size; i++) {
      if (a[(head + i) & mask] == v) {
        for (int j = i; j + 1 < size; j++) {
          a[(head + j) & mask] = a[(head + j + 1) & mask];
        }
        size--;
        return true;
      }
    }
    return false;
  }

  void clear() {
    size = 0;
    head = 0;
  }

  @Override
  public String toString() {
    int[] out = new int[size];
    for (int i = 0; i < size; i++) {
      out[i] = get(i);
    }
    return Arrays.toString(out);
  }
}
