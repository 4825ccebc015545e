package org.citysim.sim.network;

/** Id of a link; compared by value, never interned globally. */
public record LinkId(String value) {
  public LinkId {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("link id must not be blank");
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
