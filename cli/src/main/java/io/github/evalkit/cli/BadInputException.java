package io.github.evalkit.cli;

/** Bad input that the user can fix: the command prints the message and exits with code 2. */
final class BadInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  BadInputException(String message) {
    super(message);
  }
}
