package io.github.evalkit.core;

import io.github.evalkit.core.internal.KernelProvider;
import io.github.evalkit.core.internal.KernelSupport;
import io.github.evalkit.core.internal.ScalarKernels;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;

/**
 * The providers under test: the scalar one, created directly, and the one the facade uses (the
 * vector provider in the build's vector run, which {@link KernelProviderTest} checks).
 */
final class Providers {

  private Providers() {}

  static KernelSupport scalar() {
    return ScalarKernels.INSTANCE;
  }

  static KernelSupport active() {
    return KernelProvider.get();
  }

  static Stream<Named<KernelSupport>> both() {
    return Stream.of(Named.of("scalar", scalar()), Named.of("active " + active().name(), active()));
  }
}
