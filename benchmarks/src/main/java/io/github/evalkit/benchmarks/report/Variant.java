package io.github.evalkit.benchmarks.report;

import java.util.Locale;

/**
 * What a benchmark method measures, read from its name (and its class's, for the ceiling): the
 * straightforward loop, a peer library, evalkit with one provider, or the read ceiling.
 */
public enum Variant {
  /** The straightforward single-accumulator loop; methods named {@code naive…}. */
  NAIVE("naive loop"),
  /** Apache Commons Math 3.6.1; methods named {@code commonsMath…}. */
  COMMONS_MATH("Commons Math"),
  /** Tribuo 4.3; methods named {@code tribuo…}. */
  TRIBUO("Tribuo"),
  /** evalkit forced to the scalar provider; methods ending in {@code Scalar}. */
  EVALKIT_SCALAR("evalkit scalar"),
  /** evalkit with the Vector API provider; methods ending in {@code Vector}. */
  EVALKIT_VECTOR("evalkit vector"),
  /** evalkit's opt-in parallel kernel, scalar provider; methods named {@code parallel…Scalar}. */
  EVALKIT_PARALLEL_SCALAR("evalkit parallel, scalar"),
  /**
   * evalkit's opt-in parallel kernel, Vector API provider; methods named {@code parallel…Vector}.
   */
  EVALKIT_PARALLEL_VECTOR("evalkit parallel, vector"),
  /** evalkit with the provider picked by default; other methods named {@code evalkit…}. */
  EVALKIT("evalkit"),
  /** Uncompensated vector lanes, a reference for what the hardware allows; {@code plainVector…}. */
  PLAIN_VECTOR_LANES("plain vector lanes (reference, uncompensated)"),
  /** A memory-read ceiling: classes or methods named with "ceiling" or "bandwidth". */
  CEILING("read ceiling"),
  /** Anything else, shown under its method name. */
  OTHER("other");

  private final String title;

  Variant(String title) {
    this.title = title;
  }

  /**
   * The variant's name in a table.
   *
   * @return e.g. "naive loop"
   */
  public String title() {
    return title;
  }

  /**
   * Whether ratios to this variant are worth a column: the naive loop and the peer libraries.
   *
   * @return true for the baselines
   */
  public boolean isBaseline() {
    return this == NAIVE || this == COMMONS_MATH || this == TRIBUO;
  }

  /**
   * Classifies a benchmark method.
   *
   * @param className the benchmark class's simple name
   * @param method the method's name
   * @return its variant
   */
  public static Variant of(String className, String method) {
    String m = method.toLowerCase(Locale.ROOT);
    String c = className.toLowerCase(Locale.ROOT);
    if (m.contains("ceiling")
        || m.contains("bandwidth")
        || c.contains("ceiling")
        || c.contains("bandwidth")) {
      return CEILING;
    }
    if (m.startsWith("naive")) {
      return NAIVE;
    }
    if (m.startsWith("plainvector")) {
      return PLAIN_VECTOR_LANES;
    }
    if (m.startsWith("commons")) {
      return COMMONS_MATH;
    }
    if (m.startsWith("tribuo")) {
      return TRIBUO;
    }
    if (m.startsWith("parallel") && m.endsWith("scalar")) {
      return EVALKIT_PARALLEL_SCALAR;
    }
    if (m.startsWith("parallel") && m.endsWith("vector")) {
      return EVALKIT_PARALLEL_VECTOR;
    }
    if (m.endsWith("scalar")) {
      return EVALKIT_SCALAR;
    }
    if (m.endsWith("vector")) {
      return EVALKIT_VECTOR;
    }
    if (m.startsWith("evalkit")) {
      return EVALKIT;
    }
    return OTHER;
  }
}
