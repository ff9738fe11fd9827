package io.github.evalkit.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Label order as spec/cli.md defines it. */
class LabelOrderTest {

  @Test
  void allNumericLabelsSortByValueThenText() {
    // "1" and "1.0" are two labels of equal value: ties by text ("1" < "1.0").
    assertThat(LabelEncoder.order(List.of("10", "9", "1.0", "1", "-2.5", "3e-4", ".5")))
        .containsExactly("-2.5", "3e-4", ".5", "1", "1.0", "9", "10");
  }

  @Test
  void signedZerosAreEqualValuesOrderedByText() {
    // -0 == +0 == 0 as numbers; ties by text: '+' (0x2B) < '-' (0x2D) < '0'.
    assertThat(LabelEncoder.order(List.of("-0", "0", "+0", "-1", "0.0")))
        .containsExactly("-1", "+0", "-0", "0", "0.0");
  }

  @Test
  void labelsThatRoundToTheSameDoubleSortByTheirExactValue() {
    // Each pair parses to one double; by value the longer text comes first here, by text last.
    assertThat(LabelEncoder.order(List.of("-12345678901234567890", "-12345678901234567891")))
        .containsExactly("-12345678901234567891", "-12345678901234567890");
    assertThat(
            LabelEncoder.order(List.of("-1", "-1.00000000000000001", "2", "1.99999999999999999")))
        .containsExactly("-1.00000000000000001", "-1", "1.99999999999999999", "2");
    // Equal values still tie by text; an exponent beyond BigDecimal's range does not throw.
    assertThat(LabelEncoder.order(List.of("1e-9999999999", "0", "1.0", "1")))
        .containsExactly("0", "1e-9999999999", "1", "1.0");
  }

  @Test
  void anyNonNumericLabelMakesTheOrderTextual() {
    assertThat(LabelEncoder.order(List.of("b", "10", "9", "a", "B")))
        .containsExactly("10", "9", "B", "a", "b");
    // inf, NaN, hex, Java suffixes and overflowing numbers are not finite numbers.
    for (String odd : new String[] {"inf", "NaN", "0x10", "1d", "1e999", "Infinity", ""}) {
      assertThat(LabelEncoder.isFiniteNumber(odd)).as(odd).isFalse();
      List<String> text = new ArrayList<>(List.of("10", "9", odd));
      Collections.sort(text);
      assertThat(LabelEncoder.order(List.of("9", odd, "10"))).as(odd).isEqualTo(text);
    }
    assertThat(LabelEncoder.isFiniteNumber(" 4.8E1\t")).isTrue();
  }

  @Test
  void theLabelSetIsTheUnionOfActualAndPredicted() {
    ConfusionMatrix m =
        ConfusionMatrix.of(new String[] {"yes", "no"}, new String[] {"maybe", "no"});
    assertThat(m.labels()).containsExactly("maybe", "no", "yes");
    assertThat(m.support("maybe")).isZero();
    assertThat(m.count("yes", "maybe")).isEqualTo(1);
  }

  /**
   * Label pools, each written out in the contract's order by hand: a pool of numbers (by value,
   * equal values by text) and a pool with text (by {@link String#compareTo}).
   */
  private static final List<List<String>> POOLS_IN_ORDER =
      List.of(
          List.of("-2.5", "-0", "0", "3e-4", ".5", "1", "1.0", "9", "10", "1e2"),
          List.of("-1", "10", "9", "B", "a", "maybe", "no", "yes", "z"));

  @Test
  void theOrderDoesNotDependOnTheOrderOfAppearance() {
    qt().withFixedSeed(51L)
        .forAll(integers().between(0, 1), integers().between(1, 60), longs().all())
        .checkAssert(
            (pool, n, seed) -> {
              List<String> order = POOLS_IN_ORDER.get(pool);
              java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
              String[] actual = new String[n];
              String[] predicted = new String[n];
              for (int i = 0; i < n; i++) {
                actual[i] = order.get(r.nextInt(order.size()));
                predicted[i] = order.get(r.nextInt(order.size()));
              }
              if (pool == 1) {
                actual[0] = "maybe"; // keeps the text order even if only "-1", "10", "9" occur else
              }
              List<String> expected = new ArrayList<>(order);
              expected.retainAll(List.of(actual));
              for (String p : predicted) {
                if (!expected.contains(p)) {
                  expected.add(p);
                }
              }
              expected.sort(java.util.Comparator.comparingInt(order::indexOf));
              List<String> labels = new ArrayList<>(List.of(actual));
              labels.addAll(List.of(predicted));
              Collections.shuffle(labels, new java.util.Random(seed));
              assertThat(LabelEncoder.fromUnion(labels).labels()).isEqualTo(expected);
              assertThat(ConfusionMatrix.of(actual, predicted).labels()).isEqualTo(expected);
              assertThat(ConfusionMatrix.of(predicted, actual).labels()).isEqualTo(expected);
            });
  }

  @Test
  void nonStringLabelsAreIdentifiedByTheirText() {
    ConfusionMatrix m = ConfusionMatrix.of(List.of(10, 9, 10), List.of(10, 10, 2));
    assertThat(m.labels()).containsExactly("2", "9", "10");
    assertThat(m.count("9", "10")).isEqualTo(1);
  }
}
