package io.github.evalkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class RegressCommandTest {

  @TempDir Path dir;

  private record Run(int exitCode, String out, String err) {}

  private static Run run(String... args) {
    CommandLine cl = EvalkitCommand.newCommandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int code = cl.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void printsRmseAsJson() throws Exception {
    Path csv = dir.resolve("data.csv");
    // sklearn: mean_squared_error([3, -0.5, 2, 7], [2.5, 0.0, 2, 8]) == 0.375
    Files.writeString(csv, "y,yhat\n3,2.5\n-0.5,0.0\n2,2\n7,8\n");
    Run run = run("regress", csv.toString(), "--actual", "y", "--predicted", "yhat");
    assertThat(run.exitCode()).isZero();
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.get("task").asText()).isEqualTo("regression");
    assertThat(json.get("n").asInt()).isEqualTo(4);
    assertThat(json.get("mse").asDouble()).isEqualTo(0.375);
    assertThat(json.get("rmse").asDouble()).isEqualTo(Math.sqrt(0.375));
  }

  @Test
  void nonNumericCellExitsWithTwoAndNamesLineColumnAndValue() throws Exception {
    Path csv = dir.resolve("bad.csv");
    Files.writeString(csv, "y,yhat\n3,2.5\nabc,0.0\n");
    Run run = run("regress", csv.toString(), "--actual", "y", "--predicted", "yhat");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("line 3").contains("\"y\"").contains("abc");
  }

  @Test
  void unknownColumnListsTheColumns() throws Exception {
    Path csv = dir.resolve("data.csv");
    Files.writeString(csv, "y,yhat\n3,2.5\n");
    Run run = run("regress", csv.toString(), "--actual", "nope", "--predicted", "yhat");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("nope").contains("y, yhat");
  }

  @Test
  void demoRunsWithoutFiles() {
    Run run = run("demo");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("\"rmse\"");
  }
}
