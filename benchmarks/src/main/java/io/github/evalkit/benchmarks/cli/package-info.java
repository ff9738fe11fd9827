/**
 * Benchmarks of the command line's CSV-to-columns path: evalkit's reader against the loop a user
 * would otherwise write.
 */
package io.github.evalkit.benchmarks.cli;
