package org.citysim.sim.event;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/** Routes typed events to observers. One bus per run; no static state. */
public final class EventBus {
  private final Map<Class<?>, Channel<?>> channels = new HashMap<>();

  /** The channel of an event type (created on first use). Publishers keep it in a field. */
  @SuppressWarnings("unchecked")
  public <E extends SimEvent> Channel<E> channel(Class<E> type) {
    return (Channel<E>) channels.computeIfAbsent(Objects.requireNonNull(type), t -> new Channel<>());
  }

  /** Subscribes to events of exactly type {@code type}. */
  public <E extends SimEvent> void subscribe(Class<E> type, Consumer<? super E> observer) {
    channel(type).add(Objects.requireNonNull(observer));
  }
}
