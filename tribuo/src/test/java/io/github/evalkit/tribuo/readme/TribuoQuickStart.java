package io.github.evalkit.tribuo.readme;

import io.github.evalkit.imputation.Imputers;
import io.github.evalkit.metrics.Average;
import io.github.evalkit.metrics.ConfusionMatrix;
import io.github.evalkit.metrics.RegressionReport;
import io.github.evalkit.tribuo.FeatureColumns;
import io.github.evalkit.tribuo.FeatureImputer;
import io.github.evalkit.tribuo.FittedFeatureImputer;
import io.github.evalkit.tribuo.TribuoClassificationResult;
import io.github.evalkit.tribuo.TribuoEvaluations;
import io.github.evalkit.tribuo.TribuoRegressionResult;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.linear.LogisticRegressionTrainer;
import org.tribuo.regression.RegressionFactory;
import org.tribuo.regression.Regressor;
import org.tribuo.regression.rtree.CARTRegressionTrainer;

public class TribuoQuickStart {

  static final double NA = Double.NaN; // a missing cell

  public static void main(String[] args) {
    TribuoClassificationResult screening = classify();
    System.out.println(screening.report().toText(3));
    ConfusionMatrix cm = screening.confusionMatrix(); // rows = actual, columns = predicted
    System.out.println("sick predicted healthy: " + cm.count("sick", "healthy"));
    System.out.println("macro F1: " + cm.f1(Average.MACRO));

    RegressionReport price = regress().report("price");
    System.out.println("price RMSE " + price.rootMeanSquaredError() + ", R² " + price.r2());
  }

  public static TribuoClassificationResult classify() {
    // 1. Feature columns with gaps, one array per feature, split into train and test.
    Map<String, double[]> train = new LinkedHashMap<>();
    train.put("age", new double[] {25, NA, 47, 52, 33, 61, 29, 58, 44, 36});
    train.put("bp", new double[] {118, 121, NA, 150, 125, 160, 115, NA, 142, 119});
    List<Label> trainLabels =
        labels(
            "healthy", "healthy", "sick", "sick", "healthy", "sick", "healthy", "sick", "sick",
            "healthy");
    Map<String, double[]> test = new LinkedHashMap<>();
    test.put("age", new double[] {NA, 57, 31, 49, 27, 63});
    test.put("bp", new double[] {117, NA, 124, 151, 116, 149});
    List<Label> testLabels = labels("healthy", "sick", "healthy", "sick", "healthy", "healthy");

    // 2. Fit the imputers on the training split only, then fill both splits.
    FittedFeatureImputer imputer =
        FeatureImputer.create()
            .with("age", Imputers.median())
            .withDefault(Imputers.mean())
            .fit(FeatureColumns.of(train));
    LabelFactory labelFactory = new LabelFactory();
    MutableDataset<Label> trainData =
        imputer.transform(FeatureColumns.of(train)).toDataset(trainLabels, labelFactory, "train");
    MutableDataset<Label> testData =
        imputer.transform(FeatureColumns.of(test)).toDataset(testLabels, labelFactory, "test");

    // 3. Train with Tribuo, evaluate with evalkit.
    Model<Label> model = new LogisticRegressionTrainer().train(trainData);
    return TribuoEvaluations.classification(model, testData);
  }

  public static TribuoRegressionResult regress() {
    // Two targets per row: a two-dimensional Tribuo regressor gets one evalkit report per target.
    Map<String, double[]> features = new LinkedHashMap<>();
    features.put("rooms", new double[] {2, 3, 3, 4, 5, 2, 4, 5, 3, 4});
    features.put("age", new double[] {30, 12, 25, 8, 3, 40, 15, 10, 20, 5});
    String[] names = {"price", "rent"};
    double[][] targets = {
      {210, 900}, {320, 1200}, {290, 1100}, {420, 1500}, {530, 1900},
      {190, 850}, {400, 1450}, {510, 1850}, {300, 1150}, {440, 1600}
    };
    List<Regressor> outputs = new ArrayList<>();
    for (double[] t : targets) {
      outputs.add(new Regressor(names, t));
    }
    MutableDataset<Regressor> data =
        FeatureColumns.of(features).toDataset(outputs, new RegressionFactory(), "houses");
    Model<Regressor> model = new CARTRegressionTrainer(3).train(data);
    return TribuoEvaluations.regression(model, data);
  }

  private static List<Label> labels(String... names) {
    return Arrays.stream(names).map(Label::new).toList();
  }
}
