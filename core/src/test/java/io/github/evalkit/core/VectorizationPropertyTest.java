package io.github.evalkit.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An unknown {@code -Devalkit.vectorization} is quoted in the warning as it was given. Runs in a
 * JVM of its own, because the provider is chosen once per JVM.
 */
class VectorizationPropertyTest {

  @Test
  void anUnknownValueIsQuotedAsGiven() throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p =
        new ProcessBuilder(
                List.of(
                    java,
                    "-Devalkit.vectorization=Vector",
                    "-cp",
                    System.getProperty("java.class.path"),
                    VectorBitSizePropertyTest.PrintProvider.class.getName()))
            .redirectErrorStream(true)
            .start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as(output).isZero();

    assertThat(output)
        .contains("Unknown value \"Vector\" for -Devalkit.vectorization")
        .contains("provider=scalar");
  }
}
