package io.github.evalkit.tribuo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tribuo.ImmutableOutputInfo;
import org.tribuo.MutableDataset;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.impl.ArrayExample;
import org.tribuo.provenance.SimpleDataSourceProvenance;
import org.tribuo.regression.RegressionFactory;
import org.tribuo.regression.Regressor;

/** Tribuo predictions written out by hand, for the cases where the exact counts matter. */
final class HandMadePredictions {

  private HandMadePredictions() {}

  /**
   * {@code count} predictions of {@code predicted} for examples whose actual label is {@code
   * actual}, appended to {@code into}.
   */
  static void add(List<Prediction<Label>> into, String actual, String predicted, int count) {
    for (int i = 0; i < count; i++) {
      ArrayExample<Label> example =
          new ArrayExample<>(new Label(actual), new String[] {"x"}, new double[] {into.size()});
      into.add(new Prediction<>(new Label(predicted), 1, example));
    }
  }

  /** A prediction with a full score map, as a probabilistic classifier makes it. */
  static Prediction<Label> scored(String actual, String predicted, String... domain) {
    ArrayExample<Label> example =
        new ArrayExample<>(new Label(actual), new String[] {"x"}, new double[] {1});
    Map<String, Label> scores = new LinkedHashMap<>();
    for (String label : domain) {
      scores.put(label, new Label(label, label.equals(predicted) ? 0.9 : 0.1 / domain.length));
    }
    return new Prediction<>(new Label(predicted, 0.9), scores, 1, example, true);
  }

  /** The output domain of a dataset holding one example of each label. */
  static ImmutableOutputInfo<Label> domain(String... labels) {
    LabelFactory factory = new LabelFactory();
    MutableDataset<Label> data =
        new MutableDataset<>(new SimpleDataSourceProvenance("domain", factory), factory);
    for (String label : labels) {
      data.add(new ArrayExample<>(new Label(label), new String[] {"x"}, new double[] {1}));
    }
    return data.getOutputIDInfo();
  }

  /** One regression prediction per row of {@code actual}/{@code predicted}, dimensions by name. */
  static List<Prediction<Regressor>> regression(
      String[] names, double[][] actual, double[][] predicted) {
    List<Prediction<Regressor>> predictions = new ArrayList<>();
    for (int i = 0; i < actual.length; i++) {
      ArrayExample<Regressor> example =
          new ArrayExample<>(new Regressor(names, actual[i]), new String[] {"x"}, new double[] {i});
      predictions.add(new Prediction<>(new Regressor(names, predicted[i]), 1, example));
    }
    return predictions;
  }

  /** The output domain of regression examples with these dimension names. */
  static ImmutableOutputInfo<Regressor> regressionDomain(String... names) {
    RegressionFactory factory = new RegressionFactory();
    MutableDataset<Regressor> data =
        new MutableDataset<>(new SimpleDataSourceProvenance("domain", factory), factory);
    data.add(
        new ArrayExample<>(
            new Regressor(names, new double[names.length]), new String[] {"x"}, new double[] {1}));
    return data.getOutputIDInfo();
  }
}
