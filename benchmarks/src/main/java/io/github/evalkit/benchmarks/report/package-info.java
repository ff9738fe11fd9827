/**
 * Turns the JMH JSON written by {@code benchmarks/run.sh full} into {@code benchmarks/RESULTS.md}:
 * one table per operation with ns/element, GB/s and the ratios to the naive loop, to each peer and
 * to the read ceiling, plus the machine, the JDKs, the providers and the allocation per call.
 *
 * <p>Everything here runs once, single-threaded, from a command line; nothing is thread-safe.
 */
package io.github.evalkit.benchmarks.report;
