package io.github.evalkit.tribuo;

import java.util.List;
import org.tribuo.Example;
import org.tribuo.Output;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;

/** Argument checks for the adapter, with messages naming the argument and index. */
final class AdapterChecks {

  private AdapterChecks() {}

  static <T> T notNull(String name, T value) {
    if (value == null) {
      throw new IllegalArgumentException(name + " must not be null");
    }
    return value;
  }

  static <T extends Output<T>> Prediction<T> prediction(List<Prediction<T>> predictions, int i) {
    Prediction<T> p = predictions.get(i);
    if (p == null) {
      throw new IllegalArgumentException("predictions[" + i + "] is null");
    }
    if (p.getOutput() == null) {
      throw new IllegalArgumentException("predictions[" + i + "] has no predicted output");
    }
    Example<T> example = p.getExample();
    if (example == null || example.getOutput() == null) {
      throw new IllegalArgumentException(
          "predictions[" + i + "] has no example with an actual output");
    }
    return p;
  }

  static String actualLabel(Prediction<Label> p, int i) {
    String name = p.getExample().getOutput().getLabel();
    if (Label.UNKNOWN.equals(name)) {
      throw new IllegalArgumentException(
          "predictions["
              + i
              + "] has the unknown label "
              + Label.UNKNOWN
              + " as its actual label; unlabelled examples cannot be evaluated");
    }
    return name;
  }
}
