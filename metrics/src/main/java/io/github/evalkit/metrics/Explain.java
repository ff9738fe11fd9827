package io.github.evalkit.metrics;

import java.math.BigInteger;

/** Builds the explanations of classification figures from a matrix's counts. */
final class Explain {

  private Explain() {}

  static Explanation precision(ConfusionMatrix m, int c) {
    long tp = m.truePositives(c);
    long fp = m.falsePositives(c);
    return new Explanation(
        m.name("precision", c),
        "TP/(TP+FP)",
        tp + "/(" + tp + "+" + fp + ")",
        m.precision(c),
        policyNote(m, tp + fp));
  }

  static Explanation recall(ConfusionMatrix m, int c) {
    long tp = m.truePositives(c);
    long fn = m.falseNegatives(c);
    return new Explanation(
        m.name("recall", c),
        "TP/(TP+FN)",
        tp + "/(" + tp + "+" + fn + ")",
        m.recall(c),
        policyNote(m, tp + fn));
  }

  static Explanation f1(ConfusionMatrix m, int c) {
    long tp = m.truePositives(c);
    long fp = m.falsePositives(c);
    long fn = m.falseNegatives(c);
    return new Explanation(
        m.name("f1", c),
        "2TP/(2TP+FP+FN)",
        "2*" + tp + "/(2*" + tp + "+" + fp + "+" + fn + ")",
        m.f1(c),
        policyNote(m, 2 * tp + fp + fn));
  }

  static Explanation specificity(ConfusionMatrix m, int c) {
    long tn = m.trueNegatives(c);
    long fp = m.falsePositives(c);
    return new Explanation(
        m.name("specificity", c),
        "TN/(TN+FP)",
        tn + "/(" + tn + "+" + fp + ")",
        m.specificity(c),
        policyNote(m, tn + fp));
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
        m.matthewsCorrelation(),
        parts[1].signum() * parts[2].signum() != 0 ? "" : mccNote(m));
  }

  static Explanation cohenKappa(ConfusionMatrix m) {
    BigInteger[] parts = m.mccParts();
    return new Explanation(
        "cohen_kappa",
        "(p_o - p_e)/(1 - p_e) = (n*trace - Σp_k*t_k)/(n² - Σp_k*t_k)",
        parts[0] + "/" + parts[3],
        m.cohenKappa(),
        parts[3].signum() == 0 ? "zero denominator" : "");
  }

  /**
   * Empty when {@code denominator} is not 0; else says that the value shown is the zero-division
   * policy's, spelled as the command line's {@code --zero-division}.
   */
  private static String policyNote(ConfusionMatrix m, long denominator) {
    if (denominator != 0) {
      return "";
    }
    switch (m.zeroDivision()) {
      case WARN:
        return "zero denominator; zero_division=warn gives 0 and a warning";
      case ZERO:
        return "zero denominator; zero_division=0";
      case ONE:
        return "zero denominator; zero_division=1";
      default:
        return "zero denominator; zero_division=nan";
    }
  }

  /** MCC with a zero denominator is 0 under every policy but nan, as in scikit-learn. */
  private static String mccNote(ConfusionMatrix m) {
    return m.zeroDivision() == ZeroDivision.NAN
        ? "zero denominator; zero_division=nan"
        : "zero denominator: 0, as scikit-learn";
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
