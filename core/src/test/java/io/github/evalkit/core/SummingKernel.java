package io.github.evalkit.core;

import io.github.evalkit.core.internal.KernelSupport;

/**
 * Every summing kernel, described once for the accuracy and agreement properties: how to call it on
 * a {@link EdgeCases.Case}, its exact term, the term a plain loop adds (the reference for
 * non-finite inputs) and which error bound applies.
 */
enum SummingKernel {
  SQUARED_DIFFERENCES(true) {
    @Override
    double run(KernelSupport k, EdgeCases.Case c) {
      return k.sumOfSquaredDifferences(c.a, c.b, c.from, c.to);
    }

    @Override
    Dyadic exactTerm(EdgeCases.Case c, int i) {
      Dyadic d = Dyadic.of(c.a[i]).subtract(Dyadic.of(c.b[i]));
      return d.multiply(d);
    }

    @Override
    double plainTerm(EdgeCases.Case c, int i) {
      double d = c.a[i] - c.b[i];
      return d * d;
    }
  },
  ABSOLUTE_DIFFERENCES(true) {
    @Override
    double run(KernelSupport k, EdgeCases.Case c) {
      return k.sumOfAbsoluteDifferences(c.a, c.b, c.from, c.to);
    }

    @Override
    Dyadic exactTerm(EdgeCases.Case c, int i) {
      return Dyadic.of(c.a[i]).subtract(Dyadic.of(c.b[i])).abs();
    }

    @Override
    double plainTerm(EdgeCases.Case c, int i) {
      return Math.abs(c.a[i] - c.b[i]);
    }
  },
  SQUARES_ABOUT_SHIFT(true) {
    @Override
    double run(KernelSupport k, EdgeCases.Case c) {
      return k.sumOfSquaresAbout(c.a, shift(c), c.from, c.to);
    }

    @Override
    Dyadic exactTerm(EdgeCases.Case c, int i) {
      Dyadic d = Dyadic.of(c.a[i]).subtract(Dyadic.of(shift(c)));
      return d.multiply(d);
    }

    @Override
    double plainTerm(EdgeCases.Case c, int i) {
      double d = c.a[i] - shift(c);
      return d * d;
    }
  },
  WEIGHTED_SQUARED_DIFFERENCES(true) {
    @Override
    double run(KernelSupport k, EdgeCases.Case c) {
      return k.weightedSumOfSquaredDifferences(c.a, c.b, c.w, c.from, c.to);
    }

    @Override
    Dyadic exactTerm(EdgeCases.Case c, int i) {
      Dyadic d = Dyadic.of(c.a[i]).subtract(Dyadic.of(c.b[i]));
      return Dyadic.of(c.w[i]).multiply(d).multiply(d);
    }

    @Override
    double plainTerm(EdgeCases.Case c, int i) {
      double d = c.a[i] - c.b[i];
      return c.w[i] * (d * d);
    }
  },
  WEIGHTED_ABSOLUTE_DIFFERENCES(true) {
    @Override
    double run(KernelSupport k, EdgeCases.Case c) {
      return k.weightedSumOfAbsoluteDifferences(c.a, c.b, c.w, c.from, c.to);
    }

    @Override
    Dyadic exactTerm(EdgeCases.Case c, int i) {
      return Dyadic.of(c.w[i]).multiply(Dyadic.of(c.a[i]).subtract(Dyadic.of(c.b[i])).abs());
    }

    @Override
    double plainTerm(EdgeCases.Case c, int i) {
      return c.w[i] * Math.abs(c.a[i] - c.b[i]);
    }
  },
  SUM(false) {
    @Override
    double run(KernelSupport k, EdgeCases.Case c) {
      return k.sum(c.a, c.from, c.to);
    }

    @Override
    Dyadic exactTerm(EdgeCases.Case c, int i) {
      return Dyadic.of(c.a[i]);
    }

    @Override
    double plainTerm(EdgeCases.Case c, int i) {
      return c.a[i];
    }
  },
  WEIGHTED_SUM(false) {
    @Override
    double run(KernelSupport k, EdgeCases.Case c) {
      return k.weightedSum(c.a, c.w, c.from, c.to);
    }

    @Override
    Dyadic exactTerm(EdgeCases.Case c, int i) {
      return Dyadic.of(c.w[i]).multiply(Dyadic.of(c.a[i]));
    }

    @Override
    double plainTerm(EdgeCases.Case c, int i) {
      return c.w[i] * c.a[i];
    }
  },
  SUM_IGNORING_NAN(false) {
    @Override
    double run(KernelSupport k, EdgeCases.Case c) {
      double[] out = new double[2];
      k.sumAndCountIgnoringNaN(c.a, c.from, c.to, out);
      return out[0];
    }

    @Override
    Dyadic exactTerm(EdgeCases.Case c, int i) {
      return Double.isNaN(c.a[i]) ? null : Dyadic.of(c.a[i]);
    }

    @Override
    double plainTerm(EdgeCases.Case c, int i) {
      return Double.isNaN(c.a[i]) ? 0.0 : c.a[i];
    }

    @Override
    boolean skipsNaN() {
      return true;
    }
  },
  MOMENTS_SQUARED(true) {
    @Override
    double run(KernelSupport k, EdgeCases.Case c) {
      return moment(k, c, ArrayKernels.SUM_SQUARED);
    }

    @Override
    Dyadic exactTerm(EdgeCases.Case c, int i) {
      return SQUARED_DIFFERENCES.exactTerm(c, i);
    }

    @Override
    double plainTerm(EdgeCases.Case c, int i) {
      return SQUARED_DIFFERENCES.plainTerm(c, i);
    }
  },
  MOMENTS_ABSOLUTE(true) {
    @Override
    double run(KernelSupport k, EdgeCases.Case c) {
      return moment(k, c, ArrayKernels.SUM_ABSOLUTE);
    }

    @Override
    Dyadic exactTerm(EdgeCases.Case c, int i) {
      return ABSOLUTE_DIFFERENCES.exactTerm(c, i);
    }

    @Override
    double plainTerm(EdgeCases.Case c, int i) {
      return ABSOLUTE_DIFFERENCES.plainTerm(c, i);
    }
  },
  MOMENTS_DIFFERENCE(false) {
    @Override
    double run(KernelSupport k, EdgeCases.Case c) {
      return moment(k, c, ArrayKernels.SUM_DIFFERENCE);
    }

    @Override
    Dyadic exactTerm(EdgeCases.Case c, int i) {
      return Dyadic.of(c.a[i]).subtract(Dyadic.of(c.b[i]));
    }

    @Override
    double plainTerm(EdgeCases.Case c, int i) {
      return c.a[i] - c.b[i];
    }
  },
  MOMENTS_FIRST(false) {
    @Override
    double run(KernelSupport k, EdgeCases.Case c) {
      return moment(k, c, ArrayKernels.SUM_FIRST);
    }

    @Override
    Dyadic exactTerm(EdgeCases.Case c, int i) {
      return SUM.exactTerm(c, i);
    }

    @Override
    double plainTerm(EdgeCases.Case c, int i) {
      return SUM.plainTerm(c, i);
    }
  };

  /** True when every term is non-negative, so the 1e-15 relative bound applies. */
  final boolean nonNegativeTerms;

  SummingKernel(boolean nonNegativeTerms) {
    this.nonNegativeTerms = nonNegativeTerms;
  }

  abstract double run(KernelSupport k, EdgeCases.Case c);

  /** The exact term at {@code i}, or null when the kernel skips the element. */
  abstract Dyadic exactTerm(EdgeCases.Case c, int i);

  /** The term as the plain left-to-right loop computes it. */
  abstract double plainTerm(EdgeCases.Case c, int i);

  boolean skipsNaN() {
    return false;
  }

  double relativeBound() {
    return nonNegativeTerms ? ExactSums.NON_NEGATIVE_RELATIVE : ExactSums.SIGNED_RELATIVE;
  }

  /**
   * Whether a term the plain loop adds is NaN or infinite (a NaN or infinite input, or a product
   * that overflows): then the kernel must give the plain loop's IEEE 754 answer.
   */
  boolean hasNonFiniteTerm(EdgeCases.Case c) {
    for (int i = c.from; i < c.to; i++) {
      if (!Double.isFinite(plainTerm(c, i))) {
        return true;
      }
    }
    return false;
  }

  /** The plain left-to-right sum: IEEE 754's answer for NaN and infinite inputs. */
  double plainSum(EdgeCases.Case c) {
    double s = 0;
    for (int i = c.from; i < c.to; i++) {
      s += plainTerm(c, i);
    }
    return s;
  }

  // The shift for the two-pass variance kernel: a value from the data, as a mean would be.
  static double shift(EdgeCases.Case c) {
    return c.count() == 0 || !Double.isFinite(c.b[c.from]) ? 0.5 : c.b[c.from];
  }

  private static double moment(KernelSupport k, EdgeCases.Case c, int index) {
    double[] out = new double[ArrayKernels.ERROR_MOMENTS_LENGTH];
    k.errorMoments(c.a, c.b, c.from, c.to, out);
    return out[index];
  }
}
