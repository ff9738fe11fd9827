package io.github.evalkit.imputation;

/**
 * The entry point: factories for every numeric imputation strategy.
 *
 * <pre>{@code
 * double[] filled = Imputers.mean().fit(train).transform(test);        // also median(), mode(), constant(v)
 * double[] ff = Imputers.forwardFill().fit(series).transform(series);  // also backwardFill(), linearInterpolation()
 * }</pre>
 *
 * <p>For categorical columns ({@code String[]} or any {@code T[]}, {@code null} = missing) see
 * {@link CategoricalImputer}; for tables of named columns see {@link ImputationPlan}; for a
 * missing-value mask see {@link MissingIndicator}.
 *
 * <p>Stateless and thread-safe; every configuration returned is immutable.
 */
public final class Imputers {

  private Imputers() {}

  /**
   * Fills with the mean of the training values (scikit-learn {@code
   * SimpleImputer(strategy="mean")}, pandas {@code test.fillna(train.mean())}).
   *
   * @return the mean imputer
   */
  public static StatisticImputer mean() {
    return StatisticImputer.of(Strategy.MEAN);
  }

  /**
   * Fills with the median of the training values; an even count takes the mean of the two middle
   * values (pandas {@code test.fillna(train.median())}).
   *
   * @return the median imputer
   */
  public static StatisticImputer median() {
    return StatisticImputer.of(Strategy.MEDIAN);
  }

  /**
   * Fills with the most frequent training value, ties broken by the smallest (pandas {@code
   * test.fillna(train.mode().min())}, scikit-learn {@code
   * SimpleImputer(strategy="most_frequent")}).
   *
   * @return the mode imputer
   */
  public static StatisticImputer mode() {
    return StatisticImputer.of(Strategy.MODE);
  }

  /**
   * Fills with {@code value} (pandas {@code s.fillna(value)}).
   *
   * @param value the fill value; may be infinite, not NaN
   * @return the constant imputer
   * @throws IllegalArgumentException if {@code value} is NaN
   */
  public static StatisticImputer constant(double value) {
    return StatisticImputer.constant(value);
  }

  /**
   * Carries the last earlier valid value forward (pandas {@code s.ffill()}).
   *
   * @return the forward-fill imputer; see {@link SeriesImputer} for limit and fallback
   */
  public static SeriesImputer forwardFill() {
    return SeriesImputer.of(Strategy.FORWARD_FILL);
  }

  /**
   * Carries the next later valid value backward (pandas {@code s.bfill()}).
   *
   * @return the backward-fill imputer; see {@link SeriesImputer} for limit and fallback
   */
  public static SeriesImputer backwardFill() {
    return SeriesImputer.of(Strategy.BACKWARD_FILL);
  }

  /**
   * Interpolates interior gaps linearly by position (pandas {@code
   * s.interpolate(limit_area="inside")}); see {@link SeriesImputer#withTimeAxis()} to interpolate
   * by time.
   *
   * @return the interpolating imputer
   */
  public static SeriesImputer linearInterpolation() {
    return SeriesImputer.of(Strategy.LINEAR_INTERPOLATION);
  }

  /**
   * The numeric imputer for a strategy, e.g. as parsed from the command line; {@link
   * Strategy#CONSTANT} needs its value, so use {@link #constant(double)} for it.
   *
   * @param strategy any strategy but {@link Strategy#CONSTANT}
   * @return the imputer
   * @throws IllegalArgumentException if {@code strategy} is null or {@link Strategy#CONSTANT}
   */
  public static Imputer of(Strategy strategy) {
    if (strategy == null || strategy == Strategy.CONSTANT) {
      throw new IllegalArgumentException(
          "strategy = " + strategy + ": use Imputers.constant(value) for a constant");
    }
    return strategy.isStatistic() ? StatisticImputer.of(strategy) : SeriesImputer.of(strategy);
  }
}
