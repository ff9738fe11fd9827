/**
 * Kernels over primitive arrays that the rest of evalkit is built on.
 *
 * <p>{@link io.github.evalkit.core.ArrayKernels} is the public facade: it checks arguments and
 * delegates to the provider chosen once at class initialisation (the Java Vector API when {@code
 * jdk.incubator.vector} is available, else a scalar twin). All classes here are stateless and safe
 * to use from any number of threads.
 */
package io.github.evalkit.core;
