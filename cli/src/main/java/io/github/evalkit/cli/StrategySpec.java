package io.github.evalkit.cli;

import io.github.evalkit.cli.csv.BadInputException;
import io.github.evalkit.imputation.Strategy;
import java.util.Locale;

/**
 * One {@code --strategy COL=KIND} option. The column is split off at the first {@code =} after
 * which a valid KIND follows, so column names and constants may themselves contain {@code =}.
 */
record StrategySpec(String column, Strategy strategy, String constant) {

  static StrategySpec parse(String option) {
    for (int eq = option.indexOf('='); eq >= 0; eq = option.indexOf('=', eq + 1)) {
      String column = option.substring(0, eq);
      String kind = option.substring(eq + 1);
      if (kind.startsWith("constant:")) {
        String value = kind.substring("constant:".length());
        if (value.isEmpty()) {
          throw malformed(option, "constant needs a value, e.g. " + column + "=constant:0");
        }
        return checked(option, new StrategySpec(column, Strategy.CONSTANT, value));
      }
      String lower = kind.toLowerCase(Locale.ROOT);
      if (!lower.equals("constant")) {
        for (Strategy s : Strategy.values()) {
          if (s.cliName().equals(kind)) {
            return checked(option, new StrategySpec(column, s, null));
          }
        }
      }
    }
    if (option.endsWith("=constant") || option.contains("=constant=")) {
      throw malformed(option, "constant needs a value after a colon, e.g. COL=constant:0");
    }
    throw malformed(
        option,
        "expected COL=KIND with KIND one of mean, median, mode, constant:VALUE, ffill, bfill,"
            + " interpolate");
  }

  private static StrategySpec checked(String option, StrategySpec spec) {
    if (spec.column.isEmpty()) {
      throw malformed(option, "the column name is empty");
    }
    return spec;
  }

  private static BadInputException malformed(String option, String why) {
    return new BadInputException("--strategy \"" + option + "\" is malformed: " + why);
  }

  boolean isFill() {
    return strategy == Strategy.FORWARD_FILL
        || strategy == Strategy.BACKWARD_FILL
        || strategy == Strategy.LINEAR_INTERPOLATION;
  }

  boolean needsNumbers() {
    return strategy == Strategy.MEAN
        || strategy == Strategy.MEDIAN
        || strategy == Strategy.LINEAR_INTERPOLATION;
  }

  boolean isFitted() {
    return strategy.learnsFromTraining();
  }
}
