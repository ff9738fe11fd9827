package io.github.evalkit.cli;

import static io.github.evalkit.cli.Cli.run;
import static io.github.evalkit.cli.Cli.write;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImputeCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private String read(String name) throws Exception {
    return Files.readString(dir.resolve(name), StandardCharsets.UTF_8);
  }

  private long filesIn() throws Exception {
    try (Stream<Path> files = Files.list(dir)) {
      return files.count();
    }
  }

  @Test
  void meanFillsOnlyMissingCellsAndEveryOtherCellKeepsItsExactText() throws Exception {
    // pandas: df["age"].fillna(df["age"].mean()) with mean(50, 59) = 54.5
    Path in =
        write(
            dir,
            "in.csv",
            "\uFEFFid,age,note\r\n007,50,\"a, b\"\r\n\r\n008,NA,\"say \"\"x\"\"\"\r\n009, 59 ,\"multi\nline\"\r\n010,,plain\r\n");
    Cli.Run run =
        run(
            "impute",
            in.toString(),
            "--output",
            dir.resolve("out.csv").toString(),
            "--strategy",
            "age=mean",
            "--report",
            dir.resolve("r.json").toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(read("out.csv"))
        .isEqualTo(
            "id,age,note\n007,50,\"a, b\"\n008,54.5,\"say \"\"x\"\"\"\n009, 59 ,\"multi\nline\"\n"
                + "010,54.5,plain\n");
    JsonNode r = JSON.readTree(read("r.json"));
    assertThat(r.get("rows").asInt()).isEqualTo(4);
    JsonNode age = r.get("columns").get("age");
    assertThat(age.get("strategy").asText()).isEqualTo("mean");
    assertThat(age.get("missing").asInt()).isEqualTo(2);
    assertThat(age.get("imputed").asInt()).isEqualTo(2);
    assertThat(age.get("remaining_missing").asInt()).isZero();
    assertThat(age.get("fill_value").asDouble()).isEqualTo(54.5);
    assertThat(age.has("group_fallbacks")).isFalse();
    assertThat(run.out()).contains("age").contains("54.5");
  }

  @Test
  void anImputedNumberParsesBackToTheSameDouble() throws Exception {
    // mean(0.1, 0.2) = 0.15000000000000002 in doubles; the text must keep every digit.
    Path in = write(dir, "in.csv", "x\n0.1\n0.2\nNA\n");
    assertThat(
            run(
                    "impute",
                    in.toString(),
                    "--output",
                    dir.resolve("o.csv").toString(),
                    "--strategy",
                    "x=mean")
                .exitCode())
        .isZero();
    String filled = read("o.csv").split("\n")[3];
    assertThat(Double.parseDouble(filled)).isEqualTo((0.1 + 0.2) / 2);
  }

  @Test
  void fitTakesStatisticsFromTheTrainingFileOnly() throws Exception {
    Path train = write(dir, "train.csv", "x,c\n1,a\n2,b\n9,b\n");
    Path test = write(dir, "test.csv", "x,c\n100,\nNA,a\n");
    // pandas: test.fillna({"x": train.x.median(), "c": train.c.mode().min()})
    Cli.Run run =
        run(
            "impute",
            test.toString(),
            "--fit",
            train.toString(),
            "--output",
            dir.resolve("o.csv").toString(),
            "--strategy",
            "x=median",
            "--strategy",
            "c=mode");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(read("o.csv")).isEqualTo("x,c\n100,b\n2.0,a\n");
  }

  @Test
  void fitNeedsOnlyTheColumnsOfFittedStatistics() throws Exception {
    // TRAIN.csv has only the mean column; "bp" there would be text, but it is not read.
    Path train = write(dir, "train.csv", "x,bp\n1,high\n3,low\n");
    Path test = write(dir, "test.csv", "x,bp,city\nNA,5,\n4,NA,Oslo\nNA,,NA\n");
    // pandas: test.fillna({"x": train.x.mean(), "city": "unknown"}); test.bp.ffill()
    Cli.Run run =
        run(
            "impute",
            test.toString(),
            "--fit",
            train.toString(),
            "--output",
            dir.resolve("o.csv").toString(),
            "--strategy",
            "x=mean",
            "--strategy",
            "bp=ffill",
            "--strategy",
            "city=constant:unknown");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(read("o.csv")).isEqualTo("x,bp,city\n2.0,5,unknown\n4,5.0,Oslo\n2.0,5.0,unknown\n");
    // The mean column itself must be in TRAIN.csv.
    Path noX = write(dir, "nox.csv", "bp\n1\n");
    Cli.Run missing =
        run(
            "impute",
            test.toString(),
            "--fit",
            noX.toString(),
            "--output",
            dir.resolve("o2.csv").toString(),
            "--strategy",
            "x=mean",
            "--strategy",
            "bp=ffill");
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).contains("nox.csv").contains("\"x\"");
    assertThat(Files.exists(dir.resolve("o2.csv"))).isFalse();
  }

  @Test
  void modeOnNumbersComparesValuesAndConstantFillsText() throws Exception {
    // 1 and 1.0 are one value (count 2) against 2 (count 1).
    Path in = write(dir, "in.csv", "n,city\n1,Oslo\n1.0,\n2,Oslo\n,Bergen\n");
    Cli.Run run =
        run(
            "impute",
            in.toString(),
            "--output",
            dir.resolve("o.csv").toString(),
            "--strategy",
            "n=mode",
            "--strategy",
            "city=constant:unknown, really",
            "--report",
            dir.resolve("r.json").toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(read("o.csv"))
        .isEqualTo("n,city\n1,Oslo\n1.0,\"unknown, really\"\n2,Oslo\n1.0,Bergen\n");
    JsonNode r = JSON.readTree(read("r.json")).get("columns");
    assertThat(r.get("n").get("fill_value").isNumber()).isTrue();
    assertThat(r.get("city").get("fill_value").asText()).isEqualTo("unknown, really");
  }

  @Test
  void panelFillsStayWithinEntitiesInTimeOrderWithLimitAndFallbacks() throws Exception {
    // pandas: df.sort_values("t", kind="stable").groupby("id")["v"].ffill(limit=1)
    Path in = write(dir, "p.csv", "id;t;v;s\nb;2;;NA\na;3;;\na;1;10;x\na;2;;\nb;1;5;\na;4;;\n");
    Cli.Run run =
        run(
            "impute",
            in.toString(),
            "--delimiter",
            ";",
            "--output",
            dir.resolve("o.csv").toString(),
            "--strategy",
            "v=ffill",
            "--strategy",
            "s=mode",
            "--group-by",
            "id",
            "--order-by",
            "t",
            "--limit",
            "1",
            "--report",
            dir.resolve("r.json").toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    // a: t1=10, t2 ← 10 (limit 1), t3 stays, t4 stays; b: t1=5, t2 ← 5.
    // s: group a has mode x; group b has no value and takes the overall mode x (2 fallbacks).
    assertThat(read("o.csv"))
        .isEqualTo("id;t;v;s\nb;2;5.0;x\na;3;;x\na;1;10;x\na;2;10.0;x\nb;1;5;x\na;4;;x\n");
    JsonNode r = JSON.readTree(read("r.json")).get("columns");
    assertThat(r.get("v").get("imputed").asInt()).isEqualTo(2);
    assertThat(r.get("v").get("remaining_missing").asInt()).isEqualTo(2);
    assertThat(r.get("v").get("fill_value").isNull()).isTrue();
    assertThat(r.get("v").has("group_fallbacks")).isFalse();
    assertThat(r.get("s").get("group_fallbacks").asInt()).isEqualTo(2);
    assertThat(r.get("s").get("fill_value").isNull()).isTrue();
  }

  @Test
  void interpolateAndBfill() throws Exception {
    // pandas: s.interpolate(limit_area="inside") and s.bfill()
    Path in = write(dir, "in.csv", "a,b\n,x\n1,\n,\n4,y\n,\n");
    Cli.Run run =
        run(
            "impute",
            in.toString(),
            "--output",
            dir.resolve("o.csv").toString(),
            "--strategy",
            "a=interpolate",
            "--strategy",
            "b=bfill");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(read("o.csv")).isEqualTo("a,b\n,x\n1,y\n2.5,y\n4,y\n,\n");
  }

  private void assertFailsCleanly(Cli.Run run, String... fragments) throws Exception {
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.message()).contains(fragments);
    assertThat(Files.exists(dir.resolve("o.csv"))).isFalse();
  }

  @Test
  void everyErrorOfTheContractExitsWithTwoAndWritesNothing() throws Exception {
    Path in = write(dir, "in.csv", "x,t,g\n1,a,k\nNA,b,k\n3,c,\n");
    long before = filesIn();
    String out = dir.resolve("o.csv").toString();
    assertFailsCleanly(
        run("impute", in.toString(), "--output", out, "--strategy", "nope=mean"),
        "no column \"nope\"",
        "\"x\", \"t\", \"g\"");
    assertFailsCleanly(
        run("impute", in.toString(), "--output", out, "--strategy", "t=mean"),
        "line 2, column \"t\"",
        "\"a\"",
        "mean");
    assertFailsCleanly(
        run("impute", in.toString(), "--output", out, "--strategy", "t=median"),
        "line 2, column \"t\"");
    assertFailsCleanly(
        run("impute", in.toString(), "--output", out, "--strategy", "t=interpolate"),
        "line 2, column \"t\"");
    assertFailsCleanly(
        run("impute", in.toString(), "--output", out, "--strategy", "x=avg"),
        "--strategy \"x=avg\" is malformed");
    assertFailsCleanly(
        run("impute", in.toString(), "--output", out, "--strategy", "x"), "malformed");
    assertFailsCleanly(
        run("impute", in.toString(), "--output", out, "--strategy", "x=constant"), "malformed");
    assertFailsCleanly(
        run(
            "impute",
            in.toString(),
            "--output",
            out,
            "--strategy",
            "x=mean",
            "--strategy",
            "x=ffill"),
        "two --strategy options");
    assertFailsCleanly(
        run("impute", in.toString(), "--output", out, "--strategy", "x=ffill", "--group-by", "g"),
        "line 4, column \"g\"",
        "missing");
    assertFailsCleanly(
        run("impute", in.toString(), "--output", out, "--strategy", "x=ffill", "--limit", "0"),
        "--limit");
    for (String option : new String[] {"--group-by", "--order-by"}) {
      assertFailsCleanly(
          run("impute", in.toString(), "--output", out, "--strategy", "x=ffill", option, "nope"),
          "no column \"nope\" (named by " + option + ")");
    }
    Path empty = write(dir, "e.csv", "x\nNA\n\n");
    assertFailsCleanly(
        run("impute", empty.toString(), "--output", out, "--strategy", "x=mode"),
        "no non-missing value");
    assertFailsCleanly(
        run(
            "impute",
            in.toString(),
            "--output",
            out,
            "--strategy",
            "x=mean",
            "--report",
            dir.resolve("no-such-dir").resolve("r.json").toString()),
        "--report",
        "directory does not exist");
    Files.createDirectories(dir.resolve("sub"));
    String sneaky = dir.resolve("sub").resolve("..").resolve("in.csv").toString();
    assertFailsCleanly(
        run("impute", in.toString(), "--output", sneaky, "--strategy", "x=mean"),
        "is the input file");
    assertFailsCleanly(
        run("impute", in.toString(), "--output", out, "--strategy", "x=mean", "--report", out),
        "--report " + out + " is also the --output file");
    assertThat(Files.readString(in)).isEqualTo("x,t,g\n1,a,k\nNA,b,k\n3,c,\n");
    assertThat(filesIn()).isEqualTo(before + 2); // e.csv and sub/, no output or temporary file
  }

  @Test
  void aFieldCountErrorFoundOnTheWayLeavesNoOutput() throws Exception {
    Path in = write(dir, "in.csv", "x,y\n1,2\nNA,3\n4\n");
    assertFailsCleanly(
        run(
            "impute",
            in.toString(),
            "--output",
            dir.resolve("o.csv").toString(),
            "--strategy",
            "x=mean"),
        "in.csv, line 4: 1 field, but the header has 2");
  }

  @Test
  void bytesThatAreNotUtf8AreAnErrorAndLeaveNoOutput() throws Exception {
    // Latin-1 "café" in a column that is not imputed: replacing the byte would rewrite the cell.
    Path in = dir.resolve("latin1.csv");
    Files.write(
        in,
        new byte[] {
          'x', ',', 't', '\n', '1', ',', 'c', 'a', 'f', (byte) 0xE9, '\n', 'N', 'A', ',', 'b', '\n'
        });
    assertFailsCleanly(
        run(
            "impute",
            in.toString(),
            "--output",
            dir.resolve("o.csv").toString(),
            "--strategy",
            "x=mean"),
        "latin1.csv, line 2 (byte offset 9, bytes 0xE9): not valid UTF-8 text");
  }

  @Test
  void limitFillsTheLastCellsOfARunForBfillAndTheFirstOnTheLineForInterpolate() throws Exception {
    // pandas: s.bfill(limit=2) fills the two cells next to the later value; s.interpolate(
    // limit=2, limit_area="inside") fills the first two cells, on the line across the whole gap.
    Path in = write(dir, "in.csv", "x,t\n1,a\n,b\n,c\n,d\n5,e\n");
    String out = dir.resolve("o.csv").toString();
    Cli.Run b =
        run("impute", in.toString(), "--output", out, "--strategy", "x=bfill", "--limit", "2");
    assertThat(b.exitCode()).as(b.err()).isZero();
    assertThat(read("o.csv")).isEqualTo("x,t\n1,a\n,b\n5.0,c\n5.0,d\n5,e\n");
    Cli.Run i =
        run(
            "impute",
            in.toString(),
            "--output",
            out,
            "--strategy",
            "x=interpolate",
            "--limit",
            "2");
    assertThat(i.exitCode()).as(i.err()).isZero();
    assertThat(read("o.csv")).isEqualTo("x,t\n1,a\n2.0,b\n3.0,c\n,d\n5,e\n");
  }

  @Test
  void modeTiesTakeTheSmallestNumberOrText() throws Exception {
    Path in = write(dir, "in.csv", "x,t\n3,b\n1,a\n3,b\n1,a\nNA,NA\n");
    Cli.Run run =
        run(
            "impute",
            in.toString(),
            "--output",
            dir.resolve("o.csv").toString(),
            "--strategy",
            "x=mode",
            "--strategy",
            "t=mode");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(read("o.csv")).endsWith("1.0,a\n");
  }

  @Test
  void aPipeIsRefusedBeforeAnythingIsRead() throws Exception {
    Path fifo = dir.resolve("pipe.csv");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo works here");
    assertFailsCleanly(
        run(
            "impute",
            fifo.toString(),
            "--output",
            dir.resolve("o.csv").toString(),
            "--strategy",
            "x=mean"),
        "pipe.csv: not a regular file (a pipe?)");
  }

  @Test
  void aReportThatCannotBeWrittenLeavesNoOutputEither() throws Exception {
    // Both files are written to temporary files before either is moved into place.
    Path target = dir.resolve("o.csv");
    Path report = dir.resolve("r.json");
    long before = filesIn();
    OutputFiles.Staged csv = OutputFiles.stage(target, "--output", w -> w.write("x\n1\n"));
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                OutputFiles.stage(
                    report,
                    "--report",
                    w -> {
                      w.write("{");
                      throw new java.io.IOException("disk full");
                    }))
        .hasMessage("disk full");
    assertThat(filesIn()).isEqualTo(before + 1); // the staged output only, not yet moved
    csv.close(); // what the command's try-with-resources does when the report fails
    assertThat(filesIn()).isEqualTo(before);
    assertThat(Files.exists(target)).isFalse();
    assertThat(Files.exists(report)).isFalse();
  }

  @Test
  void aSingleEmptyFieldIsQuotedSoItIsNotReadBackAsABlankLine() throws Exception {
    Path in = write(dir, "in.csv", "x\n1\n\"\"\n");
    Cli.Run run =
        run(
            "impute",
            in.toString(),
            "--output",
            dir.resolve("o.csv").toString(),
            "--strategy",
            "x=ffill",
            "--limit",
            "1");
    assertThat(run.exitCode()).isZero();
    assertThat(read("o.csv")).isEqualTo("x\n1\n1.0\n");
    Path lead = write(dir, "lead.csv", "x\n\"\"\n1\n");
    run(
        "impute",
        lead.toString(),
        "--output",
        dir.resolve("o2.csv").toString(),
        "--strategy",
        "x=ffill");
    assertThat(read("o2.csv")).isEqualTo("x\n\"\"\n1\n");
  }
}
