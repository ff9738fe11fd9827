package io.github.evalkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.evalkit.core.ArrayKernels;
import org.junit.jupiter.api.Test;

/**
 * The agreement tests run once per provider (two Surefire executions, see the pom); this pins that
 * each execution really got the provider it is meant to check.
 */
class ProviderInUseTest {

  @Test
  void eachTestRunUsesTheProviderItIsMeantToCheck() {
    String expected = System.getProperty("evalkit.test.expectedProvider");
    assumeTrue(expected != null, "run outside the pom's two Surefire executions");
    assertThat(ArrayKernels.providerName()).startsWith(expected);
  }
}
