/**
 * The local sweep engine (the default): runs a sweep's tasks on a bounded pool of threads in
 * this JVM, with a bounded number of tasks in flight, and hands every outcome to the caller's
 * thread.
 */
package org.citysim.app.sweep.local;
