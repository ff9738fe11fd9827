package io.github.evalkit.tribuo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.evalkit.imputation.Imputers;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;

class FeatureImputerTest {

  private static final double NA = Double.NaN;

  @Test
  void fillValuesComeFromTheTrainingSplitOnly() {
    Map<String, double[]> train = new LinkedHashMap<>();
    train.put("age", new double[] {20, NA, 40, 60});
    train.put("bp", new double[] {1, 2, 9, NA});
    train.put("id", new double[] {1, 2, 3, 4});
    Map<String, double[]> test = new LinkedHashMap<>();
    test.put("age", new double[] {NA, 1000, NA});
    test.put("bp", new double[] {NA, 5, 7});
    test.put("id", new double[] {5, 6, 7});
    double[] testAgeBefore = test.get("age").clone();

    FittedFeatureImputer fitted =
        FeatureImputer.create()
            .with("age", Imputers.mean())
            .with("bp", Imputers.median())
            .fit(FeatureColumns.of(train));
    FeatureColumns filled = fitted.transform(FeatureColumns.of(test));

    // mean(20, 40, 60) = 40 and median(1, 2, 9) = 2, from the training rows alone; the test
    // split's own mean age (1000) must not leak in
    assertThat(filled.column("age")).containsExactly(40, 1000, 40);
    assertThat(filled.column("bp")).containsExactly(2, 5, 7);
    assertThat(filled.column("id")).containsExactly(5, 6, 7);
    assertThat(filled.names()).containsExactly("age", "bp", "id");
    assertThat(fitted.columns()).containsExactly("age", "bp");
    assertThat(fitted.imputer("age").orElseThrow().fillValue()).hasValue(40);
    assertThat(fitted.imputer("id")).isEmpty();
    assertThat(test.get("age")).containsExactly(testAgeBefore);
  }

  @Test
  void aDefaultImputerCoversTheRemainingColumns() {
    Map<String, double[]> train = new LinkedHashMap<>();
    train.put("a", new double[] {1, NA, 3});
    train.put("b", new double[] {NA, 10, 30});

    FittedFeatureImputer fitted =
        FeatureImputer.create()
            .with("a", Imputers.constant(-1))
            .withDefault(Imputers.mean())
            .fit(FeatureColumns.of(train));
    FeatureColumns filled = fitted.transform(FeatureColumns.of(train));

    assertThat(filled.column("a")).containsExactly(1, -1, 3);
    assertThat(filled.column("b")).containsExactly(20, 10, 30);
  }

  @Test
  void imputedColumnsTrainATribuoModelEndToEnd() {
    SplittableRandom random = new SplittableRandom(61);
    ColumnsAndLabels train = withGaps(random, 300);
    ColumnsAndLabels test = withGaps(random, 200);

    FittedFeatureImputer imputer =
        FeatureImputer.create().withDefault(Imputers.median()).fit(train.columns);
    MutableDataset<Label> trainData =
        imputer.transform(train.columns).toDataset(train.labels, new LabelFactory(), "train");
    MutableDataset<Label> testData =
        imputer.transform(test.columns).toDataset(test.labels, new LabelFactory(), "test");
    Model<Label> model = TribuoModels.logisticRegression(trainData);
    TribuoClassificationResult result = TribuoEvaluations.classification(model, testData);

    assertThat(train.columns.missing("x0")).isPositive();
    assertThat(trainData.size()).isEqualTo(300);
    assertThat(result.report().accuracy()).isGreaterThan(0.7);
    assertThat(result.provenance().get(TribuoProvenance.DATASET_PROVENANCE).orElseThrow())
        .contains("test");
  }

  @Test
  void aMissingCellCannotBecomeATribuoFeature() {
    FeatureColumns columns = FeatureColumns.of(Map.of("x", new double[] {1, NA}));

    assertThatThrownBy(() -> columns.toExamples(List.of(new Label("a"), new Label("b"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("row 1, column 'x' is missing");
  }

  @Test
  void badShapesAndNamesAreRejected() {
    Map<String, double[]> ragged = new LinkedHashMap<>();
    ragged.put("a", new double[] {1, 2});
    ragged.put("b", new double[] {1});
    assertThatThrownBy(() -> FeatureColumns.of(ragged))
        .hasMessageContaining("column 'b' and column 'a' lengths differ: 1 != 2");

    FeatureColumns columns = FeatureColumns.of(Map.of("a", new double[] {1, NA}));
    assertThatThrownBy(() -> FeatureImputer.create().with("z", Imputers.mean()).fit(columns))
        .hasMessageContaining("column 'z'");
    assertThatThrownBy(() -> columns.toExamples(List.of(new Label("a"))))
        .hasMessageContaining("outputs and rows lengths differ: 1 != 2");
    FeatureColumns allMissing = FeatureColumns.of(Map.of("a", new double[] {NA, NA}));
    assertThatThrownBy(() -> FeatureImputer.create().withDefault(Imputers.mean()).fit(allMissing))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("column 'a'");
  }

  /**
   * Interpolation by time fits (it learns nothing) but cannot fill plain columns, which have no
   * time axis; the error names the column it failed on.
   */
  @Test
  void aColumnThatCannotBeFilledIsNamedInTheError() {
    Map<String, double[]> train = new LinkedHashMap<>();
    train.put("a", new double[] {1, NA, 3});
    train.put("b", new double[] {1, NA, 3});
    FittedFeatureImputer fitted =
        FeatureImputer.create()
            .with("b", Imputers.linearInterpolation().withTimeAxis())
            .withDefault(Imputers.mean())
            .fit(FeatureColumns.of(train));

    assertThatThrownBy(() -> fitted.transform(FeatureColumns.of(train)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("cannot fill column 'b': ")
        .hasMessageContaining("interpolation by time");
  }

  private record ColumnsAndLabels(FeatureColumns columns, List<Label> labels) {}

  /** Two well-separated classes; about one cell in ten is missing. */
  private static ColumnsAndLabels withGaps(SplittableRandom random, int rows) {
    double[] x0 = new double[rows];
    double[] x1 = new double[rows];
    List<Label> labels = new ArrayList<>();
    for (int i = 0; i < rows; i++) {
      int c = random.nextInt(2);
      labels.add(new Label(c == 0 ? "low" : "high"));
      x0[i] = random.nextDouble() < 0.1 ? NA : 2 * c + 0.7 * SyntheticData.gaussian(random);
      x1[i] = random.nextDouble() < 0.1 ? NA : -2 * c + 0.7 * SyntheticData.gaussian(random);
    }
    Map<String, double[]> columns = new LinkedHashMap<>();
    columns.put("x0", x0);
    columns.put("x1", x1);
    return new ColumnsAndLabels(FeatureColumns.of(columns), labels);
  }
}
