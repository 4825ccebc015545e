/**
 * The Apache Spark sweep engine ({@code citysim sweep FILE --engine spark}): the sweep's runs,
 * batched into Spark tasks, made by the {@link org.citysim.app.sweep.TaskRunner} on executors,
 * their outcomes streamed back to the driver as tasks finish. Embedded in local mode from the
 * command, or on a cluster through {@code spark-submit} ({@link
 * org.citysim.app.sweep.spark.SparkSweepMain}, docs/sweeps-spark.md).
 *
 * <p>This package is the one place that uses Spark. Its classes are packaged apart ({@code
 * citysim-app-spark.jar}) and loaded with Spark's jars only when a Spark sweep starts ({@link
 * org.citysim.app.sweep.launch.SparkEngines}); nothing outside refers to them by type.
 */
package org.citysim.app.sweep.spark;
