/**
 * Implementation detail of {@code evalkit-core}: the kernel SPI, its scalar provider and the
 * one-time provider lookup. Not an API; anything here may change without notice. Use {@link
 * io.github.evalkit.core.ArrayKernels} instead.
 */
package io.github.evalkit.core.internal;
