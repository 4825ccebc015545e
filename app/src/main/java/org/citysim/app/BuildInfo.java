package org.citysim.app;

/**
 * Version and source commit of this build. The version comes from the jar manifest; the commit
 * from the {@code citysim.commit} system property that the launcher sets from git.
 */
public record BuildInfo(String version, String commit) {
  /** Info of the running build ("dev" / "unknown" when not known). */
  public static BuildInfo current() {
    String v = Main.class.getPackage().getImplementationVersion();
    return new BuildInfo(v == null ? "dev" : v, System.getProperty("citysim.commit", "unknown"));
  }
}
