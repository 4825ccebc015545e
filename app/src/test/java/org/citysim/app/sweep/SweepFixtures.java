package org.citysim.app.sweep;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.citysim.app.sweep.design.Design;
import org.citysim.app.sweep.design.DesignPlan;
import org.citysim.app.sweep.design.DesignPoint;
import org.citysim.app.sweep.file.DesignFactory;

/** Sweep files on the small test scenario, and a design whose points a test chooses. */
public final class SweepFixtures {
  /** A 3 x 3 grid for half an hour: a run takes a few hundredths of a second once warm. */
  public static final Path TINY = Path.of("src", "test", "resources", "sweep", "tiny.yaml");

  private SweepFixtures() {}

  /** Writes {@code yaml} as {@code dir/sweep.yaml} beside a copy of the tiny scenario. */
  public static Path sweepFile(Path dir, String yaml) {
    try {
      Files.createDirectories(dir);
      Files.copy(TINY, dir.resolve("tiny.yaml"),
          java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      Path f = dir.resolve("sweep.yaml");
      Files.writeString(f, yaml);
      return f;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Design type {@code units}: its points are the unit coordinates of option {@code u}, a text
   * of points separated by ';' and coordinates by ',' (e.g. "0,0;1,0.5"). Nothing random.
   */
  public static final DesignFactory UNITS = (type, options) -> {
    if (!type.equals("units")) {
      throw new IllegalArgumentException("unknown design '" + type + "'; known: units");
    }
    String spec = String.valueOf(options.get("u"));
    return (Design) (parameters, seed) -> {
      List<DesignPoint> points = new ArrayList<>();
      for (String row : spec.split(";")) {
        String[] cells = row.split(",");
        double[] unit = new double[cells.length];
        List<Object> values = new ArrayList<>();
        for (int j = 0; j < cells.length; j++) {
          unit[j] = Double.parseDouble(cells[j].trim());
          values.add(parameters.get(j).at(unit[j]));
        }
        points.add(new DesignPoint(points.size(), unit, values));
      }
      return new DesignPlan(points, new DesignPlan.Plain());
    };
  };
}
