package io.github.evalkit.imputation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.evalkit.core.ArrayKernels;
import org.junit.jupiter.api.Test;

/**
 * The suite runs once per kernel provider (two Surefire executions, see the pom); this pins that
 * each execution really got the provider it is meant to check, so a missing Vector API module fails
 * here instead of silently testing the scalar path twice.
 */
class ProviderInUseTest {

  @Test
  void eachTestRunUsesTheProviderItIsMeantToCheck() {
    String expected = System.getProperty("evalkit.test.expectedProvider");
    assumeTrue(expected != null, "run outside the pom's two Surefire executions");
    assertThat(ArrayKernels.providerName()).startsWith(expected);
  }
}
