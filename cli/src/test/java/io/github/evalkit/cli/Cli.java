package io.github.evalkit.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Runs the command line through its picocli entry point with captured streams. */
final class Cli {
  private Cli() {}

  record Run(int exitCode, String out, String err) {
    /** Stderr without the JVM's incubator-module notice, which may precede our message. */
    String message() {
      return err.lines()
          .filter(l -> !l.startsWith("WARNING: Using incubator modules"))
          .reduce("", (a, b) -> a + b + "\n");
    }
  }

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = EvalkitCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Run(code, out.toString(), err.toString());
  }

  static Path write(Path dir, String name, String content) throws Exception {
    Path file = dir.resolve(name);
    Files.write(file, content.getBytes(StandardCharsets.UTF_8));
    return file;
  }
}
