package io.github.evalkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs {@code java -jar cli/target/evalkit.jar} as a separate process, as users do. */
class ExecutableJarIT {

  @TempDir Path dir;

  private record Result(int exitCode, String out, String err) {}

  private static Result java(String... args) throws Exception {
    String jar = System.getProperty("evalkit.jar", "target/evalkit.jar");
    List<String> command = new ArrayList<>();
    command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(jar);
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    Path out = Files.createTempFile("evalkit-out", ".txt");
    Path err = Files.createTempFile("evalkit-err", ".txt");
    builder.redirectOutput(out.toFile()).redirectError(err.toFile());
    Process p = builder.start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    Result r =
        new Result(
            p.exitValue(),
            Files.readString(out, StandardCharsets.UTF_8),
            Files.readString(err, StandardCharsets.UTF_8));
    Files.delete(out);
    Files.delete(err);
    return r;
  }

  @Test
  void demoRunsFromTheJarWithoutFilesAndWithoutLogNoise() throws Exception {
    Result r = java("demo");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("$ evalkit impute patient-readings.csv");
    // Only the JVM's own incubator notice may appear; evalkit's INFO log line stays quiet.
    assertThat(r.err().lines().filter(l -> !l.startsWith("WARNING: Using incubator modules")))
        .isEmpty();
  }

  @Test
  void badInputExitsWithTwoAndNothingOnStdout() throws Exception {
    Path csv = dir.resolve("bad.csv");
    Files.writeString(csv, "y,yhat\n1,0x10\n");
    Result r = java("regress", csv.toString(), "--actual", "y", "--predicted", "yhat");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("bad.csv, line 2, column \"yhat\": \"0x10\"");
  }

  @Test
  void nonAsciiLabelsArePrintedAsUtf8() throws Exception {
    Path csv = dir.resolve("labels.csv");
    Files.writeString(csv, "a,p\nJosé,José\nZoë,José\n", StandardCharsets.UTF_8);
    Result r =
        java("classify", csv.toString(), "--actual", "a", "--predicted", "p", "--format", "json");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("\"José\"").contains("\"Zoë\"");
  }
}
