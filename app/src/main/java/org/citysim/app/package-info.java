/**
 * The {@code citysim} command. {@link org.citysim.app.Main} wires the picocli subcommands in
 * {@code org.citysim.app.cli}; {@link org.citysim.app.RunPipeline} is the one path every command
 * takes from a scenario to a written run folder.
 */
package org.citysim.app;
