package io.github.evalkit.tribuo;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.evalkit.metrics.ConfusionMatrix;
import io.github.evalkit.tribuo.readme.TribuoQuickStart;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Keeps the README's example compiling and running: it must be the source of TribuoQuickStart. */
class ReadmeExampleTest {

  private static final Path README = Path.of("README.md");
  private static final Path SOURCE =
      Path.of("src/test/java/io/github/evalkit/tribuo/readme/TribuoQuickStart.java");

  @Test
  void theReadmeExampleIsTheCompiledQuickStart() throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    Matcher block = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL).matcher(readme);
    String quickStart = null;
    while (block.find()) {
      if (block.group(1).contains("class TribuoQuickStart")) {
        quickStart = block.group(1);
      }
    }
    assertThat(quickStart).as("README has the TribuoQuickStart example").isNotNull();
    String source =
        Files.readString(SOURCE, StandardCharsets.UTF_8).replaceFirst("package [^;]+;", "");
    assertThat(normalise(quickStart)).isEqualTo(normalise(source));
  }

  @Test
  void theQuickStartRuns() {
    ConfusionMatrix cm = TribuoQuickStart.classify().confusionMatrix();

    assertThat(cm.labels()).containsExactly("healthy", "sick");
    assertThat(cm.total()).isEqualTo(6);
    assertThat(cm.support("healthy")).isEqualTo(4);
    assertThat(TribuoQuickStart.regress().reports().keySet()).containsExactly("price", "rent");
    TribuoQuickStart.main(new String[0]);
  }

  /** Collapses whitespace, so that formatting of the README copy does not matter. */
  private static String normalise(String code) {
    return code.replaceAll("\\s+", " ").strip();
  }
}
