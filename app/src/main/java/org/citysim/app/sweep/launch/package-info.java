/**
 * Starting sweep engines that live outside the application's class path. The Spark engine and
 * Spark's few hundred jars are loaded only when a sweep asks for {@code --engine spark}
 * ({@link org.citysim.app.sweep.launch.SparkEngines}), so a plain {@code citysim run} starts
 * without them. Nothing here refers to a Spark type.
 */
package org.citysim.app.sweep.launch;
