package io.github.evalkit.tribuo;

import static org.assertj.core.api.Assertions.assertThat;

/** The agreement bar between evalkit and Tribuo: equal to a relative 1e-12. */
final class Agreement {

  static final double RELATIVE = 1e-12;

  private Agreement() {}

  static void assertAgrees(String what, double evalkit, double tribuo) {
    assertThat(Double.isFinite(tribuo))
        .as("%s: Tribuo's value %s is finite", what, tribuo)
        .isTrue();
    double tolerance = RELATIVE * Math.max(Math.abs(evalkit), Math.abs(tribuo));
    assertThat(Math.abs(evalkit - tribuo))
        .as("%s: evalkit %s vs Tribuo %s", what, evalkit, tribuo)
        .isLessThanOrEqualTo(tolerance);
  }
}
