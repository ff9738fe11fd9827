package io.github.evalkit.cli;

import static io.github.evalkit.cli.Cli.run;
import static io.github.evalkit.cli.Cli.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs that are pipes, as bash's {@code <(...)} and {@code /dev/stdin} give: classify, regress
 * and impute's --fit read them once, like a file (impute's own input is refused, since it is read
 * twice: see ImputeCommandTest).
 */
class PipeInputTest {

  @TempDir Path dir;

  /** A named pipe that a background thread fills with {@code content} once a reader opens it. */
  private Path pipe(String name, String content) throws Exception {
    Path fifo = dir.resolve(name);
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    assumeTrue(mkfifo.waitFor() == 0, "mkfifo works here");
    Thread writer =
        new Thread(
            () -> {
              try (OutputStream out = Files.newOutputStream(fifo)) {
                out.write(content.getBytes(StandardCharsets.UTF_8));
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            });
    writer.setDaemon(true); // left blocked if the command never opens the pipe
    writer.start();
    return fifo;
  }

  @Test
  void classifyReadsAPipe() throws Exception {
    Path in = pipe("labels.csv", "a,b\nyes,yes\nno,yes\nyes,no\nyes,yes\n");
    Cli.Run run = run("classify", in.toString(), "--actual", "a", "--predicted", "b");
    assertThat(run.exitCode()).as(run.err()).isZero();
    // sklearn: accuracy_score(["yes","no","yes","yes"], ["yes","yes","no","yes"]) = 0.5
    assertThat(run.out()).contains("n = 4 rows").containsPattern("accuracy\\s+0\\.500");
  }

  @Test
  void regressReadsAPipe() throws Exception {
    Path in = pipe("values.csv", "y,p\n1,2\n3,3\n");
    Cli.Run run =
        run("regress", in.toString(), "--actual", "y", "--predicted", "p", "--format", "json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("\"mse\" : 0.5").contains("\"n\" : 2");
  }

  @Test
  void imputeFitsOnAPipe() throws Exception {
    Path train = pipe("train.csv", "x\n1\n3\n");
    Path test = write(dir, "test.csv", "x\nNA\n5\n");
    Cli.Run run =
        run(
            "impute",
            test.toString(),
            "--fit",
            train.toString(),
            "--output",
            dir.resolve("out.csv").toString(),
            "--strategy",
            "x=mean");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(Files.readString(dir.resolve("out.csv"))).isEqualTo("x\n2.0\n5\n");
  }
}
