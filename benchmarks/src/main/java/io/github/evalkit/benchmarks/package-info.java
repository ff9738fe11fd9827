/**
 * JMH benchmarks of evalkit's kernels and metrics against the loops and libraries a user would
 * otherwise reach for. Run them with {@code benchmarks/run.sh}; see {@code benchmarks/RESULTS.md}.
 */
package io.github.evalkit.benchmarks;
