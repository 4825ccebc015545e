package org.citysim.app.sweep.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.apache.spark.SimpleFutureAction;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.citysim.app.sweep.RunOutcome;
import org.citysim.app.sweep.RunTask;
import org.citysim.app.sweep.SweepEngine;
import org.citysim.app.sweep.SweepJob;
import org.citysim.app.sweep.TaskRunner;
import org.citysim.app.sweep.launch.SparkOptions;
import scala.concurrent.ExecutionContext$;
import scala.jdk.javaapi.CollectionConverters;
import scala.runtime.BoxedUnit;

/**
 * Runs a sweep on Apache Spark: embedded in local mode ({@code local[N]}) or on the cluster
 * that {@code spark-submit} names.
 *
 * <p>The runs are dealt into batches ({@link Batching}), one Spark task each; a task makes its
 * runs with the {@link TaskRunner} on an executor and sends their outcomes back together. One
 * Spark job holds all the tasks, and its result handler passes each task's outcomes on as soon
 * as the task finishes ({@link OutcomeStream}), so the results store records runs while others
 * go on and a killed sweep keeps every batch that came back.
 *
 * <p>Made by {@link org.citysim.app.sweep.launch.SparkEngines}, reflectively, through the
 * {@code (TaskRunner, SparkOptions)} constructor.
 */
public final class SparkEngine implements SweepEngine {
  private final TaskRunner runner;
  private final SparkOptions options;
  private final JavaSparkContext shared;

  /** An engine that starts a Spark context for each sweep and stops it at the end. */
  public SparkEngine(TaskRunner runner, SparkOptions options) {
    this(runner, options, null);
  }

  /**
   * An engine on a context that the caller owns and stops (tests share one per class: Spark
   * allows one context per JVM, and starting one takes seconds).
   */
  public SparkEngine(TaskRunner runner, SparkOptions options, JavaSparkContext context) {
    this.runner = java.util.Objects.requireNonNull(runner);
    this.options = java.util.Objects.requireNonNull(options);
    this.shared = context;
  }

  /** A local context for {@code options} (master from the options, else local[parallelism]). */
  public static JavaSparkContext start(SparkOptions options, int parallelism) {
    return new JavaSparkContext(SparkSetup.conf(options, parallelism));
  }

  @Override
  public void run(SweepJob job, List<RunTask> tasks, Consumer<RunOutcome> sink)
      throws Exception {
    if (tasks.isEmpty()) {
      return;
    }
    // Spark resolves the classes of tasks and results through the thread's context loader.
    // When the engine was loaded apart from the application (SparkEngines), that loader must
    // be the engine's, or the driver and local executors would not find Spark's classes or
    // this package's.
    Thread thread = Thread.currentThread();
    ClassLoader before = thread.getContextClassLoader();
    thread.setContextClassLoader(SparkEngine.class.getClassLoader());
    try {
      JavaSparkContext sc = shared != null ? shared : start(options, job.parallelism());
      try {
        runOn(sc, job, tasks, sink);
      } finally {
        if (shared == null) {
          sc.stop();
        }
      }
    } finally {
      thread.setContextClassLoader(before);
    }
  }

  private void runOn(JavaSparkContext sc, SweepJob job, List<RunTask> tasks,
      Consumer<RunOutcome> sink) throws Exception {
    List<List<RunTask>> batches = new Batching(options).split(tasks, sc.defaultParallelism());
    // One element per partition: each batch is one Spark task.
    JavaRDD<List<RunTask>> rdd = sc.parallelize(batches, batches.size());
    List<Object> partitions = new ArrayList<>(IntStream.range(0, batches.size()).boxed().toList());
    OutcomeStream stream = new OutcomeStream();
    sc.setJobDescription("citysim sweep: " + tasks.size() + " runs in " + batches.size()
        + " tasks");
    SimpleFutureAction<BoxedUnit> action = sc.sc().submitJob(rdd.rdd(),
        new RunPartition(runner, job), CollectionConverters.asScala(partitions).toList(),
        stream::partitionDone, () -> BoxedUnit.UNIT);
    // Run the callback in whichever thread completes the job: it only enqueues.
    action.onComplete(stream::jobDone, ExecutionContext$.MODULE$.fromExecutor(Runnable::run));
    int count;
    try {
      count = stream.drain(sink);
    } catch (Exception | Error e) {
      action.cancel(); // the sink failed or we were interrupted: stop the other tasks too
      throw e;
    }
    if (count != tasks.size()) {
      throw new IllegalStateException("the Spark job returned " + count + " outcomes for "
          + tasks.size() + " runs");
    }
  }
}
