package io.github.evalkit.benchmarks;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The memory traffic one element of a benchmark's input costs at least: the bytes that must be read
 * (and written, for a filled copy) per element. {@code RESULTS.md} turns it into GB/s and into a
 * fraction of the read ceiling; without it, no bandwidth figure is shown.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface BytesPerElement {
  /**
   * Bytes per element.
   *
   * @return e.g. 16 for two {@code double[]} inputs
   */
  int value();
}
