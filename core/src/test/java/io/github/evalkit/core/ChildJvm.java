package io.github.evalkit.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs {@link PrintProvider} in a JVM of its own, for tests of the system properties that choose
 * the provider once per JVM.
 */
final class ChildJvm {

  private ChildJvm() {}

  /** Prints the provider's name; the child JVM's main class. */
  public static final class PrintProvider {
    private PrintProvider() {}

    /**
     * Prints {@code provider=} and the provider's name.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
      System.out.println("provider=" + ArrayKernels.providerName());
    }
  }

  /**
   * Starts a JVM with {@code jvmArgs} and this test class path, runs {@link PrintProvider} and
   * asserts that it exits with 0.
   *
   * @return everything it printed, standard error included
   */
  static String printProvider(String... jvmArgs) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of(jvmArgs));
    command.addAll(
        List.of("-cp", System.getProperty("java.class.path"), PrintProvider.class.getName()));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as(output).isZero();
    return output;
  }
}
