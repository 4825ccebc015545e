package org.citysim.models.io;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.citysim.models.nn.SequenceNet;
import org.citysim.sim.forecast.ModelException;

/**
 * Writes and reads model files. The file is a zip: first the metadata entry, then the entries of
 * the DL4J network. DL4J's own normalizer entry is not used (M2.1's {@code writeModel} with a
 * normalizer fails, see libraries.md); the standardisation lives in the metadata instead.
 * Entry times are fixed, so the same model gives the same bytes.
 */
public final class ModelFile {
  /** Name of the metadata entry. */
  public static final String METADATA_ENTRY = "citysim-model.json";
  /** The newest format this code writes and reads. */
  public static final int FORMAT_VERSION = 1;

  private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

  private ModelFile() {}

  /** The JSON mapper for metadata records (NaN written as a string and read back). */
  public static ObjectMapper json() {
    return JsonMapper.builder()
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .build();
  }

  /**
   * Writes {@code metadata} and {@code net} to {@code file}, atomically (a temporary file next
   * to it, then a rename), so a killed run never leaves a half-written model.
   */
  public static void write(Path file, Object metadata, SequenceNet net) throws IOException {
    ByteArrayOutputStream dl4j = new ByteArrayOutputStream();
    net.write(dl4j);
    byte[] meta = json().writerWithDefaultPrettyPrinter().writeValueAsBytes(metadata);
    Path dir = file.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
    try {
      try (OutputStream os = Files.newOutputStream(tmp);
          ZipOutputStream zip = new ZipOutputStream(os)) {
        put(zip, METADATA_ENTRY, new ByteArrayInputStream(meta));
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(dl4j.toByteArray()))) {
          for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
            put(zip, e.getName(), in);
          }
        }
      }
      try {
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  private static void put(ZipOutputStream zip, String name, InputStream data) throws IOException {
    ZipEntry e = new ZipEntry(name);
    e.setTimeLocal(ENTRY_TIME);
    zip.putNextEntry(e);
    data.transferTo(zip);
    zip.closeEntry();
  }

  /**
   * Reads and checks the metadata of {@code file}.
   *
   * @param kind        the kind the caller needs ("forecaster" or "classifier"), or null for
   *                    either
   * @param fingerprint the scenario's fingerprint, or null to skip that check
   * @throws ModelException when the file is missing, not a model file, of a newer format or
   *                        another kind, or made for another network and sensors
   */
  public static JsonNode readMetadata(Path file, String kind, String fingerprint)
      throws ModelException {
    if (!Files.isRegularFile(file)) {
      throw new ModelException(file + ": model file not found; check the path or train one "
          + "with `citysim train " + kind + "`");
    }
    JsonNode meta;
    try (ZipFile zip = new ZipFile(file.toFile())) {
      ZipEntry e = zip.getEntry(METADATA_ENTRY);
      if (e == null) {
        throw new ModelException(file + ": not a citysim model file (no " + METADATA_ENTRY
            + " entry); pass a file written by `citysim train`");
      }
      try (InputStream in = zip.getInputStream(e)) {
        meta = json().readTree(in);
      }
    } catch (ZipException e) {
      throw new ModelException(file + ": not a citysim model file (not a readable zip: "
          + oneLine(e) + "); pass a file written by `citysim train`", e);
    } catch (IOException e) {
      throw new ModelException(file + ": cannot read the model file (" + oneLine(e)
          + "); check the file or retrain with `citysim train`", e);
    }
    if (meta == null || !meta.isObject()) {
      throw new ModelException(file + ": the " + METADATA_ENTRY + " entry is not a JSON object; "
          + "retrain with `citysim train`");
    }
    int version = meta.path("formatVersion").asInt(-1);
    if (version < 1 || version > FORMAT_VERSION) {
      throw new ModelException(file + ": model format version " + version + ", this citysim "
          + "reads versions 1 to " + FORMAT_VERSION + "; retrain with `citysim train` or use "
          + "the citysim that wrote it");
    }
    String found = meta.path("kind").asText("");
    if (kind == null && !found.equals("forecaster") && !found.equals("classifier")) {
      throw new ModelException(file + ": holds a model of kind '" + found + "', neither a "
          + "forecaster nor a classifier; retrain with `citysim train`");
    }
    if (kind != null && !found.equals(kind)) {
      throw new ModelException(file + ": holds a " + (found.isEmpty() ? "model of no kind"
          : found) + ", not a " + kind + "; pass a " + kind + " file (`citysim train " + kind
          + "`)");
    }
    String fp = meta.path("fingerprint").asText("");
    if (fingerprint != null && !fp.equals(fingerprint)) {
      throw new ModelException(file + ": trained on scenario '" + meta.path("scenario").asText()
          + "' with network and sensors " + shortFp(fp) + ", this scenario has "
          + shortFp(fingerprint) + " (links or sensor ids differ); retrain with `citysim train "
          + found + "` on this scenario");
    }
    return meta;
  }

  /**
   * The sensor ids of the model in {@code file}, in column order.
   *
   * @throws ModelException when the file is not a readable model file
   */
  public static java.util.List<String> sensors(Path file) throws ModelException {
    JsonNode meta = readMetadata(file, null, null);
    JsonNode ids = meta.path("sensors");
    if (!ids.isArray() || ids.isEmpty()) {
      throw new ModelException(file + ": the model file lists no sensors; retrain with "
          + "`citysim train`");
    }
    java.util.List<String> out = new java.util.ArrayList<>();
    ids.forEach(n -> out.add(n.asText()));
    return java.util.List.copyOf(out);
  }

  /**
   * Reads the network of {@code file}.
   *
   * @throws ModelException when it cannot be read
   */
  public static SequenceNet readNet(Path file) throws ModelException {
    try (InputStream in = Files.newInputStream(file)) {
      return SequenceNet.read(in);
    } catch (IOException | RuntimeException e) {
      throw new ModelException(file + ": the network in the model file cannot be read ("
          + oneLine(e) + "); retrain with `citysim train`", e);
    }
  }

  private static String oneLine(Exception e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return m.replaceAll("\\s*\\R\\s*", " ").strip();
  }

  private static String shortFp(String fp) {
    return fp.isEmpty() ? "(no fingerprint)" : fp.substring(0, Math.min(12, fp.length())) + "...";
  }
}
