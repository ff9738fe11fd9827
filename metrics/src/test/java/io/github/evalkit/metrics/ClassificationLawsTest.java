package io.github.evalkit.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.IntToDoubleFunction;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/**
 * Laws of the classification scores: specificity from the cells, how macro and weighted averages
 * combine the per-label entries under every policy, and the symmetries under swapping actual with
 * predicted and under renaming labels.
 */
class ClassificationLawsTest {

  // ------------------------------------------------------------------ specificity

  @Test
  void specificityIsTheTrueNegativeRateOfTheCells() {
    qt().withFixedSeed(401L)
        .forAll(LawMatrices.matrices())
        .checkAssert(
            m -> {
              long[][] cells = m.toArray();
              for (int c = 0; c < m.numClasses(); c++) {
                long[] t = ZeroDivisionLawsTest.counts(cells, c);
                long tn = t[3];
                long fp = t[1];
                double want =
                    tn + fp == 0 ? m.zeroDivision().undefinedValue() : (double) tn / (tn + fp);
                LawMatrices.assertSameValue(
                    want, m.specificity(c), LawMatrices.describe(m) + " " + c);
                LawMatrices.assertSameValue(want, m.specificity(m.labels().get(c)), "");
                LawMatrices.assertSameValue(want, m.binary(c).specificity(), "");
                assertThat(m.binary(c).trueNegatives()).isEqualTo(tn);
              }
            });
  }

  @Test
  void binarySpecificityIsTheRecallOfTheOtherLabel() {
    qt().withFixedSeed(402L)
        .forAll(longs().all(), Generate.enumValues(ZeroDivision.class), integers().between(0, 3))
        .checkAssert(
            (seed, policy, shape) -> {
              // Both labels occur, one is never predicted, or one never occurs.
              SplittableRandom r = new SplittableRandom(seed);
              int bound = new int[] {1, 3, 9, 2049}[shape];
              long[][] cells = new long[2][2];
              for (int a = 0; a < 2; a++) {
                for (int p = 0; p < 2; p++) {
                  cells[a][p] = r.nextInt(bound + 1);
                }
              }
              if (r.nextInt(3) == 0) {
                int zero = r.nextInt(2);
                cells[zero][0] = cells[zero][1] = 0;
              }
              if (cells[0][0] + cells[0][1] + cells[1][0] + cells[1][1] == 0) {
                cells[r.nextInt(2)][r.nextInt(2)] = 1;
              }
              ConfusionMatrix m =
                  ConfusionMatrix.fromCounts(cells, List.of("neg", "pos")).withZeroDivision(policy);
              LawMatrices.assertSameValue(
                  m.recall("neg"), m.specificity("pos"), LawMatrices.describe(m));
              LawMatrices.assertSameValue(
                  m.recall("pos"), m.specificity("neg"), LawMatrices.describe(m));
              LawMatrices.assertSameValue(m.recall("neg"), m.binary("pos").specificity(), "");
            });
  }

  // ------------------------------------------------------------------ averages

  private static double macro(ConfusionMatrix m, IntToDoubleFunction perLabel) {
    double sum = 0;
    int used = 0;
    for (int c = 0; c < m.numClasses(); c++) {
      double v = perLabel.applyAsDouble(c);
      if (!Double.isNaN(v)) {
        sum += v;
        used++;
      }
    }
    return used == 0 ? Double.NaN : sum / used;
  }

  private static double weighted(ConfusionMatrix m, IntToDoubleFunction perLabel) {
    long[][] cells = m.toArray();
    double sum = 0;
    long support = 0;
    for (int c = 0; c < m.numClasses(); c++) {
      double v = perLabel.applyAsDouble(c);
      long s = 0;
      for (long cell : cells[c]) {
        s += cell;
      }
      if (!Double.isNaN(v)) {
        sum += v * s;
        support += s;
      }
    }
    return support == 0 ? Double.NaN : sum / support;
  }

  private static void assertAverage(double want, double got, String what) {
    assertThat(Samples.close(want, got, 1e-14)).as("%s: %s vs %s", what, want, got).isTrue();
  }

  @Test
  void macroAndWeightedAveragesCombineTheDefinedEntriesUnderEveryPolicy() {
    qt().withFixedSeed(403L)
        .forAll(LawMatrices.matrices())
        .checkAssert(
            m -> {
              Map<String, IntToDoubleFunction> perLabel = new HashMap<>();
              perLabel.put("recall", m::recall);
              perLabel.put("f1", m::f1);
              perLabel.put("f0.5", c -> m.fBeta(c, 0.5));
              perLabel.put("f2", c -> m.fBeta(c, 2));
              perLabel.put("specificity", m::specificity);
              Map<String, ToDoubleFunction<Average>> averaged = new HashMap<>();
              averaged.put("recall", m::recall);
              averaged.put("f1", m::f1);
              averaged.put("f0.5", a -> m.fBeta(a, 0.5));
              averaged.put("f2", a -> m.fBeta(a, 2));
              averaged.put("specificity", m::specificity);
              for (String name : perLabel.keySet()) {
                String what = LawMatrices.describe(m) + " " + name;
                assertAverage(
                    macro(m, perLabel.get(name)),
                    averaged.get(name).applyAsDouble(Average.MACRO),
                    what + " macro");
                assertAverage(
                    weighted(m, perLabel.get(name)),
                    averaged.get(name).applyAsDouble(Average.WEIGHTED),
                    what + " weighted");
              }
              // Σ recall·support / Σ support = Σ tp / n, whatever zero-support labels become.
              assertAverage(m.accuracy(), m.recall(Average.WEIGHTED), LawMatrices.describe(m));
              AveragedScores scores = ClassificationReport.of(m).average(Average.WEIGHTED);
              assertAverage(m.accuracy(), scores.recall(), LawMatrices.describe(m));
            });
  }

  // ------------------------------------------------------------------ symmetries

  private static String[][] labelData(int n, int k, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    String[] actual = new String[n];
    String[] predicted = new String[n];
    for (int i = 0; i < n; i++) {
      actual[i] = LawMatrices.NAMES.get(r.nextInt(3) == 0 ? 0 : r.nextInt(k));
      predicted[i] =
          r.nextInt(3) == 0 ? actual[i] : LawMatrices.NAMES.get(r.nextInt(Math.min(8, k + 1)));
    }
    return new String[][] {actual, predicted};
  }

  @Test
  void swappingActualAndPredictedSwapsPrecisionAndRecallAndKeepsMccAndKappa() {
    qt().withFixedSeed(404L)
        .forAll(
            Samples.lengths(),
            integers().between(1, 8),
            longs().all(),
            Generate.enumValues(ZeroDivision.class))
        .checkAssert(
            (n, k, seed, policy) -> {
              String[][] d = labelData(n, k, seed);
              ConfusionMatrix m = ConfusionMatrix.of(d[0], d[1]).withZeroDivision(policy);
              ConfusionMatrix t = ConfusionMatrix.of(d[1], d[0]).withZeroDivision(policy);
              String what = LawMatrices.describe(m);
              assertThat(t.labels()).isEqualTo(m.labels());
              LawMatrices.assertSameValue(m.matthewsCorrelation(), t.matthewsCorrelation(), what);
              LawMatrices.assertSameValue(m.cohenKappa(), t.cohenKappa(), what);
              LawMatrices.assertSameValue(m.accuracy(), t.accuracy(), what);
              for (String label : m.labels()) {
                LawMatrices.assertSameValue(
                    m.recall(label), t.precision(label), what + " " + label);
                LawMatrices.assertSameValue(
                    m.precision(label), t.recall(label), what + " " + label);
                LawMatrices.assertSameValue(m.f1(label), t.f1(label), what + " " + label);
              }
            });
  }

  @Test
  void renamingLabelsKeepsEveryLabelFreeScore() {
    List<String> newNames = List.of("7", "q", "-3.5", "B", "100", "aa", "0", "x");
    qt().withFixedSeed(405L)
        .forAll(
            Samples.lengths(),
            integers().between(1, 7),
            longs().all(),
            Generate.enumValues(ZeroDivision.class))
        .checkAssert(
            (n, k, seed, policy) -> {
              String[][] d = labelData(n, k, seed);
              // A random one-to-one renaming; it usually changes the label order too.
              List<String> targets = new ArrayList<>(newNames);
              java.util.Collections.shuffle(targets, new java.util.Random(seed));
              Map<String, String> rename = new HashMap<>();
              for (int i = 0; i < LawMatrices.NAMES.size(); i++) {
                rename.put(LawMatrices.NAMES.get(i), targets.get(i));
              }
              String[] a = new String[n];
              String[] p = new String[n];
              for (int i = 0; i < n; i++) {
                a[i] = rename.get(d[0][i]);
                p[i] = rename.get(d[1][i]);
              }
              ConfusionMatrix m = ConfusionMatrix.of(d[0], d[1]).withZeroDivision(policy);
              ConfusionMatrix r = ConfusionMatrix.of(a, p).withZeroDivision(policy);
              String what = LawMatrices.describe(m) + " renamed " + r.labels();
              LawMatrices.assertSameValue(m.accuracy(), r.accuracy(), what);
              LawMatrices.assertSameValue(m.matthewsCorrelation(), r.matthewsCorrelation(), what);
              LawMatrices.assertSameValue(m.cohenKappa(), r.cohenKappa(), what);
              assertAverage(m.balancedAccuracy(), r.balancedAccuracy(), what + " balanced");
              for (Average avg : new Average[] {Average.MACRO, Average.WEIGHTED}) {
                assertAverage(m.precision(avg), r.precision(avg), what + " precision " + avg);
                assertAverage(m.recall(avg), r.recall(avg), what + " recall " + avg);
                assertAverage(m.f1(avg), r.f1(avg), what + " f1 " + avg);
                assertAverage(m.fBeta(avg, 2), r.fBeta(avg, 2), what + " f2 " + avg);
                assertAverage(m.specificity(avg), r.specificity(avg), what + " spec " + avg);
              }
              for (String label : m.labels()) {
                LawMatrices.assertSameValue(m.f1(label), r.f1(rename.get(label)), what);
              }
            });
  }
}
