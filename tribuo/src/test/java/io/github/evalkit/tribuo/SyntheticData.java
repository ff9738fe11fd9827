package io.github.evalkit.tribuo;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.tribuo.Example;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.impl.ArrayExample;
import org.tribuo.provenance.SimpleDataSourceProvenance;
import org.tribuo.regression.RegressionFactory;
import org.tribuo.regression.Regressor;

/**
 * Small synthetic data sets, generated with fixed seeds, for training real Tribuo models in the
 * tests. Every set is a few hundred rows so that training takes milliseconds.
 */
final class SyntheticData {

  static final String[] FEATURES = {"x0", "x1", "x2"};

  private SyntheticData() {}

  /**
   * Overlapping Gaussian blobs, one per class, so that a fitted model makes some mistakes in every
   * direction. {@code weights} gives each class's share of the rows (it need not sum to 1).
   */
  static MutableDataset<Label> blobs(
      long seed, int rows, String[] classes, double[] weights, double spread) {
    SplittableRandom random = new SplittableRandom(seed);
    double total = 0;
    for (double w : weights) {
      total += w;
    }
    LabelFactory factory = new LabelFactory();
    MutableDataset<Label> data =
        new MutableDataset<>(new SimpleDataSourceProvenance("blobs-" + seed, factory), factory);
    for (int i = 0; i < rows; i++) {
      double u = random.nextDouble() * total;
      int c = 0;
      while (c < weights.length - 1 && u >= weights[c]) {
        u -= weights[c];
        c++;
      }
      double[] values = new double[FEATURES.length];
      for (int f = 0; f < values.length; f++) {
        // class c is centred at (c, -c, c/2) so that neighbouring classes overlap
        double centre = f == 1 ? -c : (f == 2 ? c / 2.0 : c);
        values[f] = centre + spread * gaussian(random);
      }
      data.add(new ArrayExample<>(new Label(classes[c]), FEATURES.clone(), values));
    }
    return data;
  }

  /** {@code y = 3·x0 − 2·x1 + 0.5·x2 + 1 + noise}, a target a linear model can learn well. */
  static MutableDataset<Regressor> linear(long seed, int rows, double noise) {
    SplittableRandom random = new SplittableRandom(seed);
    RegressionFactory factory = new RegressionFactory();
    MutableDataset<Regressor> data =
        new MutableDataset<>(new SimpleDataSourceProvenance("linear-" + seed, factory), factory);
    for (int i = 0; i < rows; i++) {
      double[] x = features(random);
      double y = 3 * x[0] - 2 * x[1] + 0.5 * x[2] + 1 + noise * gaussian(random);
      data.add(new ArrayExample<>(new Regressor("y", y), FEATURES.clone(), x));
    }
    return data;
  }

  /**
   * Two targets per row: {@code price} linear in the features, {@code demand} non-linear (a step
   * and a square), so that the two dimensions get clearly different errors.
   */
  static MutableDataset<Regressor> twoTargets(long seed, int rows, double noise) {
    SplittableRandom random = new SplittableRandom(seed);
    RegressionFactory factory = new RegressionFactory();
    MutableDataset<Regressor> data =
        new MutableDataset<>(new SimpleDataSourceProvenance("two-" + seed, factory), factory);
    for (int i = 0; i < rows; i++) {
      double[] x = features(random);
      double price = 2 * x[0] + x[1] - 4 + noise * gaussian(random);
      double demand = (x[2] > 0 ? 10 : -10) + x[0] * x[0] + noise * gaussian(random);
      Regressor target =
          new Regressor(new String[] {"price", "demand"}, new double[] {price, demand});
      data.add(new ArrayExample<>(target, FEATURES.clone(), x));
    }
    return data;
  }

  static <T extends org.tribuo.Output<T>> List<Example<T>> copyOf(MutableDataset<T> data) {
    List<Example<T>> copy = new ArrayList<>();
    for (Example<T> e : data) {
      copy.add(e.copy());
    }
    return copy;
  }

  private static double[] features(SplittableRandom random) {
    double[] x = new double[FEATURES.length];
    for (int f = 0; f < x.length; f++) {
      x[f] = 4 * random.nextDouble() - 2;
    }
    return x;
  }

  /** Box–Muller: a standard normal deviate from two uniforms. */
  static double gaussian(SplittableRandom random) {
    double u1 = 1.0 - random.nextDouble(); // in (0, 1], so the log is finite
    double u2 = random.nextDouble();
    return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
  }
}
