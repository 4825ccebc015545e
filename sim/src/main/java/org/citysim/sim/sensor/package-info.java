/**
 * Sensors: what agents may know of the traffic. Stop-line loop detectors report counts,
 * occupancy and speed per interval almost as they are; camera detectors stand in for YOLO-style
 * vision and miss, invent, misclassify and delay vehicles as published detection figures say,
 * depending on light, weather and how crowded the scene is. Both can drop out. Controllers read
 * {@link org.citysim.sim.sensor.ApproachSensor}, so the same controller runs on either.
 *
 * <p>The scenario's {@link org.citysim.sim.sensor.SensorSpec} sets the aggregation interval,
 * dropouts, night hours, weather and the camera error model ({@link
 * org.citysim.sim.sensor.CameraModel}, with the sources of its defaults);
 * {@link org.citysim.sim.sensor.SensorHub#outputs()} gives what the cameras counted next to the
 * truth, for the report. See {@code docs/sensors.md}.
 */
package org.citysim.sim.sensor;
