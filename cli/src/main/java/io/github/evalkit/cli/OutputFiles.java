package io.github.evalkit.cli;

import io.github.evalkit.cli.csv.BadInputException;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes output files through a temporary file in the target's directory and an atomic move, so a
 * failed run leaves no partial file, and refuses a target that is one of the inputs. A FIFO or a
 * device ({@code /dev/stdout}) is written into once the output is complete; a symbolic link to a
 * file is kept, and the file it points to replaced.
 */
final class OutputFiles {

  /** Writes into a {@link Writer}; may fail. */
  @FunctionalInterface
  interface Body {
    void writeTo(Writer out) throws IOException;
  }

  private OutputFiles() {}

  /**
   * Refuses an output that is one of the inputs, however the path is spelled (relative, with {@code
   * ..}, through a symbolic or hard link).
   */
  static void requireNotAnInput(Path output, String option, Path... inputs) {
    for (Path input : inputs) {
      if (input != null && sameFile(output, input)) {
        throw new BadInputException(
            option
                + " "
                + output
                + " is the input file "
                + input
                + "; evalkit never overwrites its input, so name another file");
      }
    }
  }

  /**
   * Refuses two outputs that are one file (by any spelling): the second would replace the first.
   */
  static void requireDistinct(Path output, String option, Path other, String otherOption) {
    if (sameFile(output, other)) {
      throw new BadInputException(
          option + " " + output + " is also the " + otherOption + " file; name another file");
    }
  }

  static boolean sameFile(Path a, Path b) {
    try {
      if (a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize())) {
        return true;
      }
      if (Files.exists(a) && Files.exists(b)) {
        return Files.isSameFile(a, b);
      }
      Path parentA = a.toAbsolutePath().getParent();
      Path parentB = b.toAbsolutePath().getParent();
      if (parentA != null && parentB != null && Files.exists(parentA) && Files.exists(parentB)) {
        return parentA
            .toRealPath()
            .resolve(a.getFileName())
            .equals(parentB.toRealPath().resolve(b.getFileName()));
      }
      return false;
    } catch (IOException e) {
      return false;
    }
  }

  /** Fails early, before anything is written, when a target's directory does not exist. */
  static void requireDirectory(Path target, String option) {
    Path dir = target.toAbsolutePath().getParent();
    if (dir == null || !Files.isDirectory(dir)) {
      throw new BadInputException(option + " " + target + ": the directory does not exist");
    }
    if (Files.isDirectory(target)) {
      throw new BadInputException(option + " " + target + ": is a directory");
    }
  }

  /**
   * Writes a file atomically: into a temporary file next to it, then moved over it.
   *
   * @throws BadInputException when the directory does not exist or cannot be written
   */
  static void writeAtomically(Path target, String option, Body body) throws IOException {
    try (Staged staged = stage(target, option, body)) {
      staged.commit();
    }
  }

  /**
   * Writes a file's content into a temporary file next to it, to be moved into place by {@link
   * Staged#commit()}; closing an uncommitted one deletes it. A command with several outputs stages
   * them all before committing any, so that a failure while writing one leaves none behind.
   *
   * @throws BadInputException when the directory does not exist or cannot be written
   */
  static Staged stage(Path target, String option, Body body) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path dir = absolute.getParent();
    if (dir == null || !Files.isDirectory(dir)) {
      throw new BadInputException(option + " " + target + ": the directory does not exist");
    }
    if (Files.isDirectory(absolute)) {
      throw new BadInputException(option + " " + target + ": is a directory");
    }
    // A FIFO or a device (/dev/stdout, /dev/null) is written into, never replaced: moving a file
    // over it would delete it (as root, /dev/stdout itself) and send nothing where it points.
    boolean stream = Files.exists(absolute) && !Files.isRegularFile(absolute);
    // A symbolic link to a file keeps being a link: the file it points to is replaced.
    Path destination =
        !stream && Files.isSymbolicLink(absolute) && Files.exists(absolute)
            ? absolute.toRealPath()
            : absolute;
    Path temp;
    try {
      temp =
          stream
              ? Files.createTempFile("evalkit-", ".tmp")
              : Files.createTempFile(
                  destination.getParent(), "." + destination.getFileName() + ".", ".tmp");
    } catch (IOException e) {
      throw new BadInputException(option + " " + target + ": cannot write there: " + e);
    }
    Staged staged = new Staged(temp, destination, stream);
    try {
      try (Writer out =
          new BufferedWriter(
              new OutputStreamWriter(Files.newOutputStream(temp), StandardCharsets.UTF_8),
              1 << 16)) {
        body.writeTo(out);
      }
      makeReadable(temp);
      return staged;
    } catch (IOException | RuntimeException | Error e) {
      staged.close();
      throw e;
    }
  }

  /** A written temporary file and the target it is meant for. Not thread-safe. */
  static final class Staged implements AutoCloseable {
    private final Path temp;
    private final Path target;
    private final boolean stream;
    private boolean committed;

    private Staged(Path temp, Path target, boolean stream) {
      this.temp = temp;
      this.target = target;
      this.stream = stream;
    }

    /**
     * Moves the temporary file over the target, atomically where the file system can; or, for a
     * FIFO or device, copies it into the target.
     */
    void commit() throws IOException {
      if (stream) {
        try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.WRITE)) {
          Files.copy(temp, out);
        }
        committed = true;
        Files.deleteIfExists(temp);
        return;
      }
      try {
        Files.move(
            temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
      committed = true;
    }

    /** Deletes the temporary file unless it was committed. */
    @Override
    public void close() throws IOException {
      if (!committed || stream) {
        Files.deleteIfExists(temp);
      }
    }
  }

  /** Temporary files are created owner-only; a finished output gets the usual rw-r--r--. */
  private static void makeReadable(Path file) {
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
    } catch (UnsupportedOperationException | IOException e) {
      // Not a POSIX file system: keep the default permissions.
    }
  }

  /** Writes a finished report to {@code --output} atomically, or to stdout. */
  static void emit(String report, Path output, java.io.PrintWriter stdout) throws IOException {
    if (output == null) {
      stdout.print(report);
      stdout.flush();
    } else {
      writeAtomically(output, "--output", out -> out.write(report));
    }
  }
}
