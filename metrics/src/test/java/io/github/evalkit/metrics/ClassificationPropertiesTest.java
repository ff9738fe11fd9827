package io.github.evalkit.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Arrays;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Laws of the confusion matrix and its scores, over random label data with 1 to 8 labels. */
class ClassificationPropertiesTest {

  private static Gen<Integer> sizes() {
    return Generate.pick(Samples.TAIL_LENGTHS).mix(integers().between(1, 200), 60);
  }

  private static Gen<ConfusionMatrix> matrices() {
    return sizes()
        .zip(
            integers().between(1, 8),
            longs().all(),
            Generate.enumValues(ZeroDivision.class),
            (n, k, seed, policy) -> {
              String[][] d = Samples.labels(n, k, seed, seed % 7 == 0);
              return ConfusionMatrix.of(d[0], d[1]).withZeroDivision(policy);
            })
        .describedAs(
            m -> m.labels() + " " + Arrays.deepToString(m.toArray()) + " " + m.zeroDivision());
  }

  @Test
  void theTotalIsTheNumberOfRowsAndEveryClassSplitsIt() {
    qt().withFixedSeed(31L)
        .forAll(sizes(), integers().between(1, 8), longs().all())
        .checkAssert(
            (n, k, seed) -> {
              String[][] d = Samples.labels(n, k, seed, false);
              ConfusionMatrix m = ConfusionMatrix.of(d[0], d[1]);
              assertThat(m.total()).isEqualTo((long) n);
              long trace = 0;
              for (int c = 0; c < m.numClasses(); c++) {
                assertThat(
                        m.truePositives(c)
                            + m.falsePositives(c)
                            + m.falseNegatives(c)
                            + m.trueNegatives(c))
                    .isEqualTo((long) n);
                trace += m.truePositives(c);
              }
              assertThat(trace).isEqualTo(m.trace());
            });
  }

  @Test
  void f1LiesBetweenPrecisionAndRecall() {
    qt().withFixedSeed(32L)
        .forAll(matrices())
        .checkAssert(
            m -> {
              ConfusionMatrix strict = m.withZeroDivision(ZeroDivision.NAN);
              for (int c = 0; c < m.numClasses(); c++) {
                double p = strict.precision(c);
                double r = strict.recall(c);
                double f = strict.f1(c);
                if (!Double.isNaN(p) && !Double.isNaN(r)) {
                  assertThat(f).isBetween(Math.min(p, r) - 1e-15, Math.max(p, r) + 1e-15);
                  assertThat(strict.fBeta(c, 1.0)).isCloseTo(f, within(1e-15));
                  assertThat(strict.fBeta(c, 0.0)).isCloseTo(p, within(1e-15));
                }
              }
            });
  }

  @Test
  void fBetaMatchesExactArithmeticForEveryBeta() {
    // Huge β square past Double.MAX_VALUE; F-beta then tends to recall, never NaN. Tiny β keep
    // β²·fn in the denominator (F = 0, not undefined, when tp = fp = 0 < fn).
    double[] betas = {
      0, 1e-150, 1e-8, 0.5, 1, 2, 3.7, 1e3, 1e10, 1e154, 1e155, 1e300, Double.MAX_VALUE
    };
    java.math.MathContext mc = new java.math.MathContext(40);
    qt().withFixedSeed(34L)
        .forAll(matrices())
        .checkAssert(
            m -> {
              ConfusionMatrix strict = m.withZeroDivision(ZeroDivision.NAN);
              for (int c = 0; c < m.numClasses(); c++) {
                assertThat(strict.fBeta(c, 1.0)).isEqualTo(strict.f1(c));
                for (double beta : betas) {
                  java.math.BigDecimal b2 = new java.math.BigDecimal(beta).pow(2);
                  java.math.BigDecimal onePlus = java.math.BigDecimal.ONE.add(b2);
                  java.math.BigDecimal tp = java.math.BigDecimal.valueOf(m.truePositives(c));
                  java.math.BigDecimal denominator =
                      onePlus
                          .multiply(tp)
                          .add(b2.multiply(java.math.BigDecimal.valueOf(m.falseNegatives(c))))
                          .add(java.math.BigDecimal.valueOf(m.falsePositives(c)));
                  double f = strict.fBeta(c, beta);
                  if (denominator.signum() == 0) {
                    assertThat(f).as("β = %s", beta).isNaN();
                  } else {
                    double exact = onePlus.multiply(tp).divide(denominator, mc).doubleValue();
                    assertThat(f).as("β = %s", beta).isCloseTo(exact, within(1e-15));
                  }
                }
              }
            });
  }

  @Test
  void microScoresEqualAccuracy() {
    qt().withFixedSeed(33L)
        .forAll(matrices())
        .checkAssert(
            m -> {
              // Micro scores from the pooled counts, computed here independently of accuracy():
              // P = Σtp/(Σtp + Σfp), R = Σtp/(Σtp + Σfn), F = 2Σtp/(2Σtp + Σfp + Σfn).
              long[][] cells = m.toArray();
              long tp = 0;
              long fp = 0;
              long fn = 0;
              for (int a = 0; a < cells.length; a++) {
                for (int p = 0; p < cells.length; p++) {
                  if (a == p) {
                    tp += cells[a][p];
                  } else {
                    fp += cells[a][p]; // a false positive of p
                    fn += cells[a][p]; // and a false negative of a
                  }
                }
              }
              double precision = (double) tp / (tp + fp);
              double recall = (double) tp / (tp + fn);
              double f1 = 2.0 * tp / (2.0 * tp + fp + fn);
              assertThat(m.precision(Average.MICRO)).isEqualTo(precision);
              assertThat(m.recall(Average.MICRO)).isEqualTo(recall);
              assertThat(m.f1(Average.MICRO)).isEqualTo(f1);
              // For single-label data the three coincide with accuracy.
              assertThat(m.accuracy()).isEqualTo(precision);
            });
  }

  @Test
  void scoresStayInTheirRanges() {
    qt().withFixedSeed(34L)
        .forAll(matrices())
        .checkAssert(
            m -> {
              assertThat(m.matthewsCorrelation())
                  .satisfiesAnyOf(
                      v -> assertThat(v).isBetween(-1.0, 1.0), v -> assertThat(v).isNaN());
              assertThat(m.accuracy()).isBetween(0.0, 1.0);
              assertThat(m.balancedAccuracy()).isBetween(0.0, 1.0);
              double kappa = m.cohenKappa();
              if (!Double.isNaN(kappa)) {
                assertThat(kappa).isBetween(-1.0, 1.0);
              }
              for (Average a : Average.values()) {
                for (double v :
                    new double[] {m.precision(a), m.recall(a), m.f1(a), m.specificity(a)}) {
                  if (!Double.isNaN(v)) {
                    assertThat(v).isBetween(0.0, 1.0);
                  }
                }
              }
              if (m.zeroDivision() != ZeroDivision.NAN) {
                assertThat(m.matthewsCorrelation()).isNotNaN();
                assertThat(m.precision(Average.MACRO)).isNotNaN();
              }
            });
  }

  @Test
  void binaryMccIsThePearsonCorrelationOfTheIndicators() {
    // Commons Math as an independent reference: for two labels MCC is the phi coefficient.
    qt().withFixedSeed(35L)
        .forAll(sizes(), longs().all())
        .checkAssert(
            (n, seed) -> {
              String[][] d = Samples.labels(n, 2, seed, false);
              ConfusionMatrix m = ConfusionMatrix.of(d[0], d[1]);
              double[] a = Arrays.stream(d[0]).mapToDouble(s -> s.equals("yes") ? 1 : 0).toArray();
              double[] p = Arrays.stream(d[1]).mapToDouble(s -> s.equals("yes") ? 1 : 0).toArray();
              boolean constant =
                  Arrays.stream(a).distinct().count() < 2
                      || Arrays.stream(p).distinct().count() < 2;
              if (constant || n < 2) {
                assertThat(m.matthewsCorrelation()).isZero();
              } else {
                double phi = new PearsonsCorrelation().correlation(a, p);
                assertThat(m.matthewsCorrelation()).isCloseTo(phi, within(1e-12));
              }
            });
  }

  @Test
  void mccAndKappaAgreeWithExactArithmeticOnBothSidesOfTheLongPathLimit() {
    // Up to 94,906,265 rows every part is below 2^53 and the long/double path runs; one row more
    // takes the BigInteger path. Both must match the 50-digit reference.
    for (long total : new long[] {94_906_264L, 94_906_265L, 94_906_266L, 94_906_267L}) {
      long tp = total / 3 + 7;
      long fn = total / 5 - 11;
      long fp = total / 7 + 3;
      long[][] counts = {{total - tp - fn - fp, fp}, {fn, tp}};
      ConfusionMatrix m = ConfusionMatrix.fromCounts(counts, java.util.List.of("0", "1"));
      assertThat(m.total()).isEqualTo(total);
      BigDecimal[] exact = exactMccAndKappa(counts);
      assertThat(Samples.close(exact[0].doubleValue(), m.matthewsCorrelation(), 1e-15))
          .as("mcc at n = %d: %s vs %s", total, exact[0], m.matthewsCorrelation())
          .isTrue();
      assertThat(Samples.close(exact[1].doubleValue(), m.cohenKappa(), 1e-15))
          .as("kappa at n = %d", total)
          .isTrue();
    }
  }

  @Test
  void mccAndKappaMatchExactArithmeticOnHugeCounts() {
    // n near 4e12: n² ≈ 1.6e25 overflows long, let alone int.
    qt().withFixedSeed(36L)
        .forAll(integers().between(2, 6), longs().between(0, 1_000_000_000_000L), longs().all())
        .checkAssert(
            (k, scale, seed) -> {
              java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
              long[][] counts = new long[k][k];
              for (long[] row : counts) {
                for (int j = 0; j < k; j++) {
                  row[j] = r.nextLong(scale + 1) + (r.nextInt(k) == 0 ? 0 : scale / 3);
                }
              }
              counts[0][0] += 1;
              java.util.List<String> labels = new java.util.ArrayList<>();
              for (int i = 0; i < k; i++) {
                labels.add("c" + i);
              }
              ConfusionMatrix m = ConfusionMatrix.fromCounts(counts, labels);
              BigDecimal[] exact = exactMccAndKappa(counts);
              if (exact[0] != null) {
                assertThat(Samples.close(exact[0].doubleValue(), m.matthewsCorrelation(), 1e-12))
                    .as("mcc %s vs %s", exact[0], m.matthewsCorrelation())
                    .isTrue();
              }
              if (exact[1] != null) {
                assertThat(Samples.close(exact[1].doubleValue(), m.cohenKappa(), 1e-12)).isTrue();
              }
            });
  }

  /** MCC and kappa from the cli.md formulas in BigDecimal with 50 digits; null when undefined. */
  private static BigDecimal[] exactMccAndKappa(long[][] c) {
    MathContext mc = new MathContext(50);
    int k = c.length;
    BigDecimal n = BigDecimal.ZERO;
    BigDecimal trace = BigDecimal.ZERO;
    BigDecimal[] t = new BigDecimal[k];
    BigDecimal[] p = new BigDecimal[k];
    Arrays.fill(t, BigDecimal.ZERO);
    Arrays.fill(p, BigDecimal.ZERO);
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        BigDecimal v = BigDecimal.valueOf(c[i][j]);
        n = n.add(v);
        t[i] = t[i].add(v);
        p[j] = p[j].add(v);
        if (i == j) {
          trace = trace.add(v);
        }
      }
    }
    BigDecimal sumPt = BigDecimal.ZERO;
    BigDecimal sumPp = BigDecimal.ZERO;
    BigDecimal sumTt = BigDecimal.ZERO;
    for (int i = 0; i < k; i++) {
      sumPt = sumPt.add(p[i].multiply(t[i]));
      sumPp = sumPp.add(p[i].multiply(p[i]));
      sumTt = sumTt.add(t[i].multiply(t[i]));
    }
    BigDecimal num = n.multiply(trace).subtract(sumPt);
    BigDecimal n2 = n.multiply(n);
    BigDecimal den = n2.subtract(sumPp).multiply(n2.subtract(sumTt));
    BigDecimal mcc = den.signum() == 0 ? null : num.divide(den.sqrt(mc), mc);
    BigDecimal kappaDen = n2.subtract(sumPt);
    BigDecimal kappa = kappaDen.signum() == 0 ? null : num.divide(kappaDen, mc);
    return new BigDecimal[] {mcc, kappa};
  }

  @Test
  void perfectPredictionsScoreOne() {
    qt().withFixedSeed(37L)
        .forAll(sizes(), integers().between(1, 8), longs().all())
        .checkAssert(
            (n, k, seed) -> {
              String[][] d = Samples.labels(n, k, seed, true);
              ConfusionMatrix m = ConfusionMatrix.of(d[0], d[1]);
              assertThat(m.accuracy()).isEqualTo(1.0);
              assertThat(m.balancedAccuracy()).isEqualTo(1.0);
              for (int c = 0; c < m.numClasses(); c++) {
                assertThat(m.precision(c)).isEqualTo(1.0);
                assertThat(m.recall(c)).isEqualTo(1.0);
                assertThat(m.f1(c)).isEqualTo(1.0);
              }
              if (m.numClasses() > 1) {
                assertThat(m.matthewsCorrelation()).isEqualTo(1.0);
                assertThat(m.cohenKappa()).isEqualTo(1.0);
              } else {
                assertThat(m.cohenKappa()).isNaN();
                assertThat(m.warnings()).extracting(MetricWarning::metric).contains("cohen_kappa");
              }
            });
  }

  @Test
  void theMatrixDoesNotDependOnRowOrder() {
    qt().withFixedSeed(38L)
        .forAll(sizes(), integers().between(1, 8), longs().all())
        .checkAssert(
            (n, k, seed) -> {
              String[][] d = Samples.labels(n, k, seed, false);
              int[] order = RegressionPropertiesTest.shuffled(n, seed);
              String[] a = new String[n];
              String[] p = new String[n];
              for (int i = 0; i < n; i++) {
                a[i] = d[0][order[i]];
                p[i] = d[1][order[i]];
              }
              assertThat(ConfusionMatrix.of(a, p)).isEqualTo(ConfusionMatrix.of(d[0], d[1]));
            });
  }

  @Test
  void macroAndWeightedAveragesLeaveOutUndefinedEntries() {
    qt().withFixedSeed(39L)
        .forAll(matrices())
        .checkAssert(
            m0 -> {
              ConfusionMatrix m = m0.withZeroDivision(ZeroDivision.NAN);
              double sum = 0;
              int used = 0;
              double wsum = 0;
              long weight = 0;
              for (int c = 0; c < m.numClasses(); c++) {
                double v = m.precision(c);
                if (!Double.isNaN(v)) {
                  sum += v;
                  used++;
                  wsum += v * m.support(c);
                  weight += m.support(c);
                }
              }
              double macro = used == 0 ? Double.NaN : sum / used;
              double weighted = weight == 0 ? Double.NaN : wsum / weight;
              assertThat(Samples.close(macro, m.precision(Average.MACRO), 1e-15)).isTrue();
              assertThat(Samples.close(weighted, m.precision(Average.WEIGHTED), 1e-15)).isTrue();
            });
  }
}
