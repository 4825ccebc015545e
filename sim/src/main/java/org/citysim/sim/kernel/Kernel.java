package org.citysim.sim.kernel;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.citysim.sim.event.EventBus;
import org.citysim.sim.random.RandomStreams;

/**
 * The simulation kernel: a clock, an {@link EventQueue} and the handlers events are dispatched
 * to. It owns the run's {@link RandomStreams} and {@link EventBus}, so nothing random or
 * observable is global and two kernels can run side by side in one JVM.
 *
 * <p>Events are addressed to handlers by id, with an {@code int} argument, packed into the
 * queue's {@code long} payload: scheduling on the hot path allocates nothing. One-shot
 * {@link Runnable}s are supported for convenience (they are kept in a slot table).
 */
public final class Kernel {
  private static final int RUNNABLE_HANDLER = 0;

  private final EventQueue queue;
  private final List<EventHandler> handlerList = new ArrayList<>();
  private EventHandler[] handlers = new EventHandler[0];
  private final RunnableSlots runnables = new RunnableSlots();
  private final RandomStreams random;
  private final EventBus bus = new EventBus();
  private final double startTime;
  private final double endTime;
  private double now;
  private long processed;
  private boolean running;

  /**
   * A kernel for the window {@code [startTime, endTime]}.
   *
   * @param startTime start of simulated time [s]
   * @param endTime   events after this time are not processed [s]
   * @param random    the run's random streams
   */
  public Kernel(double startTime, double endTime, RandomStreams random) {
    if (!(endTime >= startTime)) {
      throw new IllegalArgumentException("end time before start time");
    }
    this.startTime = startTime;
    this.endTime = endTime;
    this.now = startTime;
    this.random = Objects.requireNonNull(random);
    this.queue = new EventQueue(4096);
    register(runnables::run);
  }

  /** Registers a handler and returns the id to schedule events for it with. */
  public int register(EventHandler handler) {
    handlerList.add(Objects.requireNonNull(handler));
    handlers = handlerList.toArray(new EventHandler[0]);
    return handlerList.size() - 1;
  }

  /**
   * Schedules an event for a registered handler.
   *
   * @param time     when [s]; not before {@link #now()}
   * @param priority tie-breaker at equal times (see {@link Priorities})
   * @param handler  id from {@link #register(EventHandler)}
   * @param arg      argument passed to the handler
   */
  public void schedule(double time, int priority, int handler, int arg) {
    if (time < now) {
      throw new IllegalArgumentException("cannot schedule in the past: " + time + " < " + now);
    }
    queue.push(time, priority, ((long) handler << 32) | (arg & 0xFFFF_FFFFL));
  }

  /** Schedules a one-shot action at {@code time} [s]. */
  public void schedule(double time, int priority, Runnable action) {
    schedule(time, priority, RUNNABLE_HANDLER, runnables.put(action));
  }

  /**
   * Runs {@code process} at {@code first}, {@code first + period}, ... while within the end time.
   *
   * @param first    time of the first step [s]
   * @param period   time between steps [s], positive
   * @param priority tie-breaker at equal times
   * @param process  the process
   */
  public void every(double first, double period, int priority, PeriodicProcess process) {
    if (!(period > 0)) {
      throw new IllegalArgumentException("period must be positive: " + period);
    }
    Objects.requireNonNull(process);
    int[] id = new int[1];
    long[] step = {0};
    // Times are first + k*period rather than accumulated sums, so no rounding drift builds up.
    id[0] = register(arg -> {
      process.step(now);
      double next = first + (++step[0]) * period;
      if (next <= endTime) {
        schedule(next, priority, id[0], 0);
      }
    });
    if (first <= endTime) {
      schedule(first, priority, id[0], 0);
    }
  }

  /**
   * Processes events in order until the next one lies after the end time or none is left.
   *
   * @return why the run stopped
   */
  public EndReason run() {
    return run(Long.MAX_VALUE);
  }

  /**
   * Like {@link #run()}, but returns after at most {@code maxEvents} events (with {@link
   * EndReason#EVENT_LIMIT} if more remain), so callers can report progress between chunks.
   */
  public EndReason run(long maxEvents) {
    if (running) {
      throw new IllegalStateException("kernel is already running");
    }
    running = true;
    try {
      final EventQueue q = queue;
      final double end = endTime;
      long budget = maxEvents;
      while (true) {
        if (budget-- <= 0) {
          return q.isEmpty() ? EndReason.NO_EVENTS : EndReason.EVENT_LIMIT;
        }
        if (!q.popNotAfter(end)) {
          if (q.isEmpty()) {
            return EndReason.NO_EVENTS;
          }
          now = end;
          return EndReason.END_TIME;
        }
        long payload = q.lastPayload();
        now = q.lastTime();
        processed++;
        // Read the field each time: a handler may register another one while the run goes on.
        handlers[(int) (payload >>> 32)].handle((int) payload);
      }
    } finally {
      running = false;
    }
  }

  /** Current simulated time [s]. */
  public double now() {
    return now;
  }

  /** Start of the simulated window [s]. */
  public double startTime() {
    return startTime;
  }

  /** End of the simulated window [s]. */
  public double endTime() {
    return endTime;
  }

  /** Events processed so far. */
  public long eventsProcessed() {
    return processed;
  }

  /** Events still pending. */
  public int pending() {
    return queue.size();
  }

  /** The run's random streams. */
  public RandomStreams random() {
    return random;
  }

  /** The run's event bus. */
  public EventBus bus() {
    return bus;
  }
}
