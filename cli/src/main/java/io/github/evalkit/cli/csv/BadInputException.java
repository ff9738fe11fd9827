package io.github.evalkit.cli.csv;

/**
 * Bad input that the user can fix: the command prints the message on stderr and exits with code 2,
 * having written nothing. The message names the file, line, column and value where there is one.
 */
public final class BadInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message one paragraph for the user
   */
  public BadInputException(String message) {
    super(message);
  }
}
