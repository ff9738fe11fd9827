package io.github.evalkit.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * An unknown {@code -Devalkit.vectorization} is quoted in the warning as it was given. Runs in a
 * JVM of its own, because the provider is chosen once per JVM.
 */
class VectorizationPropertyTest {

  @Test
  void anUnknownValueIsQuotedAsGiven() throws IOException, InterruptedException {
    String output = ChildJvm.printProvider("-Devalkit.vectorization=Vector");

    assertThat(output)
        .contains("Unknown value \"Vector\" for -Devalkit.vectorization")
        .contains("provider=scalar");
  }
}
