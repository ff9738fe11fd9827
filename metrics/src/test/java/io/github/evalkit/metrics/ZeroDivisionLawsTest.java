package io.github.evalkit.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.evalkit.metrics.MetricWarning.Kind;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/**
 * The zero-division policy decides a per-label score exactly when its denominator is 0; under
 * {@link ZeroDivision#WARN} each such score of the report has its warning, and nothing else does.
 * Every count below is taken from {@link ConfusionMatrix#toArray()}, not from the matrix's own
 * tp/fp/fn/tn.
 */
class ZeroDivisionLawsTest {

  private static final double[] BETAS = {0, 0.5, 2};

  /** tp, fp, fn, tn of label {@code c}, summed from the cells. */
  static long[] counts(long[][] cells, int c) {
    long tp = 0;
    long fp = 0;
    long fn = 0;
    long tn = 0;
    for (int a = 0; a < cells.length; a++) {
      for (int p = 0; p < cells.length; p++) {
        long v = cells[a][p];
        if (a == c && p == c) {
          tp += v;
        } else if (p == c) {
          fp += v;
        } else if (a == c) {
          fn += v;
        } else {
          tn += v;
        }
      }
    }
    return new long[] {tp, fp, fn, tn};
  }

  /** {@code num/den} to 40 digits, as a double. */
  private static double exact(BigDecimal num, BigDecimal den) {
    return num.divide(den, new MathContext(40)).doubleValue();
  }

  private static void assertScore(
      double value, BigDecimal num, BigDecimal den, ZeroDivision policy, String what) {
    if (den.signum() == 0) {
      LawMatrices.assertSameValue(policy.undefinedValue(), value, what + " (zero denominator)");
    } else {
      double want = exact(num, den);
      assertThat(value).as(what).isNotNaN();
      assertThat(Math.abs(value - want)).as("%s: %s vs %s", what, value, want).isLessThan(1e-15);
    }
  }

  @Test
  void thePolicyDecidesExactlyTheScoresWithAZeroDenominator() {
    qt().withFixedSeed(301L)
        .forAll(LawMatrices.matrices())
        .checkAssert(
            m -> {
              long[][] cells = m.toArray();
              ZeroDivision policy = m.zeroDivision();
              for (int c = 0; c < m.numClasses(); c++) {
                long[] t = counts(cells, c);
                BigDecimal tp = BigDecimal.valueOf(t[0]);
                BigDecimal fp = BigDecimal.valueOf(t[1]);
                BigDecimal fn = BigDecimal.valueOf(t[2]);
                BigDecimal tn = BigDecimal.valueOf(t[3]);
                String label = m.labels().get(c);
                assertScore(m.precision(c), tp, tp.add(fp), policy, "precision " + label);
                assertScore(m.precision(label), tp, tp.add(fp), policy, "precision " + label);
                assertScore(m.recall(c), tp, tp.add(fn), policy, "recall " + label);
                BigDecimal twoTp = tp.add(tp);
                assertScore(m.f1(c), twoTp, twoTp.add(fp).add(fn), policy, "f1 " + label);
                assertScore(m.specificity(c), tn, tn.add(fp), policy, "specificity " + label);
                for (double beta : BETAS) {
                  BigDecimal b2 = new BigDecimal(beta).pow(2);
                  BigDecimal onePlus = BigDecimal.ONE.add(b2).multiply(tp);
                  assertScore(
                      m.fBeta(c, beta),
                      onePlus,
                      onePlus.add(b2.multiply(fn)).add(fp),
                      policy,
                      "f" + beta + " " + label);
                }
              }
            });
  }

  private static MetricWarning zeroDivision(String metric) {
    return new MetricWarning(
        Kind.ZERO_DIVISION,
        metric,
        metric + " is ill-defined (zero denominator) and set to 0; use ZeroDivision to choose");
  }

  /** The warnings the report should carry, built from the cells alone. */
  static List<MetricWarning> expectedWarnings(ConfusionMatrix m, String positive) {
    long[][] cells = m.toArray();
    int k = cells.length;
    boolean warn = m.zeroDivision() == ZeroDivision.WARN;
    List<MetricWarning> out = new ArrayList<>();
    long n = 0;
    long trace = 0;
    long[] rows = new long[k];
    long[] columns = new long[k];
    for (int a = 0; a < k; a++) {
      for (int p = 0; p < k; p++) {
        n += cells[a][p];
        rows[a] += cells[a][p];
        columns[p] += cells[a][p];
      }
      trace += cells[a][a];
    }
    for (int c = 0; c < k; c++) {
      long[] t = counts(cells, c);
      String label = m.labels().get(c);
      if (warn && t[0] + t[1] == 0) {
        out.add(zeroDivision("precision(" + label + ")"));
      }
      if (warn && t[0] + t[2] == 0) {
        out.add(zeroDivision("recall(" + label + ")"));
      }
      if (warn && 2 * t[0] + t[1] + t[2] == 0) {
        out.add(zeroDivision("f1(" + label + ")"));
      }
    }
    // MCC's denominator (n² − Σp²)(n² − Σt²) is 0 when only one label is predicted, or only one is
    // actual; kappa's 1 − p_e is 0 when one label is everywhere. Both in exact integers.
    long total = n;
    long onlyPredicted = java.util.Arrays.stream(columns).filter(v -> v == total).count();
    long onlyActual = java.util.Arrays.stream(rows).filter(v -> v == total).count();
    if (warn && (onlyPredicted > 0 || onlyActual > 0)) {
      out.add(zeroDivision("mcc"));
    }
    boolean oneLabelEverywhere = false;
    for (int c = 0; c < k; c++) {
      oneLabelEverywhere |= cells[c][c] == n;
    }
    if (oneLabelEverywhere) {
      out.add(
          new MetricWarning(
              Kind.UNDEFINED,
              "cohen_kappa",
              "cohen_kappa is undefined: chance agreement p_e = 1 (one label everywhere)"));
    }
    if (positive != null) {
      long[] t = counts(cells, m.indexOf(positive));
      if (warn && t[3] + t[1] == 0) {
        out.add(zeroDivision("specificity(" + positive + ")"));
      }
    }
    long best = java.util.Arrays.stream(rows).max().getAsLong();
    if (trace <= best) {
      String label = null;
      for (int c = 0; c < k && label == null; c++) {
        label = rows[c] == best ? m.labels().get(c) : null;
      }
      out.add(
          new MetricWarning(
              Kind.BASELINE_NOT_BEATEN,
              "accuracy",
              String.format(
                  Locale.ROOT,
                  "accuracy %.3f does not beat the majority-class baseline (always predicting '%s'"
                      + " scores %.3f)",
                  (double) trace / n,
                  label,
                  (double) best / n)));
    }
    return out;
  }

  @Test
  void theWarningsAreExactlyTheUndefinedFigures() {
    qt().withFixedSeed(302L)
        .forAll(LawMatrices.matrices(), longs().all())
        .checkAssert(
            (m, seed) -> {
              assertThat(ClassificationReport.of(m).warnings())
                  .as(LawMatrices.describe(m))
                  .containsExactlyElementsOf(expectedWarnings(m, null));
              assertThat(m.warnings()).containsExactlyElementsOf(expectedWarnings(m, null));
              // A positive label that occurs somewhere adds its specificity.
              List<String> candidates = new ArrayList<>();
              for (int c = 0; c < m.numClasses(); c++) {
                if (m.support(c) > 0 || m.predictedCount(c) > 0) {
                  candidates.add(m.labels().get(c));
                }
              }
              String positive =
                  candidates.get(new SplittableRandom(seed).nextInt(candidates.size()));
              assertThat(ClassificationReport.of(m).withPositiveLabel(positive).warnings())
                  .as(LawMatrices.describe(m) + " positive " + positive)
                  .containsExactlyElementsOf(expectedWarnings(m, positive));
            });
  }

  @Test
  void theBinaryViewWarnsAboutItsOwnUndefinedScores() {
    qt().withFixedSeed(303L)
        .forAll(LawMatrices.matrices(), integers().between(0, 7))
        .checkAssert(
            (m, pick) -> {
              int c = pick % m.numClasses();
              String label = m.labels().get(c);
              long[] t = counts(m.toArray(), c);
              List<MetricWarning> want = new ArrayList<>();
              if (m.zeroDivision() == ZeroDivision.WARN) {
                if (t[0] + t[1] == 0) {
                  want.add(zeroDivision("precision(" + label + ")"));
                }
                if (t[0] + t[2] == 0) {
                  want.add(zeroDivision("recall(" + label + ")"));
                }
                if (2 * t[0] + t[1] + t[2] == 0) {
                  want.add(zeroDivision("f1(" + label + ")"));
                }
                if (t[3] + t[1] == 0) {
                  want.add(zeroDivision("specificity(" + label + ")"));
                }
              }
              assertThat(m.binary(label).warnings())
                  .as(LawMatrices.describe(m) + " positive " + label)
                  .containsExactlyElementsOf(want);
            });
  }

  @Test
  void kappaIsUndefinedWhenOneLabelIsEverywhereUnderEveryPolicy() {
    qt().withFixedSeed(304L)
        .forAll(
            integers().between(1, 8),
            integers().between(0, 7),
            longs().between(1, 1L << 40),
            Generate.enumValues(ZeroDivision.class))
        .checkAssert(
            (k, pick, count, policy) -> {
              long[][] cells = new long[k][k];
              int c = pick % k;
              cells[c][c] = count;
              ConfusionMatrix m =
                  ConfusionMatrix.fromCounts(cells, LawMatrices.NAMES.subList(0, k))
                      .withZeroDivision(policy);
              ClassificationReport report = ClassificationReport.of(m);
              assertThat(m.cohenKappa()).as(LawMatrices.describe(m)).isNaN();
              assertThat(report.cohenKappa()).isNaN();
              assertThat(report.warnings())
                  .filteredOn(w -> w.metric().equals("cohen_kappa"))
                  .extracting(MetricWarning::kind)
                  .containsExactly(Kind.UNDEFINED);
            });
  }
}
