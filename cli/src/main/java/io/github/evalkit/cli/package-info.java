/**
 * The {@code evalkit} command line: a thin layer that reads CSV files, calls {@code
 * evalkit-metrics} and {@code evalkit-imputation}, and prints reports as text, Markdown or JSON.
 * The contract it follows is the project's CLI specification; see the README.
 */
package io.github.evalkit.cli;
