/**
 * Missing-value imputation: statistics fitted on training data (mean, median, mode, constant),
 * time-series fills (forward fill, backward fill, linear interpolation), panel data (the same fills
 * within each entity, in time order), missing-value indicators, and column-wise plans over tables
 * of named columns.
 *
 * <p>Missing numeric values are {@code NaN} (plus an optional sentinel such as {@code -999});
 * missing categorical values are {@code null}. Inputs are never modified: every transform returns a
 * new array.
 *
 * <p>Configurations ({@link io.github.evalkit.imputation.Imputer}, {@link
 * io.github.evalkit.imputation.CategoricalImputer}, {@link
 * io.github.evalkit.imputation.ImputationPlan}) and fitted imputers are immutable and safe to share
 * between threads; results ({@link io.github.evalkit.imputation.Imputed}, {@link
 * io.github.evalkit.imputation.ImputedTable}) belong to the caller.
 */
package io.github.evalkit.imputation;
