package io.github.evalkit.tribuo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tribuo.ImmutableOutputInfo;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.evaluation.LabelEvaluation;
import org.tribuo.classification.evaluation.LabelEvaluator;
import org.tribuo.classification.sgd.linear.LogisticRegressionTrainer;
import org.tribuo.impl.ArrayExample;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/** Runs Tribuo's own evaluator on hand-made predictions, which have no model of their own. */
final class TribuoReference {

  private TribuoReference() {}

  /**
   * Tribuo's LabelEvaluator needs a model, but reads only its output domain; train a throw-away
   * model whose domain is exactly {@code domain}'s labels.
   */
  static LabelEvaluation evaluate(
      ImmutableOutputInfo<Label> domain, List<Prediction<Label>> predictions) {
    LabelFactory factory = new LabelFactory();
    MutableDataset<Label> data =
        new MutableDataset<>(new SimpleDataSourceProvenance("domain", factory), factory);
    for (Label label : domain.getDomain()) {
      data.add(
          new ArrayExample<>(new Label(label.getLabel()), new String[] {"x"}, new double[] {1}));
    }
    Model<Label> model = new LogisticRegressionTrainer().train(data);
    // that model is probabilistic, so Tribuo insists on score maps (for its AUC): give each
    // prediction one that puts all mass on its predicted label
    List<Prediction<Label>> scored = new ArrayList<>();
    for (Prediction<Label> p : predictions) {
      Map<String, Label> scores = new LinkedHashMap<>();
      for (Label label : domain.getDomain()) {
        String name = label.getLabel();
        scores.put(name, new Label(name, name.equals(p.getOutput().getLabel()) ? 1 : 0));
      }
      scored.add(new Prediction<>(p.getOutput(), scores, 1, p.getExample(), true));
    }
    return new LabelEvaluator().evaluate(model, scored, data.getProvenance());
  }
}
