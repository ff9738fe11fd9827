package io.github.evalkit.benchmarks.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The CSV reader a user would write: {@code BufferedReader.readLine}, {@code String.split} and
 * {@code Double.parseDouble} into growing arrays. It handles no quotes, missing values, BOM or
 * errors beyond Java's own exceptions, and accepts what Java accepts ({@code 1d}, {@code Infinity},
 * hex), so it does less than evalkit's reader.
 */
public final class NaiveCsvColumns {
  private NaiveCsvColumns() {}

  /**
   * Reads two named columns.
   *
   * @param file the file, with a header row
   * @param first the first column's name
   * @param second the second column's name
   * @return the two columns
   * @throws IOException if the file cannot be read
   */
  public static double[][] read(Path file, String first, String second) throws IOException {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      List<String> header = Arrays.asList(in.readLine().split(","));
      int a = header.indexOf(first);
      int b = header.indexOf(second);
      double[] x = new double[1024];
      double[] y = new double[1024];
      int n = 0;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.isEmpty()) {
          continue;
        }
        String[] cells = line.split(",");
        if (n == x.length) {
          x = Arrays.copyOf(x, 2 * n);
          y = Arrays.copyOf(y, 2 * n);
        }
        x[n] = Double.parseDouble(cells[a]);
        y[n] = Double.parseDouble(cells[b]);
        n++;
      }
      return new double[][] {Arrays.copyOf(x, n), Arrays.copyOf(y, n)};
    }
  }
}
