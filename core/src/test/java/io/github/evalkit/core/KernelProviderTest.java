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
    if (expected.equals("vector")) {
      // The requested width, or the default cap of 256 bits, unless the CPU's is narrower.
      String bits = System.getProperty("evalkit.vectorBitSize", "");
      int requested = bits.isEmpty() ? 256 : Integer.parseInt(bits);
      int inUse = Integer.parseInt(actual.replaceFirst("vector\\((\\d+) bits.*", "$1"));
      assertThat(inUse).isLessThanOrEqualTo(requested);
      if (requested <= 256 || cpuHasAvx512()) { // every x86-64 CI machine has AVX2
        assertThat(inUse).isEqualTo(requested);
      }
    }
  }

  @Test
  void theProviderIsChosenOnce() {
    assertThat(KernelProvider.get()).isSameAs(KernelProvider.get());
    assertThat(ArrayKernels.providerName()).isEqualTo(KernelProvider.get().name());
  }

  private static boolean cpuHasAvx512() {
    try {
      return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/cpuinfo"))
          .contains(" avx512f");
    } catch (java.io.IOException | RuntimeException e) {
      return false; // not Linux: only the upper bound is checked
    }
  }
}
