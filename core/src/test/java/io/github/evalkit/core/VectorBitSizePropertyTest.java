package io.github.evalkit.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code -Devalkit.vectorBitSize} outside 128, 256 and 512 keeps the vector provider at its default
 * width and says so in a warning that names the property and the value. Each case runs in a JVM of
 * its own, because the width is chosen once per JVM.
 */
class VectorBitSizePropertyTest {

  @ParameterizedTest
  @ValueSource(strings = {"64", "32", "abc", "-1", " 1024 "})
  void anUnsupportedWidthIsReportedAndTheDefaultIsUsed(String bits)
      throws IOException, InterruptedException {
    String output =
        ChildJvm.printProvider(
            "--add-modules",
            "jdk.incubator.vector",
            "-Devalkit.vectorization=auto",
            "-Devalkit.vectorBitSize=" + bits);

    assertThat(output)
        .contains("provider=vector(")
        .contains("Unknown value \"" + bits + "\" for -Devalkit.vectorBitSize")
        .doesNotContain("scalar kernels");
  }
}
