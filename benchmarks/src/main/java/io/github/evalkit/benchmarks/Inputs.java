package io.github.evalkit.benchmarks;

import java.util.SplittableRandom;

/**
 * Deterministic benchmark inputs, the same for every variant of an operation so that their answers
 * can be compared (see {@code BenchmarkAgreementTest}).
 *
 * <p>Stateless and thread-safe.
 */
public final class Inputs {

  /** Seed of every generator, so that runs and tests see the same data. */
  public static final long SEED = 42;

  /** Share of missing values in the imputation inputs. */
  public static final double MISSING_FRACTION = 0.10;

  private Inputs() {}

  /**
   * Actual values of a regression: uniform in [100, 1100), away from zero so that percentage errors
   * stay tame.
   *
   * @param size number of values
   * @return a new array
   */
  public static double[] actualValues(int size) {
    return new SplittableRandom(SEED).doubles(size, 100, 1100).toArray();
  }

  /**
   * Predictions of a regression: the actual values plus uniform noise in [-50, 50).
   *
   * @param actual the actual values
   * @return a new array of the same length
   */
  public static double[] predictedValues(double[] actual) {
    SplittableRandom random = new SplittableRandom(SEED + 1);
    double[] predicted = new double[actual.length];
    for (int i = 0; i < actual.length; i++) {
      predicted[i] = actual[i] + random.nextDouble(-50, 50);
    }
    return predicted;
  }

  /**
   * Actual class codes, uniform over {@code [0, classes)}.
   *
   * @param size number of rows
   * @param classes number of classes, at least 1
   * @return a new array
   */
  public static int[] actualCodes(int size, int classes) {
    return new SplittableRandom(SEED).ints(size, 0, classes).toArray();
  }

  /**
   * Predicted class codes: the actual code with probability 0.8, else a uniform code, so that every
   * cell of the confusion matrix is reached.
   *
   * @param actual the actual codes
   * @param classes number of classes
   * @return a new array of the same length
   */
  public static int[] predictedCodes(int[] actual, int classes) {
    SplittableRandom random = new SplittableRandom(SEED + 1);
    int[] predicted = new int[actual.length];
    for (int i = 0; i < actual.length; i++) {
      predicted[i] = random.nextDouble() < 0.8 ? actual[i] : random.nextInt(classes);
    }
    return predicted;
  }

  /**
   * A series with {@link #MISSING_FRACTION} of its values NaN at random positions (the first value
   * is never missing, so forward fill has a value to carry). Values are integers in [0, 1000) so
   * that the mode is meaningful.
   *
   * @param size number of values
   * @return a new array
   */
  public static double[] seriesWithMissing(int size) {
    SplittableRandom random = new SplittableRandom(SEED + 2);
    double[] series = new double[size];
    for (int i = 0; i < size; i++) {
      boolean missing = i > 0 && random.nextDouble() < MISSING_FRACTION;
      series[i] = missing ? Double.NaN : random.nextInt(1000);
    }
    return series;
  }
}
