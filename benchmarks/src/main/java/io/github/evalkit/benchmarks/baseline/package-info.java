/**
 * The baselines evalkit is measured against: the straightforward loops a user would write ({@link
 * io.github.evalkit.benchmarks.baseline.NaiveRegression}, {@link
 * io.github.evalkit.benchmarks.baseline.NaiveClassification}, {@link
 * io.github.evalkit.benchmarks.baseline.NaiveImputation}) and the idiomatic use of Apache Commons
 * Math 3.6.1 ({@link io.github.evalkit.benchmarks.baseline.CommonsMathRegression}).
 *
 * <p>All classes are stateless and thread-safe. They check nothing: the benchmarks feed them valid
 * inputs.
 */
package io.github.evalkit.benchmarks.baseline;
