package io.github.evalkit.tribuo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tribuo.Example;
import org.tribuo.Feature;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;

class TribuoProvenanceTest {

  @Test
  void modelAndDatasetProvenanceAreKeptAsText() {
    MutableDataset<Label> train =
        SyntheticData.blobs(71, 100, new String[] {"a", "b"}, new double[] {1, 1}, 0.5);
    MutableDataset<Label> test =
        SyntheticData.blobs(72, 50, new String[] {"a", "b"}, new double[] {1, 1}, 0.5);
    Model<Label> model = TribuoModels.cart(train);

    TribuoProvenance provenance = TribuoEvaluations.classification(model, test).provenance();

    assertThat(provenance.entries().keySet())
        .containsExactly(
            TribuoProvenance.TRIBUO_VERSION,
            TribuoProvenance.MODEL_CLASS,
            TribuoProvenance.MODEL_NAME,
            TribuoProvenance.MODEL_PROVENANCE,
            TribuoProvenance.DATASET_PROVENANCE);
    assertThat(provenance.get(TribuoProvenance.TRIBUO_VERSION)).hasValue("4.3.2");
    assertThat(provenance.get(TribuoProvenance.MODEL_CLASS).orElseThrow()).contains("TreeModel");
    assertThat(provenance.get(TribuoProvenance.MODEL_PROVENANCE).orElseThrow())
        .contains("CARTClassificationTrainer")
        .contains("blobs-71");
    assertThat(provenance.get(TribuoProvenance.DATASET_PROVENANCE).orElseThrow())
        .contains("blobs-72");
    assertThat(provenance.get("no such key")).isEmpty();
    assertThat(TribuoProvenance.none().entries()).isEmpty();
    assertThatThrownBy(() -> provenance.entries().put("x", "y"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void featureColumnsBecomeExamplesRowByRow() {
    FeatureColumns columns =
        FeatureColumns.of(
            new LinkedHashMap<>(
                Map.of("x", new double[] {1.5, -0.0, 3}, "y", new double[] {10, 20, 1e300})));

    List<Example<Label>> examples =
        columns.toExamples(List.of(new Label("p"), new Label("q"), new Label("p")));

    assertThat(examples).hasSize(3);
    assertThat(examples.get(1).getOutput()).isEqualTo(new Label("q"));
    assertThat(examples.get(2).getWeight()).isEqualTo(1f);
    for (int r = 0; r < 3; r++) {
      for (Feature f : examples.get(r)) {
        assertThat(f.getValue()).isEqualTo(columns.column(f.getName())[r]);
      }
      assertThat(examples.get(r).size()).isEqualTo(2);
    }
  }
}
