package io.github.evalkit.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KernelProviderTest {

  /**
   * The build runs this suite once per provider and says which one it expects, so a missing Vector
   * API module fails here instead of silently testing the scalar path twice.
   */
  @Test
  void theExpectedProviderIsInUse() {
    String expected = System.getProperty("evalkit.test.expectedProvider", "");
    String actual = ArrayKernels.providerName();
    if (expected.isEmpty()) {
      assertThat(actual).matches("scalar|vector\\(.*\\)");
    } else {
      assertThat(actual).startsWith(expected);
    }
  }
}
