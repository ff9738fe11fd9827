package io.github.evalkit.imputation;

import java.util.Objects;

/**
 * The result of one imputation: the filled column and its {@link ImputationReport}.
 *
 * <p>The array is a fresh copy made for this result and handed over to the caller, who may modify
 * it; this object does not copy it again. Not meant to be shared between threads while the array is
 * being modified.
 *
 * @param <A> the column's array type: {@code double[]} for numeric columns, {@code T[]} for
 *     categorical ones
 */
public final class Imputed<A> {

  private final A values;
  private final ImputationReport report;

  Imputed(A values, ImputationReport report) {
    this.values = Objects.requireNonNull(values);
    this.report = Objects.requireNonNull(report);
  }

  /**
   * The filled column, in the original row order.
   *
   * @return the filled values (the same array on every call)
   */
  public A values() {
    return values;
  }

  /**
   * What the imputation did.
   *
   * @return the report
   */
  public ImputationReport report() {
    return report;
  }
}
