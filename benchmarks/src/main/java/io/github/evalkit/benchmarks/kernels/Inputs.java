package io.github.evalkit.benchmarks.kernels;

import java.util.SplittableRandom;

/** Seeded input arrays shared by the kernel benchmarks, so every variant sees the same data. */
final class Inputs {

  private Inputs() {}

  static double[] uniform(int size, long seed) {
    return new SplittableRandom(seed).doubles(size, 0, 1000).toArray();
  }

  static double[] withNaN(int size, double nanFraction, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double[] x = new double[size];
    for (int i = 0; i < size; i++) {
      x[i] = random.nextDouble() < nanFraction ? Double.NaN : random.nextDouble(0, 1000);
    }
    return x;
  }

  static int[] codes(int size, int k, long seed) {
    return new SplittableRandom(seed).ints(size, 0, k).toArray();
  }
}
