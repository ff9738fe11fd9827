package io.github.evalkit.metrics;

import java.math.BigInteger;

/** Builds the explanations of classification figures from a matrix's counts. */
final class Explain {

  private Explain() {}

  static Explanation precision(ConfusionMatrix m, int c) {
    long tp = m.truePositives(c);
    long fp = m.falsePositives(c);
    return new Explanation(
        m.name("precision", c), "TP/(TP+FP)", tp + "/(" + tp + "+" + fp + ")", m.precision(c));
  }

  static Explanation recall(ConfusionMatrix m, int c) {
    long tp = m.truePositives(c);
    long fn = m.falseNegatives(c);
    return new Explanation(
        m.name("recall", c), "TP/(TP+FN)", tp + "/(" + tp + "+" + fn + ")", m.recall(c));
  }

  static Explanation f1(ConfusionMatrix m, int c) {
    long tp = m.truePositives(c);
    long fp = m.falsePositives(c);
    long fn = m.falseNegatives(c);
    return new Explanation(
        m.name("f1", c),
        "2TP/(2TP+FP+FN)",
        "2*" + tp + "/(2*" + tp + "+" + fp + "+" + fn + ")",
        m.f1(c));
  }

  static Explanation specificity(ConfusionMatrix m, int c) {
    long tn = m.trueNegatives(c);
    long fp = m.falsePositives(c);
    return new Explanation(
        m.name("specificity", c), "TN/(TN+FP)", tn + "/(" + tn + "+" + fp + ")", m.specificity(c));
  }

  static Explanation accuracy(ConfusionMatrix m) {
    return new Explanation("accuracy", "trace/n", m.trace() + "/" + m.total(), m.accuracy());
  }

  static Explanation balancedAccuracy(ConfusionMatrix m) {
    StringBuilder terms = new StringBuilder("(");
    int present = 0;
    for (int c = 0; c < m.numClasses(); c++) {
      if (m.support(c) > 0) {
        terms.append(present == 0 ? "" : " + ");
        terms.append(m.truePositives(c)).append('/').append(m.support(c));
        present++;
      }
    }
    terms.append(")/").append(present);
    return new Explanation(
        "balanced_accuracy",
        "mean recall over labels with support > 0",
        terms.toString(),
        m.balancedAccuracy());
  }

  static Explanation mcc(ConfusionMatrix m) {
    BigInteger[] parts = m.mccParts();
    return new Explanation(
        "mcc",
        "(n*trace - Σp_k*t_k)/sqrt((n² - Σp_k²)(n² - Σt_k²))",
        parts[0] + "/sqrt(" + parts[1] + "*" + parts[2] + ")",
        m.matthewsCorrelation());
  }

  static Explanation cohenKappa(ConfusionMatrix m) {
    BigInteger[] parts = m.mccParts();
    return new Explanation(
        "cohen_kappa",
        "(p_o - p_e)/(1 - p_e) = (n*trace - Σp_k*t_k)/(n² - Σp_k*t_k)",
        parts[0] + "/" + parts[3],
        m.cohenKappa());
  }

  static Explanation baseline(ConfusionMatrix m) {
    MajorityBaseline b = m.baseline();
    return new Explanation(
        "baseline_accuracy(" + b.label() + ")",
        "support(majority)/n",
        b.count() + "/" + b.total(),
        b.accuracy());
  }
}
