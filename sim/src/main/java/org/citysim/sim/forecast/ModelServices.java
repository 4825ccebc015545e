package org.citysim.sim.forecast;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Stream;

/**
 * Finds the {@code models} module's {@link ModelProvider} and {@link ModelTrainer}.
 *
 * <p>First on our own class path (tests, IDEs). Otherwise from the folder named by the system
 * property {@value #DIR_PROPERTY} (the launcher sets it to {@code models/target}, which holds
 * the module's jar {@code citysim-models.jar} and its dependencies under {@code lib/}), through a class loader of their
 * own. That keeps deeplearning4j's 50-odd jars off the class path of plain runs, whose start-up
 * would otherwise open all of them for every service lookup; they are opened only when a model
 * is used.
 *
 * <p>The class loader is made once per JVM, on first use, and never changes: nd4j's native
 * library can be bound to one class loader only, so a second loader would fail to load it.
 * This is the one process-wide value of the kernel, and it is immutable once made.
 */
public final class ModelServices {
  /** System property naming the folder with the models module's jar and {@code lib/}. */
  public static final String DIR_PROPERTY = "citysim.models.dir";
  /** The models module's jar in that folder. */
  static final String JAR = "citysim-models.jar";

  private ModelServices() {}

  /** The model loader. */
  public static ModelProvider provider() throws ModelException {
    return find(ModelProvider.class);
  }

  /** The trainer. */
  public static ModelTrainer trainer() throws ModelException {
    return find(ModelTrainer.class);
  }

  private static <S> S find(Class<S> type) throws ModelException {
    Iterator<S> own = ServiceLoader.load(type, ModelServices.class.getClassLoader()).iterator();
    if (own.hasNext()) {
      return own.next();
    }
    ClassLoader loader = Isolated.LOADER;
    if (loader == null) {
      throw new ModelException("learned models are not available: the models module is neither"
          + " on the class path nor in the folder -D" + DIR_PROPERTY + " names ("
          + System.getProperty(DIR_PROPERTY, "unset") + "); build with `mvn -B package"
          + " -DskipTests` and start through ./citysim");
    }
    Iterator<S> it = ServiceLoader.load(type, loader).iterator();
    if (!it.hasNext()) {
      throw new ModelException("no " + type.getSimpleName() + " in "
          + System.getProperty(DIR_PROPERTY) + "; rebuild with `mvn -B package -DskipTests`");
    }
    return it.next();
  }

  /** The isolated loader, made when first needed (lazy holder); null without the folder. */
  private static final class Isolated {
    static final ClassLoader LOADER = create();

    private static ClassLoader create() {
      String dir = System.getProperty(DIR_PROPERTY);
      if (dir == null) {
        return null;
      }
      Path root = Path.of(dir);
      List<URL> urls = new ArrayList<>();
      try {
        Path jar = root.resolve(JAR);
        if (!Files.isRegularFile(jar)) {
          return null;
        }
        urls.add(jar.toUri().toURL());
        Path lib = root.resolve("lib");
        if (Files.isDirectory(lib)) {
          try (Stream<Path> s = Files.list(lib)) {
            for (Path p : s.filter(ModelServices::isJar).sorted().toList()) {
              urls.add(p.toUri().toURL());
            }
          }
        }
      } catch (MalformedURLException e) {
        throw new IllegalStateException(e);
      } catch (IOException e) {
        return null; // an unreadable folder: reported as "not available" by find
      }
      // Parent first: our own modules and shared libraries come from the application's loader.
      return urls.isEmpty() ? null
          : new URLClassLoader("citysim-models", urls.toArray(URL[]::new),
              ModelServices.class.getClassLoader());
    }
  }

  private static boolean isJar(Path p) {
    String n = p.getFileName().toString();
    return n.endsWith(".jar") && !n.endsWith("-sources.jar") && !n.endsWith("-tests.jar");
  }
}
