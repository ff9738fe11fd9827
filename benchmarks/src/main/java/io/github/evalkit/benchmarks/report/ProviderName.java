package io.github.evalkit.benchmarks.report;

import io.github.evalkit.core.ArrayKernels;

/** Prints the name of the kernel provider this JVM picks, for the environment notes of a run. */
public final class ProviderName {

  private ProviderName() {}

  /**
   * Prints {@link ArrayKernels#providerName()} on one line.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    System.out.println(ArrayKernels.providerName());
  }
}
