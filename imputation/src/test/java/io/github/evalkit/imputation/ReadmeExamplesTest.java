package io.github.evalkit.imputation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Runs the examples of the module README, with the values its comments state. */
class ReadmeExamplesTest {

  @Test
  void apiAtAGlance() {
    double NaN = Double.NaN; // named as in the README
    double[] train = {1, NaN, 2, 6};
    double[] test = {NaN, 5, NaN};

    double[] filled = Imputers.mean().fit(train).transform(test);
    assertThat(filled).containsExactly(3, 5, 3);
    FittedImputer median = Imputers.median().fit(train);
    double fill = median.fillValue().getAsDouble();
    assertThat(fill).isEqualTo(2.0);

    double[] series = {NaN, 1, NaN, NaN, 4, NaN};
    double[] ff = Imputers.forwardFill().withLimit(1).fit(series).transform(series);
    assertThat(ff).containsExactly(NaN, 1, 1, NaN, 4, 4);
    double[] bf = Imputers.backwardFill().fit(series).transform(series);
    assertThat(bf).containsExactly(1, 1, 4, 4, 4, NaN);
    double[] li = Imputers.linearInterpolation().fit(series).transform(series);
    assertThat(li).containsExactly(NaN, 1, 2, 3, 4, NaN);
    double[] fb =
        Imputers.forwardFill().withFallback(Imputers.backwardFill()).fit(series).transform(series);
    assertThat(fb).containsExactly(1, 1, 1, 1, 4, 4);

    String[] patient = {"A", "B", "A", "B"};
    double[] time = {2, 1, 1, 2};
    double[] hr = {NaN, 70, 80, NaN};
    Panel panel = Panel.byEntity(patient).orderedBy(time);
    double[] byPatient = Imputers.forwardFill().fit(hr).transform(hr, panel);
    assertThat(byPatient).containsExactly(80, 70, 80, 70);
    Imputed<double[]> perPatient = Imputers.mean().fitByGroup(hr, patient).impute(hr, panel);
    int fallbacks = perPatient.report().groupFallbacks().getAsInt();
    assertThat(fallbacks).isZero();
    assertThat(perPatient.values()).containsExactly(80, 70, 80, 70);

    double[] t = {0, 1, 3, 4};
    double[] byTime =
        Imputers.linearInterpolation()
            .withTimeAxis()
            .fit(new double[] {0, NaN, NaN, 4})
            .transform(new double[] {0, NaN, NaN, 4}, Panel.ordered(t));
    assertThat(byTime).containsExactly(0, 1, 3, 4);

    double[] sentinel = {-999, 4, 8};
    double[] noSentinel = Imputers.mean().withMissingValue(-999).fit(sentinel).transform(sentinel);
    assertThat(noSentinel).containsExactly(6, 4, 8);

    String[] city = {"Oslo", null, "Bergen", "Oslo", "Bergen"};
    String[] cities = CategoricalImputer.<String>mode().fit(city).transform(city);
    assertThat(cities[1]).isEqualTo("Bergen");

    double[] wasMissing = MissingIndicator.indicator(test);
    assertThat(wasMissing).containsExactly(1, 0, 1);

    Table table =
        Table.builder()
            .text("patient", patient)
            .numeric("time", time)
            .numeric("hr", hr)
            .text("city", new String[] {"Oslo", null, null, "Bergen"})
            .build();
    ImputedTable result =
        ImputationPlan.builder()
            .strategy("hr", Strategy.FORWARD_FILL)
            .constant("city", "unknown")
            .groupBy("patient")
            .orderBy("time")
            .build()
            .apply(table);
    ImputationReport report = result.report("hr");
    assertThat(report.missing()).isEqualTo(2);
    assertThat(report.imputed()).isEqualTo(2);
    assertThat(report.remainingMissing()).isZero();
    assertThat(result.table().text("city")).containsExactly("Oslo", "unknown", "unknown", "Bergen");
  }
}
