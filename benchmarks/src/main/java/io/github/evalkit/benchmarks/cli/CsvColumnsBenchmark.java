package io.github.evalkit.benchmarks.cli;

import io.github.evalkit.benchmarks.Operation;
import io.github.evalkit.cli.NumericPairs;
import io.github.evalkit.cli.csv.NaTokens;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * CSV file to two primitive columns, as {@code evalkit regress} reads its input (file in the page
 * cache; {@code size} data rows of about 25 bytes, see {@link RegressionCsv}):
 *
 * <ul>
 *   <li>{@code evalkit}: {@code NumericPairs.read}, which takes the plain-file fast path (bytes of
 *       the mapped file, the strict grammar, Eisel-Lemire conversion; two threads on this 2-core
 *       machine for files over 4 MB);
 *   <li>{@code generalReader}: the same with the fast path off: FastCSV's RFC 4180 parser, whose
 *       buffer each cell is parsed from, one thread;
 *   <li>{@code naive}: {@code BufferedReader} + {@code String.split} + {@code Double.parseDouble}
 *       ({@link NaiveCsvColumns}), which checks far less.
 * </ul>
 *
 * <p>How to run: {@code java -jar benchmarks/target/benchmarks.jar cli.CsvColumns}.
 */
@Operation("CLI: CSV file to two numeric columns")
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CsvColumnsBenchmark {

  /** Data rows in the file. */
  @Param({"100000", "2000000"})
  public int size;

  Path file;
  NaTokens na;

  /**
   * Writes the file.
   *
   * @throws IOException if it cannot be written
   */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    file = Files.createTempFile("evalkit-csv-benchmark", ".csv");
    RegressionCsv.write(file, size, 20261125L);
    na = NaTokens.defaults();
  }

  /**
   * Deletes the file.
   *
   * @throws IOException if it cannot be deleted
   */
  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    Files.deleteIfExists(file);
  }

  /**
   * evalkit's reader as the command uses it.
   *
   * @return the columns
   */
  @Benchmark
  public NumericPairs evalkit() {
    return NumericPairs.read(file, ',', na, "actual", "predicted", false, true);
  }

  /**
   * evalkit's general RFC 4180 reader alone.
   *
   * @return the columns
   */
  @Benchmark
  public NumericPairs generalReader() {
    return NumericPairs.read(file, ',', na, "actual", "predicted", false, false);
  }

  /**
   * The loop a user would write.
   *
   * @return the columns
   * @throws IOException if the file cannot be read
   */
  @Benchmark
  public double[][] naive() throws IOException {
    return NaiveCsvColumns.read(file, "actual", "predicted");
  }
}
