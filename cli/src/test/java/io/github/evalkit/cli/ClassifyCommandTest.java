package io.github.evalkit.cli;

import static io.github.evalkit.cli.Cli.run;
import static io.github.evalkit.cli.Cli.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassifyCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private static JsonNode json(Cli.Run run) throws Exception {
    assertThat(run.exitCode()).as(run.err()).isZero();
    return JSON.readTree(run.out());
  }

  /** {@code classify CSV --actual a --predicted p --format json} plus {@code extra}. */
  private static JsonNode jsonWith(Path csv, String... extra) throws Exception {
    List<String> args =
        new ArrayList<>(
            List.of(
                "classify",
                csv.toString(),
                "--actual",
                "a",
                "--predicted",
                "p",
                "--format",
                "json"));
    args.addAll(List.of(extra));
    return json(run(args.toArray(new String[0])));
  }

  /** The shipped screen: confusion matrix [[20, 10], [7, 63]] (rows no, yes). */
  private Path heartDisease() throws Exception {
    Path file = dir.resolve("heart-disease.csv");
    try (InputStream in = DemoCommand.class.getResourceAsStream("demo/heart-disease.csv")) {
      Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
    return file;
  }

  @Test
  void theContractsExampleWithHandWorkedFigures() throws Exception {
    JsonNode j =
        json(
            run(
                "classify",
                heartDisease().toString(),
                "--actual",
                "disease",
                "--predicted",
                "model",
                "--positive",
                "yes",
                "--format",
                "json"));
    List<String> keys = new ArrayList<>();
    j.fieldNames().forEachRemaining(keys::add);
    assertThat(keys)
        .containsExactly(
            "task",
            "n",
            "dropped",
            "labels",
            "confusion_matrix",
            "accuracy",
            "balanced_accuracy",
            "per_class",
            "macro",
            "weighted",
            "micro",
            "mcc",
            "cohen_kappa",
            "baseline",
            "binary",
            "warnings");
    assertThat(j.get("task").asText()).isEqualTo("classification");
    assertThat(j.get("n").asLong()).isEqualTo(100);
    assertThat(j.get("labels").toString()).isEqualTo("[\"no\",\"yes\"]");
    assertThat(j.get("confusion_matrix").toString()).isEqualTo("[[20,10],[7,63]]");
    // accuracy_score = 83/100; balanced_accuracy_score = (20/30 + 63/70)/2
    assertThat(j.get("accuracy").asDouble()).isEqualTo(0.83);
    assertThat(j.get("balanced_accuracy").asDouble())
        .isCloseTo((20.0 / 30 + 63.0 / 70) / 2, within(1e-15));
    JsonNode no = j.get("per_class").get("no");
    // precision_recall_fscore_support(y, ŷ): no = 20/27, 20/30, 40/57, support 30
    assertThat(no.get("precision").asDouble()).isCloseTo(20.0 / 27, within(1e-15));
    assertThat(no.get("recall").asDouble()).isCloseTo(20.0 / 30, within(1e-15));
    assertThat(no.get("f1").asDouble()).isCloseTo(40.0 / 57, within(1e-15));
    assertThat(no.get("support").asLong()).isEqualTo(30);
    JsonNode yes = j.get("per_class").get("yes");
    assertThat(yes.get("precision").asDouble()).isCloseTo(63.0 / 73, within(1e-15));
    assertThat(yes.get("f1").asDouble()).isCloseTo(126.0 / 143, within(1e-15));
    // average="macro" and "weighted"
    assertThat(j.get("macro").get("precision").asDouble())
        .isCloseTo((20.0 / 27 + 63.0 / 73) / 2, within(1e-15));
    assertThat(j.get("weighted").get("recall").asDouble()).isCloseTo(0.83, within(1e-15));
    assertThat(j.get("micro").get("f1").asDouble()).isEqualTo(0.83);
    // matthews_corrcoef: (100·83 − (27·30 + 73·70)) / sqrt((100² − 27² − 73²)(100² − 30² − 70²))
    assertThat(j.get("mcc").asDouble()).isCloseTo(2380 / Math.sqrt(3942.0 * 4200.0), within(1e-15));
    // cohen_kappa_score: (8300 − 5920)/(10000 − 5920)
    assertThat(j.get("cohen_kappa").asDouble()).isCloseTo(2380.0 / 4080, within(1e-15));
    assertThat(j.get("baseline").get("majority_label").asText()).isEqualTo("yes");
    assertThat(j.get("baseline").get("accuracy").asDouble()).isEqualTo(0.7);
    JsonNode b = j.get("binary");
    assertThat(b.get("positive").asText()).isEqualTo("yes");
    assertThat(
            List.of(
                b.get("tp").asLong(),
                b.get("fp").asLong(),
                b.get("fn").asLong(),
                b.get("tn").asLong()))
        .containsExactly(63L, 10L, 7L, 20L);
    assertThat(b.get("specificity").asDouble()).isCloseTo(20.0 / 30, within(1e-15));
    assertThat(j.get("warnings")).isEmpty();
  }

  @Test
  void alwaysYesShowsTheAccuracyParadox() throws Exception {
    JsonNode j =
        json(
            run(
                "classify",
                heartDisease().toString(),
                "--actual",
                "disease",
                "--predicted",
                "always_yes",
                "--positive",
                "yes",
                "--format",
                "json"));
    assertThat(j.get("accuracy").asDouble()).isEqualTo(0.7);
    assertThat(j.get("binary").get("recall").asDouble()).isEqualTo(1.0);
    assertThat(j.get("binary").get("precision").asDouble()).isEqualTo(0.7);
    assertThat(j.get("binary").get("specificity").asDouble()).isEqualTo(0.0);
    assertThat(j.get("warnings").toString()).contains("baseline");
    // "no" is never predicted: precision(no) = 0/0 → 0 with a warning under warn.
    assertThat(j.get("per_class").get("no").get("precision").asDouble()).isZero();
    assertThat(j.get("warnings").toString()).contains("precision(no)");
  }

  @Test
  void zeroDivisionPolicies() throws Exception {
    Path csv = write(dir, "z.csv", "a,p\nx,y\ny,y\n");
    // precision(x) = 0/0: sklearn precision_score(..., zero_division=...)
    JsonNode nan = jsonWith(csv, "--zero-division", "nan");
    assertThat(nan.get("per_class").get("x").get("precision").isNull()).isTrue();
    // macro leaves the null out: mean over y only = 1/2
    assertThat(nan.get("macro").get("precision").asDouble()).isEqualTo(0.5);
    assertThat(nan.get("warnings").toString()).doesNotContain("precision(x)");
    JsonNode one = jsonWith(csv, "--zero-division", "1");
    assertThat(one.get("per_class").get("x").get("precision").asDouble()).isEqualTo(1.0);
    JsonNode zero = jsonWith(csv, "--zero-division", "0");
    assertThat(zero.get("per_class").get("x").get("precision").asDouble()).isZero();
    assertThat(zero.get("warnings").toString()).doesNotContain("precision(x)");
    Cli.Run bad =
        run(
            "classify",
            csv.toString(),
            "--actual",
            "a",
            "--predicted",
            "p",
            "--zero-division",
            "maybe");
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.out()).isEmpty();
    assertThat(bad.message()).contains("maybe");
  }

  @Test
  void mccWithAZeroDenominatorIsZeroWithAWarningAndNullUnderNan() throws Exception {
    // Every prediction is x: the predicted column has no variance (sklearn's matthews_corrcoef
    // gives 0.0).
    Path csv = write(dir, "m.csv", "a,p\nx,x\ny,x\n");
    JsonNode warn = jsonWith(csv);
    assertThat(warn.get("mcc").asDouble()).isZero();
    assertThat(warn.get("warnings").toString()).contains("mcc is ill-defined");
    for (String policy : new String[] {"0", "1"}) {
      JsonNode j = jsonWith(csv, "--zero-division", policy);
      assertThat(j.get("mcc").asDouble()).as(policy).isZero();
      assertThat(j.get("warnings").toString()).as(policy).doesNotContain("mcc");
    }
    assertThat(jsonWith(csv, "--zero-division", "nan").get("mcc").isNull()).isTrue();
  }

  @Test
  void kappaWithChanceAgreementOneIsNullUnderEveryPolicy() throws Exception {
    // One label everywhere: p_e = 1 (sklearn's cohen_kappa_score gives nan).
    Path csv = write(dir, "k.csv", "a,p\nx,x\nx,x\n");
    for (String policy : new String[] {"warn", "0", "1", "nan"}) {
      JsonNode j = jsonWith(csv, "--zero-division", policy);
      assertThat(j.get("cohen_kappa").isNull()).as(policy).isTrue();
      assertThat(j.get("labels").toString()).isEqualTo("[\"x\"]");
      assertThat(j.get("accuracy").asDouble()).isEqualTo(1.0);
    }
  }

  @Test
  void baselineTiesGoToTheFirstLabelAndEqualAccuracyDoesNotBeatIt() throws Exception {
    Path csv = write(dir, "t.csv", "a,p\ny,y\nx,y\nx,x\ny,x\n");
    JsonNode j = jsonWith(csv);
    // Two x and two y: the tie goes to the first label in order, x.
    assertThat(j.get("baseline").get("majority_label").asText()).isEqualTo("x");
    assertThat(j.get("baseline").get("accuracy").asDouble()).isEqualTo(0.5);
    assertThat(j.get("accuracy").asDouble()).isEqualTo(0.5);
    assertThat(j.get("warnings").toString())
        .contains("accuracy 0.500 does not beat the majority-class baseline");
  }

  @Test
  void balancedAccuracyAveragesRecallOverLabelsThatOccurInTheActualColumn() throws Exception {
    // z is only predicted (support 0): sklearn's balanced_accuracy_score leaves it out.
    Path csv = write(dir, "b.csv", "a,p\nx,x\nx,z\ny,y\n");
    JsonNode j = jsonWith(csv);
    assertThat(j.get("labels").toString()).isEqualTo("[\"x\",\"y\",\"z\"]");
    assertThat(j.get("balanced_accuracy").asDouble()).isEqualTo((0.5 + 1.0) / 2);
  }

  @Test
  void aHeaderWithoutRowsOrOnlyDroppedRowsLeavesNothingToEvaluate() throws Exception {
    for (String content : new String[] {"a,p\n", "a,p\nNA,x\n,y\n"}) {
      Path csv = write(dir, "e.csv", content);
      Cli.Run run =
          run("classify", csv.toString(), "--actual", "a", "--predicted", "p", "--drop-missing");
      assertThat(run.exitCode()).as(content).isEqualTo(2);
      assertThat(run.out()).isEmpty();
      assertThat(run.message()).contains("no row left");
    }
  }

  @Test
  void moreThanFiveMissingRowsNameTheFirstFiveLines() throws Exception {
    StringBuilder content = new StringBuilder("a,p\n");
    for (int i = 0; i < 7; i++) {
      content.append("x,NA\n");
    }
    Path csv = write(dir, "many.csv", content.toString());
    Cli.Run run = run("classify", csv.toString(), "--actual", "a", "--predicted", "p");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.message()).contains("7 rows").contains("2, 3, 4, 5, 6").doesNotContain("7, 8");
  }

  @Test
  void numericLabelsSortByValueAndOneAndOnePointZeroAreTwoLabels() throws Exception {
    Path csv = write(dir, "n.csv", "a,p\n10,2\n2,10\n1,1.0\n1.0,1\n");
    JsonNode j = jsonWith(csv);
    assertThat(j.get("labels").toString()).isEqualTo("[\"1\",\"1.0\",\"2\",\"10\"]");
    assertThat(j.get("accuracy").asDouble()).isZero();
    Path mixed = write(dir, "m.csv", "a,p\n10,b\n2,10\n");
    JsonNode t = jsonWith(mixed);
    assertThat(t.get("labels").toString()).isEqualTo("[\"10\",\"2\",\"b\"]"); // String order
  }

  @Test
  void bytesThatAreNotUtf8AreAnErrorRatherThanMergedLabels() throws Exception {
    // Latin-1 "café" and "cafè" would both decode to "caf\uFFFD" and count as one label.
    Path csv = dir.resolve("latin1.csv");
    Files.write(
        csv,
        new byte[] {
          'a', ',', 'p', '\n', 'c', 'a', 'f', (byte) 0xE9, ',', 'c', 'a', 'f', (byte) 0xE8, '\n'
        });
    Cli.Run run = run("classify", csv.toString(), "--actual", "a", "--predicted", "p");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.message())
        .contains(
            csv + ", line 2 (byte offset 7, bytes 0xE9): not valid UTF-8 text (evalkit reads CSV");
  }

  @Test
  void labelsWithQuotesCommasAndNonAsciiSurviveInJsonAndText() throws Exception {
    Path csv =
        write(
            dir,
            "l.csv",
            "a,p\n\"say \"\"hi\"\", ok\",\"say \"\"hi\"\", ok\"\nJosé,José\nJosé,\"say \"\"hi\"\", ok\"\n");
    JsonNode j = jsonWith(csv);
    assertThat(j.get("labels").get(0).asText()).isEqualTo("José");
    assertThat(j.get("labels").get(1).asText()).isEqualTo("say \"hi\", ok");
    assertThat(j.get("per_class").has("José")).isTrue();
    Cli.Run text = run("classify", csv.toString(), "--actual", "a", "--predicted", "p");
    assertThat(text.out()).contains("José").contains("say \"hi\", ok");
  }

  @Test
  void missingLabelsAreAnErrorUnlessDroppedAndDroppedLabelsAreNotLabels() throws Exception {
    Path csv = write(dir, "g.csv", "a,p\nx,x\nonly_here,NA\ny,y\n");
    Cli.Run bad = run("classify", csv.toString(), "--actual", "a", "--predicted", "p");
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.out()).isEmpty();
    assertThat(bad.message()).contains("1 row has").contains("line 3");
    JsonNode j = jsonWith(csv, "--drop-missing");
    assertThat(j.get("n").asLong()).isEqualTo(2);
    assertThat(j.get("dropped").asLong()).isEqualTo(1);
    assertThat(j.get("labels").toString()).isEqualTo("[\"x\",\"y\"]");
    Cli.Run positive =
        run(
            "classify",
            csv.toString(),
            "--actual",
            "a",
            "--predicted",
            "p",
            "--drop-missing",
            "--positive",
            "only_here");
    assertThat(positive.exitCode()).isEqualTo(2);
    assertThat(positive.message()).contains("only_here").contains("\"x\", \"y\"");
  }

  @Test
  void oneVersusRestWithThreeLabels() throws Exception {
    // a = [c, c, d, e, e], p = [c, d, d, c, e]; positive c: tp 1, fp 1, fn 1, tn 5−3 = 2
    Path csv = write(dir, "three.csv", "a,p\nc,c\nc,d\nd,d\ne,c\ne,e\n");
    JsonNode b = jsonWith(csv, "--positive", "c").get("binary");
    assertThat(
            List.of(
                b.get("tp").asLong(),
                b.get("fp").asLong(),
                b.get("fn").asLong(),
                b.get("tn").asLong()))
        .containsExactly(1L, 1L, 1L, 2L);
    assertThat(b.get("specificity").asDouble()).isCloseTo(2.0 / 3, within(1e-15));
  }

  @Test
  void textShowsTheGridAndExplainShowsFormulas() throws Exception {
    Cli.Run run =
        run(
            "classify",
            heartDisease().toString(),
            "--actual",
            "disease",
            "--predicted",
            "model",
            "--explain");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("Confusion matrix (rows = actual, columns = predicted)")
        .contains("precision(yes) = TP/(TP+FP) = 63/(63+10) = 0.863")
        .containsPattern("no\\s+20\\s+10")
        .containsPattern("yes\\s+7\\s+63");
    Cli.Run md =
        run(
            "classify",
            heartDisease().toString(),
            "--actual",
            "disease",
            "--predicted",
            "model",
            "--format",
            "markdown");
    assertThat(md.exitCode()).isZero();
    assertThat(md.out()).startsWith("## Classification").contains("| ");
    // The matrix once, as a Markdown table.
    assertThat(md.out().split("actual \\\\ predicted", -1)).hasSize(2);
    assertThat(md.out()).containsPattern("\\| yes \\| 7 \\| 63 \\|");
  }

  @Test
  void markdownShowsLabelsAsTheyAreNotAsMarkup() throws Exception {
    Path csv = write(dir, "marks.csv", "a,p\n*x*,_y_\n_y_,a<b>\n*x*,*x*\n");
    Cli.Run md =
        run(
            "classify",
            csv.toString(),
            "--actual",
            "a",
            "--predicted",
            "p",
            "--format",
            "markdown");
    assertThat(md.exitCode()).as(md.err()).isZero();
    // Escaped, the labels render as *x*, _y_ and a<b>, not as emphasis or an HTML tag.
    assertThat(md.out())
        .contains("| \\*x\\* | 1.000 | 0.500 | 0.667 | 2 |")
        .contains("| actual \\ predicted | \\*x\\* | \\_y\\_ | a\\<b\\> |")
        .contains("always '\\*x\\*'")
        .contains("- warning: recall(a\\<b\\>) is ill-defined")
        .doesNotContain("| *x* |")
        .doesNotContain("| a<b> |");
  }

  @Test
  void textShowsLineBreaksAndTabsInLabelsAsEscapesSoTheTablesKeepTheirLines() throws Exception {
    Path csv = write(dir, "breaks.csv", "a,p\n\"multi\nline\",x\nx,x\n\"tab\there\",x\n");
    Cli.Run run =
        run(
            "classify",
            csv.toString(),
            "--actual",
            "a",
            "--predicted",
            "p",
            "--positive",
            "multi\nline",
            "--explain");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .containsPattern("\n +multi\\\\nline +0\\.000 +0\\.000 +0\\.000 +1\n")
        .containsPattern("\nmulti\\\\nline +0 +0 +1\n")
        .containsPattern("\ntab\\\\there +0 +0 +1\n")
        .contains("positive 'multi\\nline': tp=0")
        .contains("recall(multi\\nline) = TP/(TP+FN) = 0/(0+1) = 0.000");
    // Every line of the report is one of its own: none starts inside a label.
    assertThat(run.out().lines()).noneMatch(l -> l.startsWith("line") || l.startsWith("here"));
    // JSON keeps the exact text.
    assertThat(jsonWith(csv).get("labels").get(0).asText()).isEqualTo("multi\nline");
  }

  @Test
  void labelsTooManyForTheMatrixToFitInMemoryAreAnErrorNotAnOutOfMemoryCrash() throws Exception {
    // A column of continuous values given to classify: every value is a label. Enough of them
    // that even the k×k counts alone would not fit in this JVM's heap.
    long cells = Runtime.getRuntime().maxMemory() / Long.BYTES + 1;
    int rows = (int) Math.ceil(Math.sqrt((double) cells) / 2) + 1;
    StringBuilder csv = new StringBuilder("a,p\n");
    for (int i = 0; i < rows; i++) {
      csv.append("a").append(i).append(",p").append(i).append('\n');
    }
    Path file = write(dir, "continuous.csv", csv.toString());
    Cli.Run run =
        run("classify", file.toString(), "--actual", "a", "--predicted", "p", "--format", "json");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.message())
        .contains("continuous.csv: " + (2 * rows) + " distinct labels in columns \"a\" and \"p\"")
        .contains("use evalkit regress");
  }
}
