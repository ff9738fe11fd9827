package io.github.evalkit.metrics;

import java.util.Objects;

/**
 * How one figure was computed, with its numbers, for people checking a metric by hand. Its {@link
 * #toString()} reads {@code precision(yes) = TP/(TP+FP) = 63/(63+10) = 0.863}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param metric the figure's name, e.g. {@code precision(yes)} or {@code rmse}
 * @param formula the formula in symbols, e.g. {@code TP/(TP+FP)}
 * @param substituted the formula with the numbers put in, e.g. {@code 63/(63+10)}
 * @param value the result (NaN when undefined)
 * @param note why the result is not what the arithmetic gives, e.g. {@code zero denominator;
 *     zero_division=1} for {@code 0/(0+0) = 1.000}; empty when it is
 */
public record Explanation(
    String metric, String formula, String substituted, double value, String note) {

  /**
   * Validates the components.
   *
   * @param metric the figure's name
   * @param formula the formula in symbols
   * @param substituted the formula with numbers
   * @param value the result
   * @param note why the result differs from the arithmetic, or empty
   * @throws NullPointerException if a text component is null
   */
  public Explanation {
    Objects.requireNonNull(metric, "metric");
    Objects.requireNonNull(formula, "formula");
    Objects.requireNonNull(substituted, "substituted");
    Objects.requireNonNull(note, "note");
  }

  /**
   * An explanation whose result is what its arithmetic gives (no note).
   *
   * @param metric the figure's name
   * @param formula the formula in symbols
   * @param substituted the formula with numbers
   * @param value the result
   * @throws NullPointerException if a text component is null
   */
  public Explanation(String metric, String formula, String substituted, double value) {
    this(metric, formula, substituted, value, "");
  }

  /**
   * One line with the result rounded to {@code digits} decimals, e.g. {@code rmse = sqrt(SSE/n) =
   * sqrt(12.5/50) = 0.500}; NaN is written {@code undefined}. A non-zero result that would round to
   * zero, or one of magnitude 1e15 or more, is written in scientific notation with {@code digits}
   * decimals ({@code 1.400e-07}). A note follows in parentheses: {@code precision(no) = TP/(TP+FP)
   * = 0/(0+0) = 1.000 (zero denominator; zero_division=1)}.
   *
   * @param digits decimals of the result, 0 to 17
   * @return the line
   * @throws IllegalArgumentException if {@code digits} is out of range
   */
  public String render(int digits) {
    String line =
        metric + " = " + formula + " = " + substituted + " = " + Format.figure(value, digits);
    return note.isEmpty() ? line : line + " (" + note + ")";
  }

  /**
   * The line with three decimals.
   *
   * @return {@code render(3)}
   */
  @Override
  public String toString() {
    return render(3);
  }
}
