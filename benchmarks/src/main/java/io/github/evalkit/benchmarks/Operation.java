package io.github.evalkit.benchmarks;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The operation a benchmark class measures, as titled in {@code RESULTS.md}. Classes measuring the
 * same operation (a peer that needs its own sizes, say) share one table, where each benchmark
 * method is one variant. Without it, the table is titled by the class name less "Benchmark".
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Operation {
  /**
   * The operation's title.
   *
   * @return e.g. "Regression report"
   */
  String value();
}
