package org.citysim.sim.network;

import java.util.List;

/** An inconsistent network; carries every problem found, one line each. */
public final class NetworkException extends Exception {
  private static final long serialVersionUID = 1L;
  private final List<String> problems;

  public NetworkException(List<String> problems) {
    super(String.join("\n", problems));
    this.problems = List.copyOf(problems);
  }

  /** The problems, one line each. */
  public List<String> problems() {
    return problems;
  }
}
