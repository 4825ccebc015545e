package org.citysim.sim.kernel;

import java.util.Arrays;

/** Holds one-shot actions between scheduling and running; freed slots are reused. */
final class RunnableSlots {
  private Runnable[] slots = new Runnable[64];
  private int[] free = new int[64];
  private int freeCount;
  private int used;

  int put(Runnable r) {
    int slot;
    if (freeCount > 0) {
      slot = free[--freeCount];
    } else {
      if (used == slots.length) {
        slots = Arrays.copyOf(slots, used * 2);
      }
      slot = used++;
    }
    slots[slot] = r;
    return slot;
  }

  void run(int slot) {
    Runnable r = slots[slot];
    slots[slot] = null;
    if (freeCount == free.length) {
      free = Arrays.copyOf(free, free.length * 2);
    }
    free[freeCount++] = slot;
    r.run();
  }
}
