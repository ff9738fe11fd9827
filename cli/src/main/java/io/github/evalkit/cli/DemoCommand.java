package io.github.evalkit.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/**
 * {@code evalkit demo}: runs {@code classify}, {@code regress} and {@code impute} on small data
 * sets shipped inside the jar, through the same command line a user types, printing each command
 * and its report. The data sets are copied to a temporary directory that is deleted afterwards.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Show every feature on data sets shipped in the jar; needs no files.",
      "",
      "1. A heart-disease screen where 70%% of patients are positive: a real model, then a"
          + " model that always says 'yes' (the accuracy paradox: 0.70 accuracy, 1.0 recall, 0.0"
          + " specificity, and no better than the majority-class baseline).",
      "2. A house-price regression with every figure explained.",
      "3. A panel of patients' readings over time with gaps, filled within each patient in day"
          + " order."
    })
final class DemoCommand implements Callable<Integer> {

  private static final String[] DATA_SETS = {
    "heart-disease.csv", "house-prices.csv", "patient-readings.csv"
  };

  @Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path dir = Files.createTempDirectory("evalkit-demo-");
    try {
      for (String name : DATA_SETS) {
        try (InputStream in = DemoCommand.class.getResourceAsStream("demo/" + name)) {
          if (in == null) {
            throw new IllegalStateException("the jar lacks its demo data set " + name);
          }
          Files.copy(in, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        }
      }
      section(out, "1. A skewed screen: 70 of 100 patients have heart disease");
      int code =
          run(
              out,
              err,
              dir,
              "classify heart-disease.csv --actual disease --predicted model --positive yes"
                  + " --explain");
      code |=
          run(
              out,
              err,
              dir,
              "classify heart-disease.csv --actual disease --predicted always_yes --positive yes"
                  + " --explain");
      out.println(
          "A model that always says 'yes' scores 0.70 accuracy and 1.0 recall, yet its"
              + " specificity is 0 and it does not beat the majority-class baseline.");
      section(out, "2. House prices: a regression, every figure explained");
      code |=
          run(
              out,
              err,
              dir,
              "regress house-prices.csv --actual price --predicted predicted_price --explain");
      code |=
          run(
              out,
              err,
              dir,
              "regress house-prices.csv --actual price --predicted predicted_price --format json");
      section(out, "3. Patients' readings over time, with gaps (rows arrive out of order)");
      out.println("patient-readings.csv:");
      out.print(Files.readString(dir.resolve("patient-readings.csv"), StandardCharsets.UTF_8));
      code |=
          run(
              out,
              err,
              dir,
              "impute patient-readings.csv --output filled.csv --report report.json"
                  + " --strategy heart_rate=interpolate --strategy systolic_bp=ffill"
                  + " --strategy smoker=mode --group-by patient --order-by day");
      out.println(
          "\nfilled.csv (imputed cells only changed; a gap with nothing to take from"
              + " keeps its NA token):");
      out.print(Files.readString(dir.resolve("filled.csv"), StandardCharsets.UTF_8));
      out.println("\nreport.json:");
      out.print(Files.readString(dir.resolve("report.json"), StandardCharsets.UTF_8));
      out.flush();
      return code == 0 ? 0 : EvalkitCommand.EXIT_INTERNAL;
    } finally {
      deleteTree(dir);
    }
  }

  private static void section(PrintWriter out, String title) {
    out.println();
    out.println("=".repeat(title.length()));
    out.println(title);
    out.println("=".repeat(title.length()));
  }

  /** Runs one command line in the data directory, echoing it as the user would type it. */
  private static int run(PrintWriter out, PrintWriter err, Path dir, String commandLine) {
    out.println();
    out.println("$ evalkit " + commandLine);
    out.println();
    List<String> args = new ArrayList<>();
    for (String word : commandLine.split(" ")) {
      boolean isFile = word.endsWith(".csv") || word.endsWith(".json");
      args.add(isFile ? dir.resolve(word).toString() : word);
    }
    CommandLine cl = EvalkitCommand.newCommandLine();
    cl.setOut(out);
    cl.setErr(err);
    int code = cl.execute(args.toArray(String[]::new));
    out.flush();
    return code;
  }

  private static void deleteTree(Path dir) throws IOException {
    try (var files = Files.list(dir)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        Files.deleteIfExists(f);
      }
    }
    Files.deleteIfExists(dir);
  }
}
