package io.github.evalkit.cli.report;

import io.github.evalkit.metrics.Explanation;
import java.util.List;

/**
 * Frames a report for people: a title with the row counts, the confusion-matrix grid when there is
 * one, the figures as {@code evalkit-metrics} renders them (warnings included), and the worked
 * formulas for {@code --explain}. Stateless.
 */
public final class Reports {
  private Reports() {}

  /**
   * The plain-text report.
   *
   * @param title what was evaluated
   * @param n rows evaluated
   * @param dropped rows dropped for missing values
   * @param figures the metrics module's text rendering
   * @param grid the confusion matrix grid, or null
   * @param explanations the worked formulas, or null without {@code --explain}
   * @return the text
   */
  public static String text(
      String title,
      long n,
      long dropped,
      String figures,
      String grid,
      List<Explanation> explanations) {
    StringBuilder out = new StringBuilder();
    out.append(oneLine(title)).append('\n');
    out.append(rows(n, dropped)).append("\n\n");
    if (grid != null) {
      out.append("Confusion matrix (rows = actual, columns = predicted):\n");
      out.append(grid).append('\n');
    }
    out.append(cliWords(figures));
    if (explanations != null) {
      out.append("\nHow each figure was computed:\n");
      for (Explanation e : explanations) {
        out.append("  ").append(oneLine(e.render(3))).append('\n');
      }
    }
    return out.toString();
  }

  /**
   * The Markdown report.
   *
   * @param title what was evaluated
   * @param n rows evaluated
   * @param dropped rows dropped for missing values
   * @param figures the metrics module's Markdown rendering
   * @param grid the confusion matrix grid, or null
   * @param explanations the worked formulas, or null without {@code --explain}
   * @return the Markdown
   */
  public static String markdown(
      String title,
      long n,
      long dropped,
      String figures,
      String grid,
      List<Explanation> explanations) {
    StringBuilder out = new StringBuilder();
    out.append("## ").append(TextTable.escapeMarkdown(title)).append("\n\n");
    out.append(rows(n, dropped)).append("\n\n");
    if (grid != null) {
      out.append("Confusion matrix (rows = actual, columns = predicted):\n\n```\n");
      out.append(grid).append("```\n\n");
    }
    out.append(cliWords(figures));
    if (explanations != null) {
      out.append("\n### How each figure was computed\n\n");
      for (Explanation e : explanations) {
        out.append("- `").append(e.render(3).replace("`", "'")).append("`\n");
      }
    }
    return out.toString();
  }

  /**
   * Rewords the library's advice for command-line users.
   *
   * @param text a warning or a rendered report
   * @return the text, naming {@code --zero-division} instead of the Java enum
   */
  public static String cliWords(String text) {
    return text.replace("use ZeroDivision to choose", "choose another value with --zero-division");
  }

  /**
   * A line of the text report: line breaks and tabs (in labels or column names) shown as {@code
   * \\n}, {@code \\r} and {@code \\t}, as {@code evalkit-metrics} shows them in its tables.
   */
  static String oneLine(String s) {
    return s.replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t");
  }

  private static String rows(long n, long dropped) {
    return "n = "
        + n
        + (n == 1 ? " row" : " rows")
        + " evaluated"
        + (dropped == 0 ? "" : ", " + dropped + " dropped for missing values");
  }
}
