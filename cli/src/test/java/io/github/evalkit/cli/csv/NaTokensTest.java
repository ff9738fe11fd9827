package io.github.evalkit.cli.csv;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NaTokensTest {

  private static boolean missing(NaTokens na, String cell) {
    char[] padded = ("xx" + cell + "yy").toCharArray();
    boolean inBuffer = na.isMissing(padded, 2, cell.length());
    assertThat(na.isMissing(cell)).isEqualTo(inBuffer);
    return inBuffer;
  }

  @Test
  void defaultsArePandasListComparedExactly() {
    NaTokens na = NaTokens.defaults();
    for (String token : NaTokens.PANDAS_DEFAULTS) {
      assertThat(missing(na, token)).as(token).isTrue();
    }
    assertThat(missing(na, " NA")).isFalse();
    assertThat(missing(na, "na")).isFalse();
    assertThat(missing(na, "NAN")).isFalse();
    assertThat(missing(na, " ")).isFalse();
    assertThat(missing(na, "0")).isFalse();
  }

  @Test
  void tokensOfAnyLengthAreFoundAndOthersOfTheSameLengthAreNot() {
    String longToken = "y".repeat(70); // longer than the length filter's 63
    NaTokens na = NaTokens.parse("x,missing value," + longToken);
    assertThat(missing(na, "x")).isTrue();
    assertThat(missing(na, "missing value")).isTrue();
    assertThat(missing(na, "missing valuE")).isFalse();
    assertThat(missing(na, longToken)).isTrue();
    assertThat(missing(na, longToken + "y")).isFalse();
    assertThat(missing(na, "y".repeat(64))).isFalse();
    assertThat(missing(na, "z")).isFalse();
    assertThat(missing(na, "")).isTrue();
  }

  @Test
  void aListReplacesTheDefaultsButEmptyStaysMissing() {
    NaTokens na = NaTokens.parse("?,-999");
    assertThat(missing(na, "?")).isTrue();
    assertThat(missing(na, "-999")).isTrue();
    assertThat(missing(na, "")).isTrue();
    assertThat(missing(na, "NA")).isFalse();
    assertThat(missing(na, "-99")).isFalse();
  }
}
