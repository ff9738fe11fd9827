package io.github.evalkit.tribuo;

import org.tribuo.Dataset;
import org.tribuo.Model;
import org.tribuo.classification.Label;
import org.tribuo.classification.dtree.CARTClassificationTrainer;
import org.tribuo.classification.sgd.linear.LogisticRegressionTrainer;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.regression.Regressor;
import org.tribuo.regression.rtree.CARTRegressionTrainer;
import org.tribuo.regression.sgd.linear.LinearSGDTrainer;
import org.tribuo.regression.sgd.objectives.SquaredLoss;

/** Real Tribuo trainers with fixed seeds, sized for data of a few hundred rows. */
final class TribuoModels {

  private TribuoModels() {}

  static Model<Label> logisticRegression(Dataset<Label> train) {
    return new LogisticRegressionTrainer().train(train);
  }

  static Model<Label> cart(Dataset<Label> train) {
    // depth 3 keeps the tree from memorising the overlapping blobs
    return new CARTClassificationTrainer(3).train(train);
  }

  static Model<Regressor> linearSgd(Dataset<Regressor> train) {
    return new LinearSGDTrainer(new SquaredLoss(), new AdaGrad(0.1, 0.1), 20, 42L).train(train);
  }

  static Model<Regressor> cartRegression(Dataset<Regressor> train) {
    return new CARTRegressionTrainer(4).train(train);
  }
}
