package org.citysim.sim.scenario.yaml;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/** A YAML mapping with string keys, in input order. Mutable only so that overrides can edit it. */
public final class YMap implements YNode {

  /**
   * One key and its value.
   *
   * @param key    the key
   * @param keyLoc where the key was written
   * @param value  the value (a {@link YScalar} of kind NULL for {@code key:} with nothing after)
   */
  public record Entry(String key, Loc keyLoc, YNode value) {}

  private final Loc loc;
  private final Map<String, Entry> entries = new LinkedHashMap<>();

  public YMap(Loc loc) {
    this.loc = loc;
  }

  @Override
  public Loc loc() {
    return loc;
  }

  /** The entry for {@code key}, or null. */
  public Entry entry(String key) {
    return entries.get(key);
  }

  /** Every entry, in input order. */
  public Collection<Entry> entries() {
    return entries.values();
  }

  /** Adds or replaces an entry; a replaced entry keeps its position. */
  public void put(Entry entry) {
    entries.put(entry.key(), entry);
  }

  @Override
  public String describe() {
    return "an object";
  }
}
