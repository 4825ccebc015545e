package org.citysim.app.sweep.design;

import java.util.List;
import org.citysim.app.sweep.Parameter;

/** An experimental design: which points a sweep runs. */
public interface Design {
  /**
   * The design's points for {@code parameters}.
   *
   * @param parameters the swept fields, in the sweep file's order
   * @param seed       seed of a randomised design (ignored by the full factorial)
   */
  DesignPlan plan(List<Parameter> parameters, long seed);
}
