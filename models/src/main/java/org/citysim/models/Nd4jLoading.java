package org.citysim.models;

import org.nd4j.common.config.ND4JClassLoading;

/**
 * Points ND4J's own class and service lookups (its backend, nd4j-native, is found through a
 * ServiceLoader) at the class loader of this module. ND4J otherwise uses the thread's context
 * class loader, the application's, which cannot see this module's jars when the application
 * loads them in a class loader of their own (sim's {@code ModelServices}).
 */
final class Nd4jLoading {
  private Nd4jLoading() {}

  /** Binds ND4J to this module's class loader; call before any ND4J class is used. */
  static void bind() {
    ND4JClassLoading.setNd4jClassloader(Nd4jLoading.class.getClassLoader());
  }
}
