package io.github.evalkit.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code -Devalkit.vectorBitSize} outside 128, 256 and 512 keeps the vector provider at its default
 * width and says so in a warning that names the property and the value. Each case runs in a JVM of
 * its own, because the width is chosen once per JVM.
 */
class VectorBitSizePropertyTest {

  /** Prints the provider's name; run in the child JVM. */
  public static final class PrintProvider {
    private PrintProvider() {}

    public static void main(String[] args) {
      System.out.println("provider=" + ArrayKernels.providerName());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"64", "32", "abc", "-1", " 1024 "})
  void anUnsupportedWidthIsReportedAndTheDefaultIsUsed(String bits)
      throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p =
        new ProcessBuilder(
                List.of(
                    java,
                    "--add-modules",
                    "jdk.incubator.vector",
                    "-Devalkit.vectorization=auto",
                    "-Devalkit.vectorBitSize=" + bits,
                    "-cp",
                    System.getProperty("java.class.path"),
                    PrintProvider.class.getName()))
            .redirectErrorStream(true)
            .start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as(output).isZero();

    assertThat(output)
        .contains("provider=vector(")
        .contains("Unknown value \"" + bits + "\" for -Devalkit.vectorBitSize")
        .doesNotContain("scalar kernels");
  }
}
