package io.github.evalkit.metrics;

/**
 * The majority-class baseline: always predicting the most frequent actual label (ties: the first in
 * label order). A classifier whose accuracy is not above {@link #accuracy()} has learnt nothing
 * that counting labels would not give (the accuracy paradox on skewed data).
 *
 * <p>Immutable and thread-safe.
 *
 * @param label the most frequent actual label
 * @param count how often it occurs among the actual labels
 * @param total the number of rows
 */
public record MajorityBaseline(String label, long count, long total) {

  /**
   * Validates the components.
   *
   * @param label the most frequent actual label
   * @param count how often it occurs
   * @param total the number of rows
   * @throws IllegalArgumentException if {@code label} is null or the counts are inconsistent
   */
  public MajorityBaseline {
    if (label == null || count < 0 || total <= 0 || count > total) {
      throw new IllegalArgumentException(
          "baseline needs a label and 0 <= count <= total, total > 0; got "
              + label
              + ", "
              + count
              + ", "
              + total);
    }
  }

  /**
   * The accuracy of always predicting {@link #label()}: {@code count / total}.
   *
   * @return the baseline accuracy in [0, 1]
   */
  public double accuracy() {
    return (double) count / total;
  }
}
