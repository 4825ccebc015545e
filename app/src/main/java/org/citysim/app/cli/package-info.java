/**
 * picocli subcommands: {@code run}, {@code validate}, {@code compare}, {@code bench},
 * {@code import}. User errors print one line per problem on stderr and exit with code 2;
 * internal errors exit with 1 (stack trace only with {@code --debug}).
 */
package org.citysim.app.cli;
