package io.github.evalkit.cli;

import static io.github.evalkit.cli.Cli.run;
import static io.github.evalkit.cli.Cli.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RegressCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private JsonNode json(Cli.Run run) throws Exception {
    assertThat(run.exitCode()).as(run.err()).isZero();
    return JSON.readTree(run.out());
  }

  @Test
  void everyFigureOfTheContractAsJsonWithItsKeysInOrder() throws Exception {
    // y = [3, -0.5, 2, 7], ŷ = [2.5, 0.0, 2, 8]: sklearn's documentation example.
    Path csv = write(dir, "data.csv", "y,yhat\n3,2.5\n-0.5,0.0\n2,2\n7,8\n");
    JsonNode j =
        json(
            run(
                "regress",
                csv.toString(),
                "--actual",
                "y",
                "--predicted",
                "yhat",
                "--format",
                "json"));
    List<String> keys = new ArrayList<>();
    j.fieldNames().forEachRemaining(keys::add);
    assertThat(keys)
        .containsExactly(
            "task",
            "n",
            "dropped",
            "mse",
            "rmse",
            "mae",
            "r2",
            "explained_variance",
            "max_error",
            "median_absolute_error",
            "mape",
            "baseline",
            "warnings");
    assertThat(j.get("task").asText()).isEqualTo("regression");
    assertThat(j.get("n").asLong()).isEqualTo(4);
    assertThat(j.get("dropped").asLong()).isZero();
    // mean_squared_error(y, ŷ) = (0.25 + 0.25 + 0 + 1)/4
    assertThat(j.get("mse").asDouble()).isEqualTo(0.375);
    assertThat(j.get("rmse").asDouble()).isEqualTo(Math.sqrt(0.375));
    // mean_absolute_error = (0.5 + 0.5 + 0 + 1)/4
    assertThat(j.get("mae").asDouble()).isEqualTo(0.5);
    // r2_score: SS_tot = Σ(y − 2.875)² = 29.1875, 1 − 1.5/29.1875 = 0.9486081370449679
    assertThat(j.get("r2").asDouble()).isCloseTo(1 - 1.5 / 29.1875, within(1e-15));
    // explained_variance_score: residuals [0.5,-0.5,0,-1], mean -0.25, Σ(d − d̄)² = 1.25
    assertThat(j.get("explained_variance").asDouble()).isCloseTo(1 - 1.25 / 29.1875, within(1e-15));
    assertThat(j.get("max_error").asDouble()).isEqualTo(1.0); // max_error
    assertThat(j.get("median_absolute_error").asDouble()).isEqualTo(0.5); // median of 0,.5,.5,1
    // mean_absolute_percentage_error: (0.5/3 + 0.5/0.5 + 0 + 1/7)/4 = 0.3273809523809524
    assertThat(j.get("mape").asDouble()).isCloseTo((0.5 / 3 + 1 + 1.0 / 7) / 4, within(1e-15));
    // np.std(y) = sqrt(29.1875/4)
    assertThat(j.get("baseline").get("mean_prediction_rmse").asDouble())
        .isCloseTo(Math.sqrt(29.1875 / 4), within(1e-15));
    assertThat(j.get("warnings")).isEmpty();
  }

  @Test
  void constantActualValuesGiveNullR2AndAWarning() throws Exception {
    Path csv = write(dir, "flat.csv", "y,yhat\n5,4\n5,6\n");
    JsonNode j =
        json(
            run(
                "regress",
                csv.toString(),
                "--actual",
                "y",
                "--predicted",
                "yhat",
                "--format",
                "json"));
    assertThat(j.get("r2").isNull()).isTrue();
    assertThat(j.get("explained_variance").isNull()).isTrue();
    assertThat(j.get("warnings").toString()).contains("r2");
  }

  @Test
  void infiniteFiguresAreNullWithAWarningNeverJsonStrings() throws Exception {
    // Finite cells whose squared errors overflow a double: mse = 2.7e400 is beyond it, but its
    // root and the ratios of the sums of squares are not (the report rescales to find them).
    Path csv = write(dir, "huge.csv", "y,yhat\n1e200,-1e200\n-1e200,1e200\n0,0\n");
    Cli.Run run =
        run("regress", csv.toString(), "--actual", "y", "--predicted", "yhat", "--format", "json");
    assertThat(run.out()).doesNotContain("Infinity\"").doesNotContain("NaN");
    JsonNode j = json(run);
    assertThat(j.get("mse").isNull()).isTrue();
    assertThat(j.get("rmse").asDouble()).isCloseTo(Math.sqrt(8.0 / 3) * 1e200, within(1e185));
    assertThat(j.get("mae").asDouble()).isCloseTo(4e200 / 3, within(1e186));
    assertThat(j.get("r2").asDouble()).isEqualTo(-3.0); // 1 − 8e400/2e400
    List<String> warnings = new ArrayList<>();
    j.get("warnings").forEach(w -> warnings.add(w.asText()));
    assertThat(warnings)
        .containsExactly(
            "mse is +Infinity (beyond the largest double, about 1.8e308), which JSON cannot hold;"
                + " it is written as null");
  }

  @Test
  void tinyValuesWhoseSquaresUnderflowKeepTheirRatios() throws Exception {
    // Values of about 1e-300 square to 0 in doubles, yet they differ: r2 is defined and no
    // warning says that the actual values are all equal. The expected ratios are exact rational
    // arithmetic over the parsed doubles (Python's fractions); scikit-learn 1.2.1 says r2 =
    // explained_variance = 1.0 here, its sums of squares having underflowed.
    Path csv = write(dir, "tiny.csv", "y,yhat\n1e-300,1.5e-300\n2e-300,2e-300\n4e-300,3e-300\n");
    JsonNode j =
        json(
            run(
                "regress",
                csv.toString(),
                "--actual",
                "y",
                "--predicted",
                "yhat",
                "--format",
                "json"));
    assertThat(j.get("r2").asDouble()).isCloseTo(0.7321428571428572, within(1e-15));
    assertThat(j.get("explained_variance").asDouble()).isCloseTo(0.75, within(1e-15));
    assertThat(j.get("mse").asDouble()).isZero(); // 4.2e-601 rounds to 0
    assertThat(j.get("warnings")).isEmpty();
  }

  @Test
  void bytesThatAreNotUtf8AreAnErrorAlsoInAColumnNotRead() throws Exception {
    // Latin-1 'é' (0xE9) in a column that regress does not read: the fast path must not skip it.
    Path csv = dir.resolve("latin1.csv");
    Files.write(
        csv,
        new byte[] {
          'y',
          ',',
          'y',
          'h',
          'a',
          't',
          ',',
          'n',
          '\n',
          '1',
          ',',
          '2',
          ',',
          'c',
          'a',
          'f',
          (byte) 0xE9,
          '\n',
          '3',
          ',',
          '4',
          ',',
          'x',
          '\n'
        });
    Cli.Run run = run("regress", csv.toString(), "--actual", "y", "--predicted", "yhat");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.message()).contains(csv + ", line 2 (byte offset 16, bytes 0xE9): not valid");
  }

  @Test
  void largeOffsetsKeepFullPrecision() throws Exception {
    // Values near 1e9 that differ in their last digits: residuals 1, -1, 2, so mse = 6/3 exactly.
    Path csv =
        write(
            dir,
            "big.csv",
            "y,yhat\n1000000001.5,1000000000.5\n1000000002.5,1000000003.5\n999999999.25,999999997.25\n");
    JsonNode j =
        json(
            run(
                "regress",
                csv.toString(),
                "--actual",
                "y",
                "--predicted",
                "yhat",
                "--format",
                "json"));
    assertThat(j.get("mse").asDouble()).isEqualTo(2.0);
    assertThat(j.get("mae").asDouble()).isCloseTo(4.0 / 3, within(1e-15));
  }

  @Test
  void missingCellsAreAnErrorNamingTheFirstFiveLinesUnlessDropped() throws Exception {
    Path csv = write(dir, "gaps.csv", "y,yhat\n1,NA\n2,2\n,3\nnan,4\n5,NULL\n6,n/a\n7,None\n8,8\n");
    Cli.Run bad = run("regress", csv.toString(), "--actual", "y", "--predicted", "yhat");
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.out()).isEmpty();
    assertThat(bad.message())
        .contains("gaps.csv")
        .contains("6 rows")
        .contains("first lines 2, 4, 5, 6, 7")
        .contains("--drop-missing");
    JsonNode j =
        json(
            run(
                "regress",
                csv.toString(),
                "--actual",
                "y",
                "--predicted",
                "yhat",
                "--drop-missing",
                "--format",
                "json"));
    assertThat(j.get("n").asLong()).isEqualTo(2);
    assertThat(j.get("dropped").asLong()).isEqualTo(6);
    assertThat(j.get("mse").asDouble()).isZero();
  }

  @Test
  void noRowLeftIsAnError() throws Exception {
    Path csv = write(dir, "none.csv", "y,yhat\nNA,1\n");
    Cli.Run run =
        run("regress", csv.toString(), "--actual", "y", "--predicted", "yhat", "--drop-missing");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.message()).contains("no row left to evaluate");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "abc",
        "0x10",
        "1d",
        "2f",
        "inf",
        "Infinity",
        "-inf",
        "1e999",
        " NA",
        "1,5",
        "\"\"\"1\"\"\""
      })
  void aCellThatIsNotAFiniteDecimalIsAnErrorNamingLineColumnAndValue(String cell) throws Exception {
    String quoted = cell.contains(",") || cell.contains(" ") ? "\"" + cell + "\"" : cell;
    if (cell.startsWith("\"")) {
      quoted = cell;
    }
    Path csv = write(dir, "bad.csv", "y,yhat\n1,1\n\n2," + quoted + "\n");
    Path out = dir.resolve("report.json");
    Cli.Run run =
        run(
            "regress",
            csv.toString(),
            "--actual",
            "y",
            "--predicted",
            "yhat",
            "--output",
            out.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.message()).contains("bad.csv, line 4, column \"yhat\"");
    assertThat(Files.exists(out)).isFalse();
    assertThat(Files.list(dir).count()).isEqualTo(1); // no temporary file left either
  }

  @Test
  void spacesAroundNumbersAreIgnoredButACellOfSpacesIsNeitherMissingNorANumber() throws Exception {
    Path ok = write(dir, "ok.csv", "y,yhat\n\" 1 \",\t2\t\n");
    assertThat(
            json(run(
                    "regress",
                    ok.toString(),
                    "--actual",
                    "y",
                    "--predicted",
                    "yhat",
                    "--format",
                    "json"))
                .get("mse")
                .asDouble())
        .isEqualTo(1.0);
    Path blank = write(dir, "blank.csv", "y,yhat\n1,\"  \"\n2,3\n");
    Cli.Run run = run("regress", blank.toString(), "--actual", "y", "--predicted", "yhat");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.message()).contains("line 2").contains("\"  \"");
    // ...unless it is listed as a missing-value token.
    JsonNode j =
        json(
            run(
                "regress",
                blank.toString(),
                "--actual",
                "y",
                "--predicted",
                "yhat",
                "--na-values",
                "  ",
                "--drop-missing",
                "--format",
                "json"));
    assertThat(j.get("dropped").asLong()).isEqualTo(1);
    assertThat(j.get("n").asLong()).isEqualTo(1);
  }

  @Test
  void naValuesReplaceTheDefaultList() throws Exception {
    Path csv = write(dir, "na.csv", "y,yhat\n1,?\n2,3\n");
    JsonNode j =
        json(
            run(
                "regress",
                csv.toString(),
                "--actual",
                "y",
                "--predicted",
                "yhat",
                "--na-values",
                "?,-999",
                "--drop-missing",
                "--format",
                "json"));
    assertThat(j.get("dropped").asLong()).isEqualTo(1);
    Path withNa = write(dir, "na2.csv", "y,yhat\n1,NA\n");
    Cli.Run run =
        run(
            "regress",
            withNa.toString(),
            "--actual",
            "y",
            "--predicted",
            "yhat",
            "--na-values",
            "?");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.message()).contains("line 2, column \"yhat\": \"NA\"");
  }

  @Test
  void readsQuotedFieldsWithDelimitersAndNewlinesABomAndOtherDelimiters() throws Exception {
    Path csv = write(dir, "q.csv", "\uFEFFnote;y;yhat\n\"a; b\nc\";1;2\n\n\"x \"\"y\"\"\";3;3\n");
    JsonNode j =
        json(
            run(
                "regress",
                csv.toString(),
                "--actual",
                "y",
                "--predicted",
                "yhat",
                "--delimiter",
                ";",
                "--format",
                "json"));
    assertThat(j.get("n").asLong()).isEqualTo(2);
    assertThat(j.get("mse").asDouble()).isEqualTo(0.5);
    Path bad = write(dir, "q2.csv", "note,y,yhat\n\"multi\nline\",1,2\n\"x\",3\n");
    Cli.Run run = run("regress", bad.toString(), "--actual", "y", "--predicted", "yhat");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.message()).contains("q2.csv, line 4: 2 fields, but the header has 3");
  }

  @Test
  void textAndMarkdownAndExplain() throws Exception {
    Path csv = write(dir, "data.csv", "y,yhat\n3,2.5\n-0.5,0.0\n2,2\n7,8\n");
    Cli.Run text =
        run("regress", csv.toString(), "--actual", "y", "--predicted", "yhat", "--explain");
    assertThat(text.exitCode()).isZero();
    assertThat(text.out())
        .contains("n = 4 rows evaluated")
        .contains("rmse")
        .contains("rmse = sqrt(SSE/n) = sqrt(1.5/4) = 0.612");
    Cli.Run md =
        run(
            "regress",
            csv.toString(),
            "--actual",
            "y",
            "--predicted",
            "yhat",
            "--format",
            "markdown",
            "--explain");
    assertThat(md.exitCode()).isZero();
    assertThat(md.out()).startsWith("## Regression").contains("|").contains("- `mse = ");
  }

  @Test
  void outputIsWrittenToAFileAndNeverOverTheInput() throws Exception {
    Path csv = write(dir, "data.csv", "y,yhat\n1,2\n");
    Path out = dir.resolve("r.json");
    Cli.Run run =
        run(
            "regress",
            csv.toString(),
            "--actual",
            "y",
            "--predicted",
            "yhat",
            "--format",
            "json",
            "--output",
            out.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(JSON.readTree(out.toFile()).get("mse").asDouble()).isEqualTo(1.0);
    Files.createDirectories(dir.resolve("sub"));
    Cli.Run same =
        run(
            "regress",
            csv.toString(),
            "--actual",
            "y",
            "--predicted",
            "yhat",
            "--output",
            dir.resolve("sub/../data.csv").toString());
    assertThat(same.exitCode()).isEqualTo(2);
    assertThat(Files.readString(csv)).isEqualTo("y,yhat\n1,2\n");
  }

  @Test
  void unknownColumnListsTheColumns() throws Exception {
    Path csv = write(dir, "data.csv", "y,yhat\n3,2.5\n");
    Cli.Run run = run("regress", csv.toString(), "--actual", "nope", "--predicted", "yhat");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.message()).contains("\"nope\"").contains("\"y\", \"yhat\"");
  }
}
