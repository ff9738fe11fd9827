package io.github.evalkit.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.evalkit.core.internal.KernelProvider;
import io.github.evalkit.core.internal.ScalarKernels;
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
    if (expected.equals("vector")) {
      assertThat(KernelProvider.get()).isNotSameAs(ScalarKernels.INSTANCE);
      assertThat(KernelProvider.get().getClass().getSimpleName()).isEqualTo("VectorKernels");
    }
    if (expected.equals("scalar")) {
      assertThat(KernelProvider.get()).isSameAs(ScalarKernels.INSTANCE);
    }
    String bits = System.getProperty("evalkit.vectorBitSize", "");
    if (!bits.isEmpty() && expected.equals("vector")) {
      assertThat(actual).startsWith("vector(" + bits + " bits");
    }
  }

  @Test
  void theProviderIsChosenOnce() {
    assertThat(KernelProvider.get()).isSameAs(KernelProvider.get());
    assertThat(ArrayKernels.providerName()).isEqualTo(KernelProvider.get().name());
  }
}
