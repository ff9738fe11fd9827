/**
 * Kernel-level JMH benchmarks: each evalkit kernel with the scalar and the Vector API provider
 * against the naive single-accumulator loop, plus the memory-read ceiling they are judged against
 * at 10,000,000 elements.
 */
package io.github.evalkit.benchmarks.kernels;
