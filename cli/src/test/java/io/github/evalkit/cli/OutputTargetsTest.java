package io.github.evalkit.cli;

import static io.github.evalkit.cli.Cli.run;
import static io.github.evalkit.cli.Cli.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where {@code --output} points: a device or a symbolic link is written through, not replaced. */
class OutputTargetsTest {

  @TempDir Path dir;

  private Cli.Run classifyInto(Path output) throws Exception {
    Path csv = write(dir, "data.csv", "a,p\nx,x\ny,x\n");
    return run(
        "classify",
        csv.toString(),
        "--actual",
        "a",
        "--predicted",
        "p",
        "--format",
        "json",
        "--output",
        output.toString());
  }

  @Test
  void aLinkToADeviceIsWrittenIntoAndStaysALink() throws Exception {
    // As /dev/stdout is a link to the process's output: moving a file over it would delete it.
    Path devNull = Paths.get("/dev/null");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(devNull));
    Path link = Files.createSymbolicLink(dir.resolve("out.json"), devNull);
    Cli.Run run = classifyInto(link);
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readSymbolicLink(link)).isEqualTo(devNull);
    assertThat(Files.isRegularFile(devNull)).isFalse();
    try (var files = Files.list(dir)) {
      assertThat(files.map(f -> f.getFileName().toString()))
          .containsExactlyInAnyOrder("data.csv", "out.json"); // no temporary file left
    }
  }

  @Test
  void aLinkToAFileStaysALinkAndTheFileGetsTheReport() throws Exception {
    Files.createDirectory(dir.resolve("reports"));
    Path real = write(dir.resolve("reports"), "latest.json", "old\n");
    Path link = Files.createSymbolicLink(dir.resolve("out.json"), real);
    Cli.Run run = classifyInto(link);
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(Files.isSymbolicLink(link)).isTrue();
    String written = Files.readString(real, StandardCharsets.UTF_8);
    assertThat(written).startsWith("{").contains("\"task\" : \"classification\"");
    try (var files = Files.list(dir.resolve("reports"))) {
      assertThat(files.map(f -> f.getFileName().toString())).containsExactly("latest.json");
    }
  }
}
