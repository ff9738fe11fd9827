package io.github.evalkit.imputation;

import io.github.evalkit.core.Checks;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Fills missing cells from neighbouring cells of the same series: forward fill (the last earlier
 * valid value), backward fill (the next later one) or linear interpolation of interior gaps.
 *
 * <ul>
 *   <li>forward fill = pandas {@code s.ffill(limit=n)}: leading missing cells stay missing.
 *   <li>backward fill = pandas {@code s.bfill(limit=n)}: trailing missing cells stay missing.
 *   <li>linear interpolation = pandas {@code s.interpolate(limit=n, limit_area="inside")}: cells
 *       between two valid values take their value on the straight line between them, by position
 *       (or by the panel's time, see {@link #withTimeAxis()}); cells at either end stay missing.
 *       With a limit only the first n cells of a gap are filled, each still on the line across the
 *       whole gap. A filled cell never lies outside its gap's end values, and a cell at the same
 *       time as an end (see {@link #withTimeAxis()}) takes that end's value, unless the gap has an
 *       end at an infinite time: its cells then stay missing. Infinite end values otherwise give
 *       what IEEE arithmetic gives (possibly NaN).
 * </ul>
 *
 * <p>{@link #withLimit(int)} fills at most the first n cells of each run of missing cells (for
 * backward fill the last n), as pandas' {@code limit} does. {@link #withFallback(Imputer)} fills
 * the cells that have nothing to take from (leading/trailing ones, or an entity with no valid value
 * at all) with a second strategy; cells stopped by the limit stay missing.
 *
 * <p>With a {@link Panel}, all of this happens within each entity, in the panel's time order.
 * {@link #fit(double[])} learns nothing from the data except the fallback's statistic.
 *
 * <p>Immutable and thread-safe.
 */
public final class SeriesImputer implements Imputer {

  private static final int NO_LIMIT = Integer.MAX_VALUE;

  private final Strategy strategy;
  private final int limit;
  private final Imputer fallback;
  private final double sentinel;
  private final boolean timeAxis;

  private SeriesImputer(
      Strategy strategy, int limit, Imputer fallback, double sentinel, boolean timeAxis) {
    this.strategy = strategy;
    this.limit = limit;
    this.fallback = fallback;
    this.sentinel = sentinel;
    this.timeAxis = timeAxis;
  }

  static SeriesImputer of(Strategy strategy) {
    return new SeriesImputer(strategy, NO_LIMIT, null, Double.NaN, false);
  }

  @Override
  public Strategy strategy() {
    return strategy;
  }

  /**
   * A copy that fills at most {@code limit} cells of each run of consecutive missing cells: the
   * first ones for forward fill and interpolation, the last ones for backward fill.
   *
   * @param limit the most cells to fill per run, at least 1
   * @return the new configuration
   * @throws IllegalArgumentException if {@code limit < 1}
   */
  public SeriesImputer withLimit(int limit) {
    Checks.positive("limit", limit);
    return new SeriesImputer(strategy, limit, fallback, sentinel, timeAxis);
  }

  /**
   * A copy that fills the cells this strategy has nothing to take from (leading cells for forward
   * fill, trailing for backward fill, both ends for interpolation, every cell of an entity without
   * a valid value) with {@code second}, e.g. {@code Imputers.forwardFill().withFallback(
   * Imputers.mean())}, pandas {@code s.ffill().fillna(train.mean())} restricted to those cells, or
   * {@code withFallback(Imputers.backwardFill())}, pandas {@code s.ffill().bfill()}. The fallback
   * is fitted on the same training data and sees the series after the first fill.
   *
   * @param second the fallback strategy
   * @return the new configuration
   * @throws IllegalArgumentException if {@code second} is null
   */
  public SeriesImputer withFallback(Imputer second) {
    Checks.notNull("second", second);
    return new SeriesImputer(strategy, limit, second, sentinel, timeAxis);
  }

  /**
   * A copy of this linear interpolation that places cells by the panel's numeric order key (its
   * time axis, {@link Panel#orderedBy(double[])}) instead of by position: pandas {@code
   * s.interpolate(method="index")} on a time-indexed series. Where both ends of a gap have the same
   * time, cells are placed by position. Where the ends differ and one of them is at an infinite
   * time, the gap has no finite length and its cells stay missing (they do not take the fallback
   * either). Finite times are placed without overflow, even when the distance between the ends
   * exceeds {@code Double.MAX_VALUE}. Transforming then requires a panel with a time axis.
   *
   * @return the new configuration
   * @throws IllegalStateException if this is not linear interpolation
   */
  public SeriesImputer withTimeAxis() {
    if (strategy != Strategy.LINEAR_INTERPOLATION) {
      throw new IllegalStateException("withTimeAxis() applies to linear interpolation only");
    }
    return new SeriesImputer(strategy, limit, fallback, sentinel, true);
  }

  @Override
  public SeriesImputer withMissingValue(double sentinel) {
    return new SeriesImputer(strategy, limit, fallback, Cells.checkSentinel(sentinel), timeAxis);
  }

  /**
   * The limit per run of missing cells.
   *
   * @return the limit, empty when unlimited
   */
  public OptionalInt limit() {
    return limit == NO_LIMIT ? OptionalInt.empty() : OptionalInt.of(limit);
  }

  /**
   * The fallback for cells with nothing to take from.
   *
   * @return the fallback, if configured
   */
  public Optional<Imputer> fallback() {
    return Optional.ofNullable(fallback);
  }

  @Override
  public FittedImputer fit(double[] train) {
    Checks.notNull("train", train);
    // A series fill learns nothing from the data; only a fallback statistic is fitted.
    FittedImputer fittedFallback =
        fallback == null ? null : fallback.fit(Cells.missingAsNaN("train", train, sentinel));
    return new FittedSeries(strategy, limit, fittedFallback, sentinel, timeAxis);
  }

  @Override
  public String toString() {
    return strategy.cliName()
        + (limit == NO_LIMIT ? "" : "(limit=" + limit + ")")
        + (fallback == null ? "" : " then " + fallback);
  }
}
