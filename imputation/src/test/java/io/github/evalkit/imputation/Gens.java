package io.github.evalkit.imputation;

import java.util.Arrays;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

/**
 * The generators of the imputation property tests, in one place. Series reach the edges that matter
 * here: empty, length 1, vector-width tail lengths, all-missing, missing runs at both ends, ties
 * (values drawn from a small palette), ±0, subnormals, values near 1e9 and huge magnitudes; the
 * {@code ...WithInfinities} generators add ±Infinity for the laws that hold with them.
 */
final class Gens {

  /** The seed every property test uses, so a failure reproduces; QuickTheories prints it too. */
  static final long SEED = 0x5EEDL;

  private static final int[] EDGE_LENGTHS = {0, 1, 2, 3, 7, 8, 9, 15, 16, 17, 31, 33, 63, 64, 65};

  private static final double[] SPECIAL = {
    0.0,
    -0.0,
    1.0,
    -1.0,
    Double.MIN_VALUE,
    -Double.MIN_VALUE,
    Double.MIN_NORMAL,
    1e9,
    1e9 + 0.5,
    -1e9,
    1e300,
    -1e300,
    Double.MAX_VALUE,
    -Double.MAX_VALUE
  };

  private static final double[] SPECIAL_AND_INFINITIES = withInfinities(SPECIAL);

  private Gens() {}

  private static double[] withInfinities(double[] special) {
    double[] s = Arrays.copyOf(special, special.length + 2);
    s[special.length] = Double.POSITIVE_INFINITY;
    s[special.length + 1] = Double.NEGATIVE_INFINITY;
    return s;
  }

  /** Finite series with NaN gaps; every shape described in the class comment. */
  static Gen<double[]> series() {
    Gen<double[]> g = Gens::series;
    return g.describedAs(Arrays::toString);
  }

  /** Like {@link #series()}, with ±Infinity among the special values. */
  static Gen<double[]> seriesWithInfinities() {
    Gen<double[]> g = in -> series(in, length(in), true);
    return g.describedAs(Arrays::toString);
  }

  /**
   * Like {@link #series()} with moderate magnitudes (|x| ≤ 1e6), where plain sums cannot overflow.
   */
  static Gen<double[]> moderateSeries() {
    Gen<double[]> g = in -> moderate(series(in));
    return g.describedAs(Arrays::toString);
  }

  /** Entity keys (few entities, so groups interleave) for a series of the given length. */
  static Integer[] groups(org.quicktheories.core.RandomnessSource in, int n) {
    int k = (int) in.next(Constraint.between(1, 4));
    Integer[] g = new Integer[n];
    for (int i = 0; i < n; i++) {
      g[i] = (int) in.next(Constraint.between(0, k - 1));
    }
    return g;
  }

  /** Times with many ties, in no particular order. */
  static double[] times(org.quicktheories.core.RandomnessSource in, int n) {
    double[] t = new double[n];
    for (int i = 0; i < n; i++) {
      t[i] = in.next(Constraint.between(0, Math.max(1, n / 2)));
    }
    return t;
  }

  /** A series with panel structure. */
  static Gen<PanelCase> panelCases() {
    Gen<PanelCase> g =
        in -> {
          double[] v = series(in);
          return new PanelCase(v, groups(in, v.length), times(in, v.length));
        };
    return g.describedAs(PanelCase::toString);
  }

  /** Like {@link #panelCases()}, with ±Infinity among the special values. */
  static Gen<PanelCase> panelCasesWithInfinities() {
    Gen<PanelCase> g =
        in -> {
          double[] v = series(in, length(in), true);
          return new PanelCase(v, groups(in, v.length), times(in, v.length));
        };
    return g.describedAs(PanelCase::toString);
  }

  /**
   * Like {@link #panelCases()} with at least one valid value, so that statistics can be fitted
   * (made so by construction: filtering with assumptions would discard too many cases).
   */
  static Gen<PanelCase> panelCasesWithAValue() {
    Gen<PanelCase> g =
        in -> {
          PanelCase c = panelCases().generate(in);
          if (c.values.length == 0) {
            return new PanelCase(new double[] {1.5}, new Integer[] {0}, new double[] {0});
          }
          if (Arrays.stream(c.values).allMatch(Double::isNaN)) {
            c.values[(int) in.next(Constraint.between(0, c.values.length - 1))] = 1.5;
          }
          return c;
        };
    return g.describedAs(PanelCase::toString);
  }

  /** Values, entity keys and times of one panel. */
  static final class PanelCase {
    final double[] values;
    final Integer[] groups;
    final double[] times;

    PanelCase(double[] values, Integer[] groups, double[] times) {
      this.values = values;
      this.groups = groups;
      this.times = times;
    }

    Panel panel() {
      return Panel.byEntity(groups).orderedBy(times);
    }

    @Override
    public String toString() {
      return "values="
          + Arrays.toString(values)
          + " groups="
          + Arrays.toString(groups)
          + " times="
          + Arrays.toString(times);
    }
  }

  static double[] series(org.quicktheories.core.RandomnessSource in) {
    return series(in, length(in), false);
  }

  /** A series length: one of the edge lengths or any up to 200. */
  static int length(org.quicktheories.core.RandomnessSource in) {
    return in.next(Constraint.between(0, 1)) == 0
        ? EDGE_LENGTHS[(int) in.next(Constraint.between(0, EDGE_LENGTHS.length - 1))]
        : (int) in.next(Constraint.between(0, 200));
  }

  /** A series of length {@code n} in one of the shapes of the class comment. */
  static double[] series(org.quicktheories.core.RandomnessSource in, int n, boolean infinities) {
    int shape = (int) in.next(Constraint.between(0, 5));
    double[] x = new double[n];
    int missingPercent = (int) in.next(Constraint.between(0, 90));
    for (int i = 0; i < n; i++) {
      x[i] = value(in, shape, infinities ? SPECIAL_AND_INFINITIES : SPECIAL);
      if (in.next(Constraint.between(0, 99)) < missingPercent) {
        x[i] = Double.NaN;
      }
    }
    if (n > 0 && shape == 5) {
      Arrays.fill(x, Double.NaN); // all missing
    } else if (n > 2 && in.next(Constraint.between(0, 2)) == 0) {
      // missing runs at both ends
      int lead = (int) in.next(Constraint.between(1, n / 2));
      int trail = (int) in.next(Constraint.between(1, n - lead));
      Arrays.fill(x, 0, lead, Double.NaN);
      Arrays.fill(x, n - trail, n, Double.NaN);
    }
    return x;
  }

  private static double value(
      org.quicktheories.core.RandomnessSource in, int shape, double[] special) {
    switch (shape) {
      case 0: // small palette: ties everywhere
        return in.next(Constraint.between(-3, 3));
      case 1:
        return special[(int) in.next(Constraint.between(0, special.length - 1))];
      case 2:
        return 1e9 + in.next(Constraint.between(-1000, 1000)) / 8.0;
      default:
        return in.next(Constraint.between(-1_000_000, 1_000_000)) / 64.0;
    }
  }

  private static double[] moderate(double[] x) {
    double[] y = x.clone();
    for (int i = 0; i < y.length; i++) {
      if (Math.abs(y[i]) > 1e6) {
        y[i] = Math.IEEEremainder(y[i], 1e6);
      }
    }
    return y;
  }
}
