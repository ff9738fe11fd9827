package io.github.evalkit.tribuo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.evaluation.LabelConfusionMatrix;
import org.tribuo.impl.ArrayExample;

class EncodedLabelsTest {

  @Test
  void codesFollowEvalkitLabelOrderAndCountLikeTribuoTransposed() {
    MutableDataset<Label> train =
        SyntheticData.blobs(11, 300, new String[] {"b", "c", "a"}, new double[] {1, 1, 1}, 0.9);
    MutableDataset<Label> test =
        SyntheticData.blobs(12, 200, new String[] {"b", "c", "a"}, new double[] {1, 1, 1}, 0.9);
    Model<Label> model = TribuoModels.logisticRegression(train);
    List<Prediction<Label>> predictions = model.predict(test);

    EncodedLabels encoded = EncodedLabels.of(model, predictions);

    assertThat(encoded.labels()).containsExactly("a", "b", "c");
    assertThat(encoded.size()).isEqualTo(200);
    LabelConfusionMatrix tribuo = new LabelConfusionMatrix(model, predictions);
    long[][] counts = pairCounts(encoded);
    for (String actual : encoded.labels()) {
      for (String predicted : encoded.labels()) {
        // Tribuo's confusion(predicted, truth) reads its matrix as rows = predicted
        assertThat((double) counts[encoded.codeOf(actual)][encoded.codeOf(predicted)])
            .as("actual %s, predicted %s", actual, predicted)
            .isEqualTo(tribuo.confusion(new Label(predicted), new Label(actual)));
      }
    }
  }

  @Test
  void domainLabelsNeverPredictedNorPresentStillGetACode() {
    List<Prediction<Label>> predictions = new ArrayList<>();
    HandMadePredictions.add(predictions, "yes", "yes", 3);
    HandMadePredictions.add(predictions, "yes", "no", 1);

    EncodedLabels encoded =
        EncodedLabels.of(HandMadePredictions.domain("yes", "no", "maybe"), predictions);

    assertThat(encoded.labels()).containsExactly("maybe", "no", "yes");
    assertThat(encoded.actual()).containsExactly(2, 2, 2, 2);
    assertThat(encoded.predicted()).containsExactly(2, 2, 2, 1);
  }

  @Test
  void labelsOutsideTheDomainAreAddedRatherThanRejected() {
    List<Prediction<Label>> predictions = new ArrayList<>();
    HandMadePredictions.add(predictions, "unseen", "yes", 1);

    EncodedLabels encoded = EncodedLabels.of(HandMadePredictions.domain("yes"), predictions);

    assertThat(encoded.labels()).containsExactly("unseen", "yes");
  }

  @Test
  void withoutADomainTheScoreMapsSupplyTheLabels() {
    List<Prediction<Label>> predictions =
        List.of(HandMadePredictions.scored("b", "b", "a", "b", "c"));

    assertThat(EncodedLabels.of(predictions).labels()).containsExactly("a", "b", "c");
  }

  @Test
  void numericLabelsSortByValue() {
    List<Prediction<Label>> predictions = new ArrayList<>();
    HandMadePredictions.add(predictions, "10", "9", 1);
    HandMadePredictions.add(predictions, "-1", "1.5", 1);

    assertThat(EncodedLabels.of(predictions).labels()).containsExactly("-1", "1.5", "9", "10");
  }

  @Test
  void emptyPredictionsGiveEmptyCodesButKeepTheDomain() {
    EncodedLabels encoded = EncodedLabels.of(HandMadePredictions.domain("x", "y"), List.of());

    assertThat(encoded.labels()).containsExactly("x", "y");
    assertThat(encoded.actual()).isEmpty();
    assertThat(encoded.predicted()).isEmpty();
  }

  @Test
  void anUnlabelledExampleIsRejectedByIndex() {
    List<Prediction<Label>> predictions = new ArrayList<>();
    HandMadePredictions.add(predictions, "a", "a", 2);
    predictions.add(
        new Prediction<>(
            new Label("a"),
            1,
            new ArrayExample<>(LabelFactory.UNKNOWN_LABEL, new String[] {"x"}, new double[] {1})));

    assertThatThrownBy(() -> EncodedLabels.of(predictions))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("predictions[2]")
        .hasMessageContaining(Label.UNKNOWN);
  }

  @Test
  void nullsAreRejectedByName() {
    List<Prediction<Label>> withNull = new ArrayList<>();
    HandMadePredictions.add(withNull, "a", "a", 1);
    withNull.add(null);

    assertThatThrownBy(() -> EncodedLabels.of(withNull))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("predictions[1] is null");
    assertThatThrownBy(() -> EncodedLabels.of((List<Prediction<Label>>) null))
        .hasMessageContaining("predictions");
    assertThatThrownBy(() -> EncodedLabels.of((Model<Label>) null, withNull))
        .hasMessageContaining("model");
  }

  @Test
  void returnedArraysAreCopies() {
    List<Prediction<Label>> predictions = new ArrayList<>();
    HandMadePredictions.add(predictions, "a", "b", 1);
    EncodedLabels encoded = EncodedLabels.of(predictions);

    encoded.actual()[0] = 1;
    encoded.predicted()[0] = 0;

    assertThat(encoded.actual()).containsExactly(0);
    assertThat(encoded.predicted()).containsExactly(1);
  }

  private static long[][] pairCounts(EncodedLabels encoded) {
    long[][] counts = new long[encoded.labelCount()][encoded.labelCount()];
    int[] actual = encoded.actual();
    int[] predicted = encoded.predicted();
    for (int i = 0; i < actual.length; i++) {
      counts[actual[i]][predicted[i]]++;
    }
    return counts;
  }
}
