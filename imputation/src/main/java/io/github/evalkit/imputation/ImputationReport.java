package io.github.evalkit.imputation;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * What an imputation did to one column: the counts the command line's {@code --report} prints.
 *
 * <p>Always {@code missing() == imputed() + remainingMissing()}.
 *
 * <p>Immutable and thread-safe.
 */
public final class ImputationReport {

  private final Strategy strategy;
  private final int missing;
  private final int imputed;
  private final Object fillValue;
  private final int groupFallbacks;

  ImputationReport(
      Strategy strategy, int missing, int imputed, Object fillValue, int groupFallbacks) {
    this.strategy = Objects.requireNonNull(strategy);
    if (imputed < 0 || imputed > missing) {
      throw new IllegalStateException("imputed " + imputed + " of " + missing + " missing cells");
    }
    this.missing = missing;
    this.imputed = imputed;
    this.fillValue = fillValue;
    this.groupFallbacks = groupFallbacks;
  }

  /**
   * The strategy applied.
   *
   * @return the strategy
   */
  public Strategy strategy() {
    return strategy;
  }

  /**
   * How many cells were missing before imputation.
   *
   * @return the count of missing input cells
   */
  public int missing() {
    return missing;
  }

  /**
   * How many missing cells were filled.
   *
   * @return the count of filled cells
   */
  public int imputed() {
    return imputed;
  }

  /**
   * How many cells are still missing: leading cells of a forward fill, trailing cells of a backward
   * fill, either end for interpolation, and cells a limit stopped.
   *
   * @return {@code missing() - imputed()}
   */
  public int remainingMissing() {
    return missing - imputed;
  }

  /**
   * The one value every imputed cell took: a {@link Double} for a numeric column, the category
   * (e.g. a {@link String}) for a categorical one. Empty for forward/backward fill and
   * interpolation, and when statistics are per group.
   *
   * @return the fill value, if there is one
   */
  public Optional<Object> fillValue() {
    return Optional.ofNullable(fillValue);
  }

  /**
   * The fill value of a numeric column.
   *
   * @return the fill value as a double, empty if there is none or the column is categorical
   */
  public OptionalDouble numericFillValue() {
    return fillValue instanceof Double
        ? OptionalDouble.of((Double) fillValue)
        : OptionalDouble.empty();
  }

  /**
   * For mean, median and mode fitted per group: how many imputed cells belonged to a group with no
   * statistic of its own (no valid training value) and so took the overall statistic. Empty for
   * other imputations.
   *
   * @return the number of cells filled by the group fallback, if statistics were per group
   */
  public OptionalInt groupFallbacks() {
    return groupFallbacks < 0 ? OptionalInt.empty() : OptionalInt.of(groupFallbacks);
  }

  @Override
  public String toString() {
    return "ImputationReport{strategy="
        + strategy.cliName()
        + ", missing="
        + missing
        + ", imputed="
        + imputed
        + ", remainingMissing="
        + remainingMissing()
        + ", fillValue="
        + fillValue
        + (groupFallbacks < 0 ? "" : ", groupFallbacks=" + groupFallbacks)
        + "}";
  }
}
