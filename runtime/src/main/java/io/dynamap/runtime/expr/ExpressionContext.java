package io.dynamap.runtime.expr;

import io.dynamap.runtime.schema.Values;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Allocates the placeholders of one rendered expression: attribute names become {@code #a0, #a1,
 * …} (the same name always gets the same placeholder) and values {@code :a0, :a1, …}. The prefix
 * {@code a} keeps them apart from the {@code #k0}/{@code :v0} placeholders of a query's key
 * condition, so both can go into one request.
 *
 * <p>A context is mutable and not thread-safe: use one per request being built.
 */
public final class ExpressionContext {
  private static final int MAX_SHOWN = 64;

  private final boolean describing;
  private final Map<String, String> placeholders = new LinkedHashMap<>(); // name -> #aN
  private final Map<String, String> names = new LinkedHashMap<>(); // #aN -> name
  private final Map<String, AttributeValue> values = new LinkedHashMap<>();

  private ExpressionContext(boolean describing) {
    this.describing = describing;
  }

  /** An empty context. */
  public ExpressionContext() {
    this(false);
  }

  /** A context that writes names and values as they are, for {@code toString}. */
  static ExpressionContext describing() {
    return new ExpressionContext(true);
  }

  /**
   * The placeholder of an attribute name, allocating it on first use.
   *
   * @param name the stored attribute name; not null
   * @return the name's placeholder, such as {@code #a0}; the same for the same name
   */
  public String name(String name) {
    Objects.requireNonNull(name, "name");
    if (describing) {
      return name;
    }
    String placeholder = placeholders.get(name);
    if (placeholder == null) {
      placeholder = "#a" + names.size();
      placeholders.put(name, placeholder);
      names.put(placeholder, name);
    }
    return placeholder;
  }

  /**
   * A new placeholder for a value.
   *
   * @param value the value; not null
   * @return a new placeholder, such as {@code :a0}
   */
  public String value(AttributeValue value) {
    Objects.requireNonNull(value, "value");
    if (describing) {
      return describe(value);
    }
    String placeholder = ":a" + values.size();
    values.put(placeholder, value);
    return placeholder;
  }

  /**
   * The name placeholders allocated so far, in order: {@code #a0 → status}.
   *
   * @return the names by placeholder, unmodifiable view
   */
  public Map<String, String> names() {
    return Collections.unmodifiableMap(names);
  }

  /**
   * The value placeholders allocated so far, in order.
   *
   * @return the values by placeholder, unmodifiable view
   */
  public Map<String, AttributeValue> values() {
    return Collections.unmodifiableMap(values);
  }

  private static String describe(AttributeValue value) {
    return switch (value.type()) {
      case S, N, B, BOOL, NUL -> Values.describe(value);
      // Lists and maps (a whole list element in a contains) are shown in full, cut short.
      default -> shorten(value.toString());
    };
  }

  private static String shorten(String s) {
    return s.length() <= MAX_SHOWN ? s : s.substring(0, MAX_SHOWN) + "…";
  }
}
