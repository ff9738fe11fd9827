/**
 * The CLI's CSV layer: a streaming RFC 4180 reader on FastCSV that hands cells to listeners without
 * materialising records, the NA-token and strict number rules of the CLI contract, and a
 * minimal-quoting writer. Classes are not thread-safe unless they say so.
 */
package io.github.evalkit.cli.csv;
