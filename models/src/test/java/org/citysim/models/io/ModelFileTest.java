package org.citysim.models.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ServiceLoader;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.citysim.models.forecast.ForecasterConfig;
import org.citysim.models.forecast.ForecasterTraining;
import org.citysim.models.forecast.TrainedForecaster;
import org.citysim.models.testing.SyntheticData;
import org.citysim.sim.forecast.ModelException;
import org.citysim.sim.forecast.ModelProvider;
import org.citysim.sim.forecast.SensorDataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Model files: what is written, and every way a wrong file is refused. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ModelFileTest {
  @TempDir
  static Path dir;
  private SensorDataset ds;
  private TrainedForecaster model;
  private Path file;
  private final ModelProvider provider =
      ServiceLoader.load(ModelProvider.class).findFirst().orElseThrow();

  @BeforeAll
  void trainTinyModel() throws IOException {
    ds = SyntheticData.forecasting(3, 4, 1).build();
    model = ForecasterTraining.train(ds, ForecasterConfig.defaults().withEpochs(1, 1)
        .withEpochRows(1_000), r -> { });
    file = dir.resolve("tiny-forecaster.zip");
    model.save(file);
  }

  private ModelException refused(Path f, String fingerprint) {
    ModelException e = assertThrows(ModelException.class,
        () -> provider.forecaster(f, fingerprint));
    assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
    assertTrue(e.getMessage().startsWith(f.toString()), "names the file: " + e.getMessage());
    return e;
  }

  @Test
  void file_holdsTheMetadataFirst_thenTheDl4jEntries() throws IOException {
    try (ZipFile z = new ZipFile(file.toFile())) {
      assertEquals(ModelFile.METADATA_ENTRY, z.entries().nextElement().getName());
      assertTrue(z.getEntry("configuration.json") != null);
      assertTrue(z.getEntry("coefficients.bin") != null);
      String json = new String(z.getInputStream(z.getEntry(ModelFile.METADATA_ENTRY))
          .readAllBytes(), StandardCharsets.UTF_8);
      for (String key : new String[] {"\"kind\" : \"forecaster\"", "\"formatVersion\" : 1",
          "\"fingerprint\"", "\"sensors\"", "\"features\"", "\"horizons\"", "\"interval\"",
          "\"historySlots\"", "\"mean\"", "\"std\"", "\"profile\"", "\"seed\"", "\"scenario\"",
          "\"trainDays\"", "\"evaluation\""}) {
        assertTrue(json.contains(key), key + " missing");
      }
    }
  }

  @Test
  void savingTheSameModelTwice_givesTheSameBytes() throws IOException {
    Path again = dir.resolve("again.zip");
    model.save(again);
    assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(again));
  }

  @Test
  void rightFingerprint_loads() throws ModelException {
    assertEquals(3, provider.forecaster(file, ds.fingerprint()).sensors().size());
  }

  @Test
  void sensors_areReadWithoutLoadingTheNetwork_andRefusedForAGarbageFile() throws Exception {
    assertEquals(java.util.List.of("loop:l0", "loop:l1", "loop:l2"), provider.sensors(file));
    Path bad = dir.resolve("garbage.zip");
    Files.writeString(bad, "x");
    ModelException e = assertThrows(ModelException.class, () -> provider.sensors(bad));
    assertTrue(e.getMessage().contains("not a citysim model file"), e.getMessage());
  }

  @Test
  void wrongFingerprint_isRefused_withBothPrintsAndAHint() {
    String other = SyntheticData.forecasting(4, 4, 1).fingerprint();
    String m = refused(file, other).getMessage();
    assertTrue(m.contains(ds.fingerprint().substring(0, 12)), m);
    assertTrue(m.contains(other.substring(0, 12)), m);
    assertTrue(m.contains("retrain with `citysim train forecaster` on this scenario"), m);
  }

  @Test
  void forecasterFile_asClassifier_isRefused() {
    ModelException e = assertThrows(ModelException.class,
        () -> provider.classifier(file, ds.fingerprint()));
    assertTrue(e.getMessage().contains("holds a forecaster, not a classifier"), e.getMessage());
  }

  @Test
  void corruptZip_isRefused() throws IOException {
    Path bad = dir.resolve("corrupt.zip");
    byte[] bytes = Files.readAllBytes(file);
    Files.write(bad, java.util.Arrays.copyOf(bytes, bytes.length / 3));
    assertTrue(refused(bad, null).getMessage().contains("not a citysim model file"));
  }

  @Test
  void notAZipAtAll_isRefused() throws IOException {
    Path bad = dir.resolve("notes.txt");
    Files.writeString(bad, "hello");
    assertTrue(refused(bad, null).getMessage().contains("not a citysim model file"));
  }

  @Test
  void missingFile_isRefused() {
    assertTrue(refused(dir.resolve("nope.zip"), null).getMessage().contains("not found"));
  }

  @Test
  void zipWithoutMetadata_isRefused() throws IOException {
    Path bad = dir.resolve("plain-dl4j.zip");
    try (ZipFile in = new ZipFile(file.toFile());
        OutputStream os = Files.newOutputStream(bad);
        ZipOutputStream out = new ZipOutputStream(os)) {
      for (ZipEntry e : java.util.Collections.list(in.entries())) {
        if (!e.getName().equals(ModelFile.METADATA_ENTRY)) {
          out.putNextEntry(new ZipEntry(e.getName()));
          in.getInputStream(e).transferTo(out);
          out.closeEntry();
        }
      }
    }
    assertTrue(refused(bad, null).getMessage().contains("no " + ModelFile.METADATA_ENTRY));
  }

  @Test
  void newerFormatVersion_isRefused() throws IOException {
    Path bad = rewriteMetadata("newer.zip", "\"formatVersion\" : 1", "\"formatVersion\" : 99");
    assertTrue(refused(bad, null).getMessage().contains("format version 99"));
  }

  @Test
  void brokenNetworkEntry_isRefused() throws IOException {
    Path bad = dir.resolve("broken-net.zip");
    try (ZipFile in = new ZipFile(file.toFile());
        OutputStream os = Files.newOutputStream(bad);
        ZipOutputStream out = new ZipOutputStream(os)) {
      for (ZipEntry e : java.util.Collections.list(in.entries())) {
        out.putNextEntry(new ZipEntry(e.getName()));
        if (e.getName().equals("coefficients.bin")) {
          out.write(new byte[] {1, 2, 3});
        } else {
          in.getInputStream(e).transferTo(out);
        }
        out.closeEntry();
      }
    }
    assertTrue(refused(bad, null).getMessage().contains("network in the model file"));
  }

  private Path rewriteMetadata(String name, String from, String to) throws IOException {
    Path bad = dir.resolve(name);
    try (ZipFile in = new ZipFile(file.toFile());
        OutputStream os = Files.newOutputStream(bad);
        ZipOutputStream out = new ZipOutputStream(os)) {
      for (ZipEntry e : java.util.Collections.list(in.entries())) {
        out.putNextEntry(new ZipEntry(e.getName()));
        byte[] data = in.getInputStream(e).readAllBytes();
        if (e.getName().equals(ModelFile.METADATA_ENTRY)) {
          String json = new String(data, StandardCharsets.UTF_8);
          assertTrue(json.contains(from));
          data = json.replace(from, to).getBytes(StandardCharsets.UTF_8);
        }
        out.write(data);
        out.closeEntry();
      }
    }
    return bad;
  }
}
