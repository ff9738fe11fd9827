/**
 * Kernels over primitive arrays that the rest of evalkit is built on.
 *
 * <p>{@link io.github.evalkit.core.ArrayKernels} is the public facade: it checks arguments and
 * delegates to the provider chosen once at class initialisation (the Java Vector API when {@code
 * jdk.incubator.vector} is available, else a scalar twin). All classes here but {@link
 * io.github.evalkit.core.CompensatedSum}, a mutable accumulator to keep one per thread, are
 * stateless and safe to use from any number of threads.
 *
 * <p><b>Summation algorithm.</b> Both providers add the terms in blocks of four (eight for some
 * sums), pairwise, and accumulate the block sums with Knuth's TwoSum error-free transformation and
 * a separate error accumulator (Ogita, Rump and Oishi, "Accurate sum and dot product", SIAM J. Sci.
 * Comput. 26(6), 2005, algorithm {@code Sum2}; equivalent to Neumaier's improved Kahan–Babuška
 * summation, ZAMM 54, 1974). The error is below 3u·Σ|xᵢ| + O(n²u²)·Σ|xᵢ| with u = 2⁻⁵³, independent
 * of the length to first order; the vector provider does the same in every lane and merges the
 * lanes in index order.
 */
package io.github.evalkit.core;
