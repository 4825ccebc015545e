package org.citysim.sim.event;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The subscribers of one event type, in subscription order.
 *
 * @param <E> event type
 */
public final class Channel<E extends SimEvent> {
  private final List<Consumer<? super E>> list = new ArrayList<>();
  @SuppressWarnings("unchecked")
  private Consumer<? super E>[] subscribers = new Consumer[0];

  Channel() {}

  /** True when at least one observer listens; check before allocating an event. */
  public boolean active() {
    return subscribers.length != 0;
  }

  /** Delivers {@code event} to every subscriber, in subscription order. */
  public void publish(E event) {
    for (Consumer<? super E> s : subscribers) {
      s.accept(event);
    }
  }

  @SuppressWarnings("unchecked")
  void add(Consumer<? super E> subscriber) {
    list.add(subscriber);
    subscribers = list.toArray(new Consumer[0]);
  }
}
