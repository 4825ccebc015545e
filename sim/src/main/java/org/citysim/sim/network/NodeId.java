package org.citysim.sim.network;

/** Id of a node; compared by value, never interned globally. */
public record NodeId(String value) {
  public NodeId {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("node id must not be blank");
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
