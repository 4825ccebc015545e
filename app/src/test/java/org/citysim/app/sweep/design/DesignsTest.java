package org.citysim.app.sweep.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DesignsTest {
  @Test
  void namesMakeTheirDesigns_wholeNumbersOfAnyType() {
    assertEquals(new FullFactorial(), Designs.of("full-factorial", null));
    assertEquals(new LatinHypercube(50), Designs.of("latin-hypercube", Map.of("points", 50)));
    assertEquals(new RandomDesign(8), Designs.of("random", Map.of("points", 8L)));
    assertEquals(new SaltelliSobol(256), Designs.of("sobol", Map.of("samples", 256.0)));
    assertEquals(new MorrisDesign(10, 4), Designs.of("morris", Map.of("trajectories", 10)));
    assertEquals(new MorrisDesign(10, 6),
        Designs.of("morris", Map.of("trajectories", 10, "levels", 6)));
  }

  @Test
  void badDesignOrOption_namesItWithAHint() {
    DesignOptionException e = assertThrows(DesignOptionException.class,
        () -> Designs.of("lhs", Map.of()));
    assertNull(e.option());
    assertTrue(e.getMessage().contains("unknown design 'lhs'")
        && e.getMessage().contains("latin-hypercube"), e.getMessage());

    e = assertThrows(DesignOptionException.class,
        () -> Designs.of("random", Map.of("point", 5)));
    assertEquals("point", e.option());
    assertTrue(e.getMessage().contains("its options: points"), e.getMessage());

    e = assertThrows(DesignOptionException.class, () -> Designs.of("sobol", Map.of()));
    assertEquals("samples", e.option());
    assertTrue(e.getMessage().contains("needs option 'samples'"), e.getMessage());

    e = assertThrows(DesignOptionException.class,
        () -> Designs.of("latin-hypercube", Map.of("points", 2.5)));
    assertTrue(e.getMessage().contains("whole number of at least 1, got 2.5"), e.getMessage());

    e = assertThrows(DesignOptionException.class,
        () -> Designs.of("latin-hypercube", Map.of("points", "ten")));
    assertEquals("points", e.option());

    e = assertThrows(DesignOptionException.class,
        () -> Designs.of("morris", Map.of("trajectories", 10, "levels", 5)));
    assertEquals("levels", e.option());
    assertTrue(e.getMessage().contains("must be even"), e.getMessage());

    e = assertThrows(DesignOptionException.class,
        () -> Designs.of("full-factorial", Map.of("points", 3)));
    assertTrue(e.getMessage().contains("takes no options"), e.getMessage());
  }
}
