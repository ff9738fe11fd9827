package io.github.evalkit.metrics;

/**
 * Neumaier's compensated sum (Neumaier 1974), used to combine the per-block sums of the kernels and
 * the sums of merged accumulators without losing digits. Not thread-safe.
 */
final class CompensatedSum {

  private double sum;
  private double compensation;

  void add(double value) {
    double t = sum + value;
    compensation += Math.abs(sum) >= Math.abs(value) ? (sum - t) + value : (value - t) + sum;
    sum = t;
  }

  void add(CompensatedSum other) {
    add(other.sum);
    add(other.compensation);
  }

  double value() {
    return sum + compensation;
  }

  CompensatedSum copy() {
    CompensatedSum c = new CompensatedSum();
    c.sum = sum;
    c.compensation = compensation;
    return c;
  }
}
