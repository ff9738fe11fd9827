/**
 * Rendering of the CLI's reports for people (aligned text, Markdown) and machines (JSON through
 * Jackson). Stateless helpers, thread-safe unless stated.
 */
package io.github.evalkit.cli.report;
