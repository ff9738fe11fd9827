package io.github.evalkit.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Text and Markdown renderings of the reports; locale-independent, lines end in {@code \n}. */
final class ReportFormat {

  /** The characters {@link #escape} backslash-escapes. */
  private static final String MARKUP = "\\|*_`<>[]~&!#";

  private ReportFormat() {}

  static String text(ClassificationReport r, int digits) {
    Format.fixed(0, digits); // validates digits
    int width = "weighted avg".length();
    for (String label : r.labels()) {
      width = Math.max(width, printable(label).length());
    }
    width = Math.max(width, digits);
    StringBuilder out = new StringBuilder();
    // Same layout as sklearn.metrics.classification_report: right-aligned label column, then
    // columns of width 9 separated by one space.
    out.append(pad("", width)).append(' ');
    for (String h : new String[] {"precision", "recall", "f1-score", "support"}) {
      out.append(' ').append(pad(h, 9));
    }
    out.append("\n\n");
    for (ClassScores s : r.perClass()) {
      row(out, printable(s.label()), width, digits, s.precision(), s.recall(), s.f1(), s.support());
    }
    out.append('\n');
    out.append(pad("accuracy", width)).append(' ');
    out.append(' ').append(pad("", 9)).append(' ').append(pad("", 9));
    out.append(' ').append(pad(Format.fixed(r.accuracy(), digits), 9));
    out.append(' ').append(pad(Long.toString(r.n()), 9)).append('\n');
    AveragedScores macro = r.average(Average.MACRO);
    AveragedScores weighted = r.average(Average.WEIGHTED);
    row(out, "macro avg", width, digits, macro.precision(), macro.recall(), macro.f1(), r.n());
    row(
        out,
        "weighted avg",
        width,
        digits,
        weighted.precision(),
        weighted.recall(),
        weighted.f1(),
        r.n());
    out.append('\n');
    line(out, "balanced accuracy", Format.fixed(r.balancedAccuracy(), digits));
    line(out, "mcc", Format.fixed(r.matthewsCorrelation(), digits));
    line(out, "cohen kappa", Format.fixed(r.cohenKappa(), digits));
    MajorityBaseline b = r.baseline();
    line(
        out,
        "baseline",
        "always '" + printable(b.label()) + "': accuracy " + Format.fixed(b.accuracy(), digits));
    Optional<BinaryView> binary = r.binary();
    if (binary.isPresent()) {
      BinaryView v = binary.get();
      line(
          out,
          "positive '" + printable(v.positiveLabel()) + "'",
          "tp="
              + v.truePositives()
              + " fp="
              + v.falsePositives()
              + " fn="
              + v.falseNegatives()
              + " tn="
              + v.trueNegatives()
              + " specificity="
              + Format.fixed(v.specificity(), digits));
    }
    for (Map.Entry<String, Double> e : r.customMetrics().entrySet()) {
      line(out, e.getKey(), Format.fixed(e.getValue(), digits));
    }
    for (MetricWarning w : r.warnings()) {
      out.append("warning: ").append(printable(w.message())).append('\n');
    }
    return out.toString();
  }

  static String markdown(ClassificationReport r, int digits) {
    Format.fixed(0, digits);
    StringBuilder out = new StringBuilder();
    out.append("| label | precision | recall | f1-score | support |\n");
    out.append("|---|---:|---:|---:|---:|\n");
    for (ClassScores s : r.perClass()) {
      out.append("| ")
          .append(escape(s.label()))
          .append(" | ")
          .append(Format.fixed(s.precision(), digits))
          .append(" | ")
          .append(Format.fixed(s.recall(), digits))
          .append(" | ")
          .append(Format.fixed(s.f1(), digits))
          .append(" | ")
          .append(s.support())
          .append(" |\n");
    }
    for (Average a : new Average[] {Average.MACRO, Average.WEIGHTED}) {
      AveragedScores s = r.average(a);
      out.append("| *")
          .append(a == Average.MACRO ? "macro avg" : "weighted avg")
          .append("* | ")
          .append(Format.fixed(s.precision(), digits))
          .append(" | ")
          .append(Format.fixed(s.recall(), digits))
          .append(" | ")
          .append(Format.fixed(s.f1(), digits))
          .append(" | ")
          .append(r.n())
          .append(" |\n");
    }
    out.append('\n');
    bullet(out, "accuracy", Format.fixed(r.accuracy(), digits));
    bullet(out, "balanced accuracy", Format.fixed(r.balancedAccuracy(), digits));
    bullet(out, "mcc", Format.fixed(r.matthewsCorrelation(), digits));
    bullet(out, "cohen kappa", Format.fixed(r.cohenKappa(), digits));
    MajorityBaseline b = r.baseline();
    bullet(
        out,
        "baseline",
        "always '" + escape(b.label()) + "': accuracy " + Format.fixed(b.accuracy(), digits));
    r.binary()
        .ifPresent(
            v ->
                bullet(
                    out,
                    "positive '" + escape(v.positiveLabel()) + "'",
                    "tp="
                        + v.truePositives()
                        + ", fp="
                        + v.falsePositives()
                        + ", fn="
                        + v.falseNegatives()
                        + ", tn="
                        + v.trueNegatives()
                        + ", specificity="
                        + Format.fixed(v.specificity(), digits)));
    for (Map.Entry<String, Double> e : r.customMetrics().entrySet()) {
      bullet(out, escape(e.getKey()), Format.fixed(e.getValue(), digits));
    }
    out.append('\n');
    out.append("| actual \\ predicted |");
    for (String label : r.labels()) {
      out.append(' ').append(escape(label)).append(" |");
    }
    out.append("\n|---|");
    out.append("---:|".repeat(r.labels().size()));
    out.append('\n');
    ConfusionMatrix m = r.confusionMatrix();
    for (int a = 0; a < m.numClasses(); a++) {
      out.append("| ").append(escape(m.labels().get(a))).append(" |");
      for (int p = 0; p < m.numClasses(); p++) {
        out.append(' ').append(m.count(a, p)).append(" |");
      }
      out.append('\n');
    }
    if (!r.warnings().isEmpty()) {
      out.append('\n');
      for (MetricWarning w : r.warnings()) {
        out.append("- warning: ").append(escape(w.message())).append('\n');
      }
    }
    return out.toString();
  }

  static String grid(ConfusionMatrix m) {
    List<String> labels = new ArrayList<>();
    for (String label : m.labels()) {
      labels.add(printable(label));
    }
    String corner = "actual \\ predicted";
    int first = corner.length();
    for (String label : labels) {
      first = Math.max(first, label.length());
    }
    int[] widths = new int[m.numClasses()];
    for (int p = 0; p < widths.length; p++) {
      widths[p] = labels.get(p).length();
      for (int a = 0; a < widths.length; a++) {
        widths[p] = Math.max(widths[p], Long.toString(m.count(a, p)).length());
      }
    }
    StringBuilder out = new StringBuilder();
    out.append(padRight(corner, first));
    for (int p = 0; p < widths.length; p++) {
      out.append("  ").append(pad(labels.get(p), widths[p]));
    }
    out.append('\n');
    for (int a = 0; a < widths.length; a++) {
      out.append(padRight(labels.get(a), first));
      for (int p = 0; p < widths.length; p++) {
        out.append("  ").append(pad(Long.toString(m.count(a, p)), widths[p]));
      }
      out.append('\n');
    }
    return out.toString();
  }

  static String regressionText(RegressionReport r, int digits) {
    Format.fixed(0, digits);
    StringBuilder out = new StringBuilder();
    line(out, "n", Long.toString(r.n()));
    if (r.isWeighted()) {
      line(out, "weight sum", Format.operand(r.weightSum()));
    }
    for (Map.Entry<String, Double> e : r.figures().entrySet()) {
      line(out, e.getKey(), Format.figure(e.getValue(), digits));
    }
    warnings(out, r.warnings(), "warning: ");
    return out.toString();
  }

  static String regressionMarkdown(RegressionReport r, int digits) {
    Format.fixed(0, digits);
    StringBuilder out = new StringBuilder("| metric | value |\n|---|---:|\n");
    out.append("| n | ").append(r.n()).append(" |\n");
    for (Map.Entry<String, Double> e : r.figures().entrySet()) {
      out.append("| ")
          .append(escape(e.getKey()))
          .append(" | ")
          .append(Format.figure(e.getValue(), digits))
          .append(" |\n");
    }
    if (!r.warnings().isEmpty()) {
      out.append('\n');
      for (MetricWarning w : r.warnings()) {
        out.append("- warning: ").append(escape(w.message())).append('\n');
      }
    }
    return out.toString();
  }

  private static void row(
      StringBuilder out,
      String label,
      int width,
      int digits,
      double precision,
      double recall,
      double f1,
      long support) {
    out.append(pad(label, width)).append(' ');
    out.append(' ').append(pad(Format.fixed(precision, digits), 9));
    out.append(' ').append(pad(Format.fixed(recall, digits), 9));
    out.append(' ').append(pad(Format.fixed(f1, digits), 9));
    out.append(' ').append(pad(Long.toString(support), 9)).append('\n');
  }

  private static void line(StringBuilder out, String name, String value) {
    out.append(name).append(": ").append(value).append('\n');
  }

  private static void bullet(StringBuilder out, String name, String value) {
    out.append("- **").append(name).append("**: ").append(value).append('\n');
  }

  private static void warnings(StringBuilder out, List<MetricWarning> warnings, String prefix) {
    for (MetricWarning w : warnings) {
      out.append(prefix).append(w.message()).append('\n');
    }
  }

  /**
   * Text for a line of a plain-text report: line breaks and tabs in labels shown as {@code \\n},
   * {@code \\r} and {@code \\t}, so that they cannot break the table's lines and columns.
   */
  static String printable(String s) {
    if (s.indexOf('\n') < 0 && s.indexOf('\r') < 0 && s.indexOf('\t') < 0) {
      return s;
    }
    return s.replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t");
  }

  /** Right-aligns {@code s} in {@code width} characters. */
  static String pad(String s, int width) {
    return s.length() >= width ? s : " ".repeat(width - s.length()) + s;
  }

  private static String padRight(String s, int width) {
    return s.length() >= width ? s : s + " ".repeat(width - s.length());
  }

  /**
   * Text for a Markdown table cell or list item, shown as it is: every character Markdown could
   * read as markup (emphasis, code, links, HTML, entities, table pipes) backslash-escaped, which
   * CommonMark allows for any ASCII punctuation; line breaks become spaces.
   */
  private static String escape(String s) {
    StringBuilder out = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\n' || c == '\r') {
        out.append(' ');
      } else {
        if (MARKUP.indexOf(c) >= 0) {
          out.append('\\');
        }
        out.append(c);
      }
    }
    return out.toString();
  }
}
