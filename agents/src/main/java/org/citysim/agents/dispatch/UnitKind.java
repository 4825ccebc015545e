package org.citysim.agents.dispatch;

import java.util.Locale;

/** What a response unit is, and so which incidents it can serve. */
public enum UnitKind {
  AMBULANCE,
  TOW,
  POLICE;

  /** The scenario spelling: lower case ({@code ambulance}, {@code tow}, {@code police}). */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
