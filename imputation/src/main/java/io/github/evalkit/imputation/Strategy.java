package io.github.evalkit.imputation;

import java.util.Locale;

/**
 * The ways evalkit fills a missing value, with the names the command line and reports use.
 *
 * <p>Immutable and thread-safe.
 */
public enum Strategy {
  /** The mean of the training values (pandas {@code s.fillna(train.mean())}). */
  MEAN("mean"),
  /** The median of the training values; an even count takes the mean of the two middle values. */
  MEDIAN("median"),
  /** The most frequent training value, ties broken by the smallest value. */
  MODE("mode"),
  /** A value given by the user. */
  CONSTANT("constant"),
  /** The last earlier valid value (pandas {@code s.ffill()}). */
  FORWARD_FILL("ffill"),
  /** The next later valid value (pandas {@code s.bfill()}). */
  BACKWARD_FILL("bfill"),
  /** Linear interpolation of interior gaps (pandas {@code s.interpolate(limit_area="inside")}). */
  LINEAR_INTERPOLATION("interpolate");

  private final String cliName;

  Strategy(String cliName) {
    this.cliName = cliName;
  }

  /**
   * The name used by the command line and in reports, e.g. {@code "ffill"}.
   *
   * @return the short name
   */
  public String cliName() {
    return cliName;
  }

  /**
   * Whether this strategy fills with one value fitted on training data (mean, median, mode,
   * constant) rather than with neighbouring values of the series.
   *
   * @return true for {@link #MEAN}, {@link #MEDIAN}, {@link #MODE} and {@link #CONSTANT}
   */
  public boolean isStatistic() {
    return this == MEAN || this == MEDIAN || this == MODE || this == CONSTANT;
  }

  /**
   * Whether fitting learns anything from the training data: true for {@link #MEAN}, {@link #MEDIAN}
   * and {@link #MODE}; a constant and the series fills are the same whatever the training data.
   *
   * @return true for the fitted statistics
   */
  public boolean learnsFromTraining() {
    return this == MEAN || this == MEDIAN || this == MODE;
  }

  /**
   * Looks a strategy up by its {@link #cliName()} (case-insensitive); {@code constant} here is the
   * bare kind, without its value.
   *
   * @param name the short name, e.g. {@code "interpolate"}
   * @return the strategy
   * @throws IllegalArgumentException if no strategy has that name
   */
  public static Strategy fromCliName(String name) {
    if (name != null) {
      String lower = name.toLowerCase(Locale.ROOT);
      for (Strategy s : values()) {
        if (s.cliName.equals(lower)) {
          return s;
        }
      }
    }
    throw new IllegalArgumentException(
        "unknown strategy \""
            + name
            + "\"; expected one of mean, median, mode, constant, ffill, bfill, interpolate");
  }
}
