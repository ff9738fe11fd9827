package io.github.evalkit.core.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Locale;

/**
 * Chooses the kernel provider once, at class initialisation.
 *
 * <p>The Vector API provider is used when the module {@code jdk.incubator.vector} is in the boot
 * layer and its preferred species has at least two double lanes; otherwise the scalar provider is
 * used and one log line says how to enable the faster path. The system property {@code
 * evalkit.vectorization} set to {@code scalar} forces the scalar provider; {@code auto} (the
 * default) lets the lookup decide. The vector class is found by name, so nothing outside its own
 * source root links against the incubator module.
 *
 * <p>Thread-safe: the choice is made once by the class-initialisation lock of a holder class.
 */
public final class KernelProvider {

  /** System property that forces a provider: {@code auto} or {@code scalar}. */
  public static final String PROPERTY = "evalkit.vectorization";

  private static final String VECTOR_CLASS = "io.github.evalkit.core.internal.VectorKernels";

  private KernelProvider() {}

  /**
   * Returns the provider in use.
   *
   * @return the kernel provider chosen at start-up
   */
  public static KernelSupport get() {
    return Holder.INSTANCE;
  }

  // A holder class, so the lookup runs on first use and cannot deadlock class initialisation.
  private static final class Holder {
    static final KernelSupport INSTANCE = lookup();
  }

  private static KernelSupport lookup() {
    System.Logger log = System.getLogger(KernelProvider.class.getName());
    String value = System.getProperty(PROPERTY, "auto");
    String mode = value.trim().toLowerCase(Locale.ROOT);
    if (mode.equals("scalar")) {
      return ScalarKernels.INSTANCE;
    }
    if (!mode.equals("auto")) {
      log.log(
          System.Logger.Level.WARNING,
          "Unknown value \"{0}\" for -D{1} (expected auto or scalar); choosing automatically.",
          value,
          PROPERTY);
    }
    if (ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) {
      log.log(
          System.Logger.Level.INFO,
          "evalkit uses its scalar kernels. For the faster Java Vector API kernels, run java with"
              + " --add-modules jdk.incubator.vector (for java -jar: set"
              + " JDK_JAVA_OPTIONS=--add-modules=jdk.incubator.vector).");
      return ScalarKernels.INSTANCE;
    }
    try {
      Class<?> vectorClass = Class.forName(VECTOR_CLASS);
      return (KernelSupport)
          MethodHandles.lookup()
              .findConstructor(vectorClass, MethodType.methodType(void.class))
              .invoke();
    } catch (UnsupportedOperationException e) {
      log.log(System.Logger.Level.INFO, "evalkit uses its scalar kernels: {0}", e.getMessage());
      return ScalarKernels.INSTANCE;
    } catch (ClassNotFoundException | NoSuchMethodException | IllegalAccessException e) {
      throw new LinkageError("evalkit-core is packaged without its vector kernels", e);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new LinkageError("cannot create the vector kernels", e);
    }
  }
}
