package io.github.evalkit.tribuo;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.tribuo.Dataset;
import org.tribuo.Model;
import org.tribuo.Tribuo;

/**
 * Where an evaluation came from, as Tribuo records it, kept as opaque text so that evalkit's
 * reports never depend on Tribuo's types: the Tribuo version, the model's class and name, the
 * model's full provenance (trainer, hyper-parameters, training data) and the evaluated dataset's
 * provenance, each rendered with Tribuo's own {@code toString()}.
 *
 * <p>Keys (any may be absent): {@value #TRIBUO_VERSION}, {@value #MODEL_CLASS}, {@value
 * #MODEL_NAME}, {@value #MODEL_PROVENANCE}, {@value #DATASET_PROVENANCE}. Evalkit never parses the
 * values; they are for logs and audit trails.
 *
 * <p>Immutable and thread-safe.
 */
public final class TribuoProvenance {

  /** Key of the Tribuo version that is on the classpath. */
  public static final String TRIBUO_VERSION = "tribuo.version";

  /** Key of the model's class name. */
  public static final String MODEL_CLASS = "model.class";

  /** Key of the model's name. */
  public static final String MODEL_NAME = "model.name";

  /** Key of the model's provenance (trainer, its settings, the training data). */
  public static final String MODEL_PROVENANCE = "model.provenance";

  /** Key of the evaluated dataset's provenance. */
  public static final String DATASET_PROVENANCE = "dataset.provenance";

  private static final TribuoProvenance NONE = new TribuoProvenance(Map.of());

  private final Map<String, String> entries;

  private TribuoProvenance(Map<String, String> entries) {
    this.entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
  }

  /**
   * No provenance: for predictions evaluated without their model.
   *
   * @return the empty provenance
   */
  public static TribuoProvenance none() {
    return NONE;
  }

  /**
   * The provenance of a model and, optionally, of the dataset it was evaluated on.
   *
   * @param model the model
   * @param dataset the evaluated dataset, or {@code null}
   * @return the provenance
   * @throws IllegalArgumentException if {@code model} is null
   */
  public static TribuoProvenance of(Model<?> model, Dataset<?> dataset) {
    AdapterChecks.notNull("model", model);
    Map<String, String> entries = new LinkedHashMap<>();
    entries.put(TRIBUO_VERSION, Tribuo.VERSION);
    entries.put(MODEL_CLASS, model.getClass().getName());
    if (model.getName() != null) {
      entries.put(MODEL_NAME, model.getName());
    }
    entries.put(MODEL_PROVENANCE, String.valueOf(model.getProvenance()));
    if (dataset != null) {
      entries.put(DATASET_PROVENANCE, String.valueOf(dataset.getProvenance()));
    }
    return new TribuoProvenance(entries);
  }

  /**
   * All entries, in the order listed in the class comment.
   *
   * @return an unmodifiable map from key to text
   */
  public Map<String, String> entries() {
    return entries;
  }

  /**
   * One entry.
   *
   * @param key one of the keys in the class comment
   * @return its text, or empty if absent
   */
  public Optional<String> get(String key) {
    return Optional.ofNullable(entries.get(key));
  }

  @Override
  public String toString() {
    return "TribuoProvenance" + entries.keySet();
  }
}
