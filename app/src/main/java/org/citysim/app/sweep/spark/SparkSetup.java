package org.citysim.app.sweep.spark;

import org.apache.spark.SparkConf;
import org.citysim.app.sweep.launch.SparkOptions;

/** The Spark configuration of a sweep's context. */
final class SparkSetup {
  private SparkSetup() {}

  /**
   * The configuration: Spark's own first ({@code spark.*} system properties, which {@code
   * spark-submit} sets from its arguments and {@code spark-defaults.conf}), then our defaults
   * where it is silent, then the options' settings.
   *
   * @param parallelism the sweep's parallelism: cores of a local master when none is given
   */
  static SparkConf conf(SparkOptions options, int parallelism) {
    SparkConf c = new SparkConf();
    String master = options.master() != null ? options.master()
        : c.get("spark.master", "local[" + parallelism + "]");
    c.setMaster(master);
    c.setIfMissing("spark.app.name", "citysim sweep");
    // No web UI (a port and a Jetty server per sweep, for nothing the command shows) and no
    // console progress bar (it would fight the command's output); both can be set back on.
    c.setIfMissing("spark.ui.enabled", "false");
    c.setIfMissing("spark.ui.showConsoleProgress", "false");
    // Spark's log level when it logs through log4j2 (spark-submit); in the command, Spark logs
    // through our slf4j binding, which shows warnings only (simplelogger.properties).
    c.setIfMissing("spark.log.level", "WARN");
    if (master.startsWith("local")) {
      // Embedded: everything in this process, so bind to loopback rather than resolve the
      // host's name, which fails on machines without a resolvable one.
      c.setIfMissing("spark.driver.host", "127.0.0.1");
      c.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
    }
    options.conf().forEach(c::set);
    return c;
  }
}
