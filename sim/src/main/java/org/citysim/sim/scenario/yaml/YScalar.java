package org.citysim.sim.scenario.yaml;

import java.math.BigInteger;

/**
 * A YAML scalar as the YAML parser typed it.
 *
 * @param kind  what the parser saw
 * @param text  the text as written (without quotes)
 * @param value a {@link String}, an integral {@link Number} (Integer, Long or BigInteger), a
 *              {@link Double}, a {@link Boolean}, or null for NULL
 * @param loc   where it was written
 */
public record YScalar(Kind kind, String text, Object value, Loc loc) implements YNode {

  /** Scalar types. */
  public enum Kind { STRING, INT, FLOAT, BOOL, NULL }

  /** True for {@code key:} with no value, {@code ~} and {@code null}. */
  public boolean isNull() {
    return kind == Kind.NULL;
  }

  /** The value as a double, for INT and FLOAT; NaN otherwise. */
  public double asDouble() {
    return value instanceof Number n ? n.doubleValue() : Double.NaN;
  }

  /** Whether this is an INT that fits a long. */
  public boolean fitsLong() {
    return kind == Kind.INT && (!(value instanceof BigInteger b) || b.bitLength() < 64);
  }

  @Override
  public String describe() {
    return kind == Kind.NULL ? "nothing" : "'" + text + "'";
  }
}
