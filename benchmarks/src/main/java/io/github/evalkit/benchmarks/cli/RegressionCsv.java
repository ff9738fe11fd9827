package io.github.evalkit.benchmarks.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes the benchmarks' regression file: a header {@code actual,predicted}, the actual value a
 * price-like decimal with two places, the predicted one that value plus Gaussian noise written as
 * Java's shortest round-trip text (up to 17 significant digits, as numpy and pandas write floats).
 * The same shape as {@code benchmarks/cli-data.py} writes for the end-to-end timing.
 */
public final class RegressionCsv {
  private RegressionCsv() {}

  /**
   * Writes the file.
   *
   * @param file where to write
   * @param rows the number of data rows
   * @param seed the random seed
   * @throws IOException if the file cannot be written
   */
  public static void write(Path file, int rows, long seed) throws IOException {
    Random random = new Random(seed);
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("actual,predicted\n");
      for (int i = 0; i < rows; i++) {
        int cents = random.nextInt(100_000);
        double actual = cents / 100.0;
        out.write(Integer.toString(cents / 100));
        out.write('.');
        out.write(cents % 100 < 10 ? "0" : "");
        out.write(Integer.toString(cents % 100));
        out.write(',');
        out.write(Double.toString(actual + 25 * random.nextGaussian()));
        out.write('\n');
      }
    }
  }
}
