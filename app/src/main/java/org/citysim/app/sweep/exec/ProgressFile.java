package org.citysim.app.sweep.exec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code progress.json}: how far a running sweep is, for {@code citysim sweep status} while
 * the results store is held open by the sweep (DuckDB lets no other process read it then).
 * Replaced whole by a rename, so a reader never sees half a file.
 *
 * @param state      {@code running}, {@code finishing} (exports and re-runs) or {@code
 *                   finished}
 * @param total      runs in the sweep
 * @param done       runs recorded, completed or failed, including those of earlier sessions
 * @param failed     runs recorded as failed
 * @param started    when this session started
 * @param updated    when the file was written
 * @param etaSeconds estimated time to the last run [s], or -1 when not known yet
 */
public record ProgressFile(String state, int total, int done, int failed, Instant started,
    Instant updated, double etaSeconds) {

  /** Writes {@code p} to {@code file} atomically. */
  public static void write(Path file, ProgressFile p) throws IOException {
    String json = String.format(Locale.ROOT, "{%n  \"state\": \"%s\",%n  \"total\": %d,%n"
        + "  \"done\": %d,%n  \"failed\": %d,%n  \"started\": \"%s\",%n  \"updated\": \"%s\",%n"
        + "  \"etaSeconds\": %.1f%n}%n", p.state, p.total, p.done, p.failed, p.started,
        p.updated, p.etaSeconds);
    Path tmp = file.resolveSibling("." + file.getFileName() + ".partial");
    Files.writeString(tmp, json, StandardCharsets.UTF_8);
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /** Reads {@code file}; empty when it is missing or not a progress file. */
  public static Optional<ProgressFile> read(Path file) {
    try {
      JsonNode n = new ObjectMapper().readTree(file.toFile());
      return Optional.of(new ProgressFile(n.get("state").asText(), n.get("total").asInt(),
          n.get("done").asInt(), n.get("failed").asInt(),
          Instant.parse(n.get("started").asText()), Instant.parse(n.get("updated").asText()),
          n.get("etaSeconds").asDouble()));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
