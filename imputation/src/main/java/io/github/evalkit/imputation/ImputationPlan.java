package io.github.evalkit.imputation;

import io.github.evalkit.core.Checks;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Which strategy fills which column of a {@link Table}, with optional entity (group) and time
 * (order) columns and a limit: the model behind {@code evalkit impute}.
 *
 * <pre>{@code
 * ImputationPlan plan = ImputationPlan.builder()
 *     .strategy("age", Strategy.MEAN)
 *     .strategy("bp", Strategy.FORWARD_FILL)
 *     .constant("city", "unknown")
 *     .groupBy("patient")
 *     .orderBy("visit")
 *     .build();
 * ImputedTable result = plan.fit(train).transform(test); // or plan.apply(table)
 * }</pre>
 *
 * <p>Semantics, column by column:
 *
 * <ul>
 *   <li>mean, median, mode: fitted on the non-missing values of the column in the training table.
 *       With {@link Builder#groupBy(String)} they are fitted per entity; an entity with no valid
 *       training value (or absent from the training table) takes the column's overall statistic,
 *       counted in the report's group fallbacks. Mean and median need a numeric column; mode and
 *       constant also work on text columns. Mode ties go to the smallest value: numerically, or for
 *       text by Unicode code point, as Python compares strings (pandas {@code mode().min()},
 *       scikit-learn's {@code most_frequent}).
 *   <li>ffill, bfill, interpolate: within each entity, along the order column (ascending, stable
 *       for ties; numeric order when the column is numeric, text by code point otherwise, as
 *       pandas' {@code sort_values}), else the row order. Interpolation is by position in that
 *       order and needs a numeric column; forward and backward fill work on text too. The limit
 *       applies to these three only.
 *   <li>A group key may not be missing; neither may an order key.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
public final class ImputationPlan {

  private static final int NO_LIMIT = Integer.MAX_VALUE;

  private final Map<String, Rule> rules;
  private final String groupBy;
  private final String orderBy;
  private final int limit;

  /** One column's strategy; {@code constant} is a Double or a String for CONSTANT. */
  static final class Rule {
    final Strategy strategy;
    final Object constant;

    Rule(Strategy strategy, Object constant) {
      this.strategy = strategy;
      this.constant = constant;
    }
  }

  private ImputationPlan(Builder b) {
    this.rules = Collections.unmodifiableMap(new LinkedHashMap<>(b.rules));
    this.groupBy = b.groupBy;
    this.orderBy = b.orderBy;
    this.limit = b.limit;
  }

  /**
   * Starts an empty plan.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The strategy of each planned column, in the order they were added.
   *
   * @return an unmodifiable map from column name to strategy
   */
  public Map<String, Strategy> strategies() {
    Map<String, Strategy> m = new LinkedHashMap<>();
    rules.forEach((k, v) -> m.put(k, v.strategy));
    return Collections.unmodifiableMap(m);
  }

  /**
   * The entity column, if any.
   *
   * @return the group-by column name
   */
  public Optional<String> groupBy() {
    return Optional.ofNullable(groupBy);
  }

  /**
   * The time-order column, if any.
   *
   * @return the order-by column name
   */
  public Optional<String> orderBy() {
    return Optional.ofNullable(orderBy);
  }

  /**
   * The limit for ffill, bfill and interpolate.
   *
   * @return the limit, empty when unlimited
   */
  public OptionalInt limit() {
    return limit == NO_LIMIT ? OptionalInt.empty() : OptionalInt.of(limit);
  }

  /**
   * Fits every planned column on {@code train}: statistics come from it only, so applying the
   * result to other data leaks nothing back. {@code train} needs the mean, median and mode columns
   * (and the group column when those are fitted per group); a constant, ffill, bfill or interpolate
   * column learns nothing from it and may be absent (it is then checked against the table it
   * fills).
   *
   * @param train the training table
   * @return the fitted plan, immutable and thread-safe
   * @throws IllegalArgumentException if a column is unknown, a statistic has no non-missing value,
   *     mean/median/interpolate names a text column, a constant does not suit its column, or a
   *     group key is missing (messages name the column, row and value)
   */
  public FittedImputationPlan fit(Table train) {
    Checks.notNull("train", train);
    return FittedImputationPlan.fit(this, train);
  }

  /**
   * Fits on {@code table} and fills it: {@code fit(table).transform(table)}.
   *
   * @param table the table to fill
   * @return the filled table and a report per planned column
   * @throws IllegalArgumentException as {@link #fit(Table)} and {@link
   *     FittedImputationPlan#transform(Table)} do
   */
  public ImputedTable apply(Table table) {
    return fit(table).transform(table);
  }

  Map<String, Rule> rules() {
    return rules;
  }

  String groupByColumn() {
    return groupBy;
  }

  String orderByColumn() {
    return orderBy;
  }

  int limitValue() {
    return limit;
  }

  /** Collects the plan. Not thread-safe; build once. */
  public static final class Builder {

    private final Map<String, Rule> rules = new LinkedHashMap<>();
    private String groupBy;
    private String orderBy;
    private int limit = NO_LIMIT;

    private Builder() {}

    /**
     * Fills {@code column} with {@code strategy}; for {@link Strategy#CONSTANT} use {@link
     * #constant(String, double)} or {@link #constant(String, String)}.
     *
     * @param column the column name
     * @param strategy the strategy
     * @return this builder
     * @throws IllegalArgumentException if an argument is null, the strategy is CONSTANT, or the
     *     column already has a strategy
     */
    public Builder strategy(String column, Strategy strategy) {
      if (strategy == Strategy.CONSTANT) {
        throw new IllegalArgumentException(
            "column '" + column + "': a constant needs its value; use constant(column, value)");
      }
      Checks.notNull("strategy", strategy);
      return put(column, new Rule(strategy, null));
    }

    /**
     * Fills the numeric column {@code column} with {@code value}.
     *
     * @param column the column name
     * @param value the fill value, not NaN
     * @return this builder
     * @throws IllegalArgumentException if the value is NaN or the column already has a strategy
     */
    public Builder constant(String column, double value) {
      if (Double.isNaN(value)) {
        throw new IllegalArgumentException(
            "column '" + column + "': constant = NaN cannot be a fill value");
      }
      return put(column, new Rule(Strategy.CONSTANT, value));
    }

    /**
     * Fills {@code column} with {@code value}: as text in a text column; in a numeric column the
     * text must be a finite decimal number such as {@code -1.5} or {@code 2e3}, spaces around it
     * ignored ({@code 1d}, {@code 0x1p3} and {@code Infinity} are refused).
     *
     * @param column the column name
     * @param value the fill value as text, not null
     * @return this builder
     * @throws IllegalArgumentException if an argument is null or the column already has a strategy
     */
    public Builder constant(String column, String value) {
      Checks.notNull("value", value);
      return put(column, new Rule(Strategy.CONSTANT, value));
    }

    /**
     * Declares the entity column: fills work within each entity and mean/median/mode are fitted per
     * entity.
     *
     * @param column the entity column's name
     * @return this builder
     * @throws IllegalArgumentException if {@code column} is null
     */
    public Builder groupBy(String column) {
      Checks.notNull("groupBy", column);
      this.groupBy = column;
      return this;
    }

    /**
     * Declares the time-order column for ffill, bfill and interpolate.
     *
     * @param column the order column's name
     * @return this builder
     * @throws IllegalArgumentException if {@code column} is null
     */
    public Builder orderBy(String column) {
      Checks.notNull("orderBy", column);
      this.orderBy = column;
      return this;
    }

    /**
     * Fills at most {@code limit} cells of each run of missing cells in ffill, bfill and
     * interpolate columns.
     *
     * @param limit at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code limit < 1}
     */
    public Builder limit(int limit) {
      Checks.positive("limit", limit);
      this.limit = limit;
      return this;
    }

    private Builder put(String column, Rule rule) {
      Checks.notNull("column", column);
      if (rules.containsKey(column)) {
        throw new IllegalArgumentException(
            "column '"
                + column
                + "' already has a strategy ("
                + rules.get(column).strategy.cliName()
                + ")");
      }
      rules.put(column, rule);
      return this;
    }

    /**
     * Builds the plan.
     *
     * @return the immutable plan
     */
    public ImputationPlan build() {
      return new ImputationPlan(this);
    }
  }
}
