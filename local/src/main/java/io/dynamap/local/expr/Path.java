package io.dynamap.local.expr;

import io.dynamap.local.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A document path: a top-level attribute name followed by map keys and list indexes, such as
 * {@code a.b[2].c}. Placeholders ({@code #name}) are already resolved to the names they stand for.
 *
 * @param elements never empty; the first is always a {@link Name}
 */
public record Path(List<Element> elements) {
  /** One step of a path. */
  public sealed interface Element permits Name, Index {}

  /** A map key (or the top-level attribute name). */
  public record Name(String name) implements Element {}

  /** A list index. */
  public record Index(int index) implements Element {}

  public Path {
    elements = List.copyOf(elements);
  }

  /** A path of one top-level attribute. */
  public static Path of(String attribute) {
    return new Path(List.of(new Name(attribute)));
  }

  /** The top-level attribute the path starts from. */
  public String head() {
    return ((Name) elements.get(0)).name();
  }

  public int size() {
    return elements.size();
  }

  public Element get(int position) {
    return elements.get(position);
  }

  public boolean isTopLevel() {
    return elements.size() == 1;
  }

  /** The path without its last element. */
  public Path parent() {
    return new Path(elements.subList(0, elements.size() - 1));
  }

  public Element last() {
    return elements.get(elements.size() - 1);
  }

  /** The path followed by one more element. */
  public Path child(Element element) {
    List<Element> longer = new ArrayList<>(elements);
    longer.add(element);
    return new Path(longer);
  }

  /** The value at this path in an item, or null where the path leads nowhere. */
  public Value resolve(Map<String, Value> item) {
    Value current = item.get(head());
    for (int i = 1; i < elements.size() && current != null; i++) {
      current = step(current, elements.get(i));
    }
    return current;
  }

  /** The value one step below {@code container}, or null where there is none. */
  static Value step(Value container, Element element) {
    if (element instanceof Name name) {
      return container instanceof Value.M map ? map.values().get(name.name()) : null;
    }
    int index = ((Index) element).index();
    if (container instanceof Value.L list) {
      return index < list.values().size() ? list.values().get(index) : null;
    }
    return null;
  }

  /** DynamoDB's rendering of a path in messages: {@code [a, b, [0]]}. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("[");
    for (int i = 0; i < elements.size(); i++) {
      if (i > 0) {
        text.append(", ");
      }
      Element element = elements.get(i);
      if (element instanceof Name name) {
        text.append(name.name());
      } else {
        text.append('[').append(((Index) element).index()).append(']');
      }
    }
    return text.append(']').toString();
  }
}
