package io.github.evalkit.metrics;

/**
 * Evaluates the worked formulas of {@link Explanation#substituted()} ({@code 63/(63+10)}, {@code
 * sqrt(12.5/50)}, {@code 1 - (3.2/7)/(9.81/7)}) together with a bound on their error: short integer
 * operands are exact, others are printed to 6 significant digits (a relative error up to 5e-6), and
 * each operation adds a rounding. Operands may be {@code undefined} (NaN) or {@code Infinity}.
 */
final class WorkedExpressions {

  /** A value and a bound on its absolute error. */
  record Bounded(double value, double error) {}

  private final String text;
  private int at;

  private WorkedExpressions(String text) {
    this.text = text;
  }

  static Bounded evaluate(String text) {
    WorkedExpressions parser = new WorkedExpressions(text);
    Bounded result = parser.sum();
    parser.skipSpaces();
    if (parser.at != text.length()) {
      throw new IllegalArgumentException(
          "unexpected '" + text.substring(parser.at) + "' in " + text);
    }
    return result;
  }

  private Bounded sum() {
    Bounded left = product();
    while (true) {
      skipSpaces();
      if (eat('+')) {
        left = add(left, product(), 1);
      } else if (eat('-')) {
        left = add(left, product(), -1);
      } else {
        return left;
      }
    }
  }

  private Bounded product() {
    Bounded left = factor();
    while (true) {
      skipSpaces();
      if (eat('*')) {
        Bounded right = factor();
        double v = left.value() * right.value();
        double e =
            Math.abs(left.value()) * right.error()
                + Math.abs(right.value()) * left.error()
                + left.error() * right.error();
        left = new Bounded(v, e + rounding(v));
      } else if (eat('/')) {
        Bounded right = factor();
        double b = Math.abs(right.value());
        double v = left.value() / right.value();
        // |a/b − a'/b'| ≤ (|a/b|·eb/b + ea/b) / (1 − eb/b), in relative terms that cannot overflow.
        double rb = right.error() / b;
        double e =
            rb >= 1 ? Double.POSITIVE_INFINITY : (Math.abs(v) * rb + left.error() / b) / (1 - rb);
        left = new Bounded(v, e + rounding(v));
      } else {
        return left;
      }
    }
  }

  private Bounded factor() {
    skipSpaces();
    if (eat('-')) {
      Bounded inner = factor();
      return new Bounded(-inner.value(), inner.error());
    }
    if (eat('(')) {
      Bounded inner = sum();
      expect(')');
      return inner;
    }
    if (text.startsWith("sqrt(", at)) {
      at += 5;
      Bounded inner = sum();
      expect(')');
      double v = Math.sqrt(inner.value());
      double below = Math.sqrt(Math.max(0, inner.value() - inner.error()));
      double above = Math.sqrt(inner.value() + inner.error());
      return new Bounded(v, Math.max(v - below, above - v) + rounding(v));
    }
    if (text.startsWith("undefined", at)) {
      at += 9;
      return new Bounded(Double.NaN, 0);
    }
    if (text.startsWith("Infinity", at)) {
      at += 8;
      return new Bounded(Double.POSITIVE_INFINITY, 0);
    }
    int start = at;
    while (at < text.length()
        && (Character.isDigit(text.charAt(at))
            || text.charAt(at) == '.'
            || text.charAt(at) == 'e'
            || ((text.charAt(at) == '+' || text.charAt(at) == '-')
                && at > start
                && text.charAt(at - 1) == 'e'))) {
      at++;
    }
    if (start == at) {
      throw new IllegalArgumentException("no number at " + at + " in " + text);
    }
    String number = text.substring(start, at);
    double v = Double.parseDouble(number);
    // Integers are printed exactly, other values to six significant digits: a relative error of at
    // most 5e-6 (subnormals keep fewer digits). From 1e5 up, six digits have no decimals left, so a
    // rounded value looks like an integer too (6664383.29 prints as 6664380): only integers of up
    // to five digits are known to be exact.
    boolean exact = number.chars().allMatch(Character::isDigit) && number.length() <= 5;
    return new Bounded(v, exact ? 0 : Math.max(5e-6 * Math.abs(v), Double.MIN_VALUE));
  }

  private static Bounded add(Bounded a, Bounded b, int sign) {
    double v = a.value() + sign * b.value();
    return new Bounded(v, a.error() + b.error() + rounding(v));
  }

  private static double rounding(double v) {
    return Double.isFinite(v) ? Math.ulp(v) : 0;
  }

  private void skipSpaces() {
    while (at < text.length() && text.charAt(at) == ' ') {
      at++;
    }
  }

  private boolean eat(char c) {
    skipSpaces();
    if (at < text.length() && text.charAt(at) == c) {
      at++;
      return true;
    }
    return false;
  }

  private void expect(char c) {
    if (!eat(c)) {
      throw new IllegalArgumentException("expected '" + c + "' at " + at + " in " + text);
    }
  }
}
