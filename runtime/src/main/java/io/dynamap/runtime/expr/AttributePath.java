package io.dynamap.runtime.expr;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A path to an attribute, possibly nested: a top-level name followed by map keys and list indexes,
 * such as {@code total}, {@code shipTo.city} or {@code lines[0].sku}. In an expression every name
 * goes through a placeholder ({@code #a0.#a1[0].#a2}), so reserved words and names with dots or
 * other special characters work.
 *
 * <p>Instances are immutable; {@link #child} and {@link #index} return new paths.
 */
public final class AttributePath {
  private final List<Object> segments; // String (a name) or Integer (a list index)

  private AttributePath(List<Object> segments) {
    this.segments = segments;
  }

  /**
   * A top-level attribute.
   *
   * @param name the stored attribute name, taken literally (a dot in it is part of the name)
   * @return a path of one element
   * @throws IllegalArgumentException if the name is empty
   */
  public static AttributePath of(String name) {
    return new AttributePath(List.of(checkName(name)));
  }

  /**
   * The path to the entry {@code name} of the map this path names: {@code shipTo.city}.
   *
   * @param name the entry's key in the map, taken literally; not null
   * @return a new, longer path; this one is unchanged
   */
  public AttributePath child(String name) {
    List<Object> next = new ArrayList<>(segments);
    next.add(checkName(name));
    return new AttributePath(List.copyOf(next));
  }

  /**
   * The path to the element at {@code index} of the list this path names: {@code lines[0]}.
   *
   * @param index the list position, from 0
   * @return a new, longer path; this one is unchanged
   * @throws IllegalArgumentException if the index is negative
   */
  public AttributePath index(int index) {
    if (index < 0) {
      throw new IllegalArgumentException(
          "a list index must not be negative, was " + index + " (in " + this + ")");
    }
    List<Object> next = new ArrayList<>(segments);
    next.add(index);
    return new AttributePath(List.copyOf(next));
  }

  /**
   * The top-level attribute name the path starts with.
   *
   * @return the first element's name
   */
  public String attributeName() {
    return (String) segments.get(0);
  }

  /**
   * Renders the path with name placeholders allocated from the context: {@code #a0.#a1[0].#a2}.
   *
   * @param context the context of the expression being built; not null
   * @return the path's expression text, such as {@code #a0.#a1[0]}
   */
  public String render(ExpressionContext context) {
    Objects.requireNonNull(context, "context");
    StringBuilder s = new StringBuilder();
    for (Object segment : segments) {
      if (segment instanceof Integer index) {
        s.append('[').append(index).append(']');
      } else {
        if (s.length() > 0) {
          s.append('.');
        }
        s.append(context.name((String) segment));
      }
    }
    return s.toString();
  }

  /** The readable path, {@code lines[0].sku}. */
  @Override
  public String toString() {
    return render(ExpressionContext.describing());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AttributePath other && segments.equals(other.segments);
  }

  @Override
  public int hashCode() {
    return segments.hashCode();
  }

  private static String checkName(String name) {
    Objects.requireNonNull(name, "name");
    if (name.isEmpty()) {
      throw new IllegalArgumentException("an attribute name must not be empty");
    }
    return name;
  }
}
