package io.github.evalkit.core;

import io.github.evalkit.core.internal.CompensatedSums;

/**
 * A running sum that keeps the rounding error of every addition (Knuth's TwoSum, accumulated
 * separately as in Ogita–Rump–Oishi's {@code Sum2}, equivalent to Neumaier's improved Kahan–Babuška
 * summation): the value is as accurate as a sum computed in twice the working precision and then
 * rounded, so partial sums from blocks, threads or merged accumulators combine without losing
 * digits.
 *
 * <p>Edge cases: an empty sum is 0; once an addend is NaN or the sum overflows, {@link #value()}
 * returns the plain IEEE sum (NaN or ±∞) rather than a correction computed from infinities.
 *
 * <p>Mutable and not thread-safe: use one per thread and combine them with {@link
 * #add(CompensatedSum)}.
 */
public final class CompensatedSum {

  private double sum;
  private double error;

  /** Creates an empty sum (value 0). */
  public CompensatedSum() {}

  /**
   * Adds one value.
   *
   * @param value the addend
   */
  public void add(double value) {
    double t = sum + value;
    error += CompensatedSums.twoSumError(sum, value, t);
    sum = t;
  }

  /**
   * Adds the value of another sum, keeping both its parts; {@code other} is not changed.
   *
   * <p>When either sum holds a NaN or an infinity, or the two plain sums overflow together, the
   * result is the plain IEEE sum of the two plain sums ({@link #high()}), as if the addends of
   * {@code other} had been added to this sum one by one (barring an overflow that only one order of
   * additions meets).
   *
   * @param other the sum to add
   * @throws IllegalArgumentException if {@code other} is null
   */
  public void add(CompensatedSum other) {
    Checks.notNull("other", other);
    add(other.sum);
    // A non-finite sum carries a NaN correction; adding that to the sum would make the plain
    // result (+∞, say) NaN. A finite plain sum after the addition means both parts are finite.
    if (Double.isFinite(sum)) {
      add(other.error);
    }
  }

  /**
   * The compensated value of the sum.
   *
   * @return the sum of everything added so far
   */
  public double value() {
    double r = sum + error;
    return Double.isFinite(r) ? r : sum;
  }

  /**
   * The running sum, rounded at every addition: with {@link #low()}, an unevaluated pair whose
   * exact sum is the compensated sum, for callers that need more than one double of it (a
   * double-double quotient, say).
   *
   * @return the high part
   */
  public double high() {
    return sum;
  }

  /**
   * The accumulated rounding errors of {@link #high()}, far smaller than it.
   *
   * @return the low part
   */
  public double low() {
    return error;
  }

  /**
   * An independent copy with the same state.
   *
   * @return the copy
   */
  public CompensatedSum copy() {
    CompensatedSum c = new CompensatedSum();
    c.sum = sum;
    c.error = error;
    return c;
  }
}
