package io.dynamap.local.expr;

import io.dynamap.local.value.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A projection: the named paths of an item, nested ones inside their parents. Projected list
 * elements keep their order but close up: {@code a[3]} alone gives a one-element list, as in
 * DynamoDB.
 */
final class ParsedProjection implements Projection {
  private final List<Path> paths;
  private final Set<String> topLevelAttributes;
  private final Set<String> nestedAttributes;

  ParsedProjection(List<Path> paths) {
    this.paths = List.copyOf(paths);
    Set<String> heads = new LinkedHashSet<>();
    for (Path path : paths) {
      heads.add(path.head());
    }
    this.topLevelAttributes = java.util.Collections.unmodifiableSet(heads);
    Set<String> nested = new LinkedHashSet<>();
    for (Path path : paths) {
      if (!path.isTopLevel()) {
        nested.add(path.head());
      }
    }
    this.nestedAttributes = java.util.Collections.unmodifiableSet(nested);
  }

  @Override
  public Set<String> nestedAttributes() {
    return nestedAttributes;
  }

  /** The projected paths, in the order written. */
  List<Path> paths() {
    return paths;
  }

  @Override
  public Set<String> topLevelAttributes() {
    return topLevelAttributes;
  }

  /** The parts of a value the projection keeps, before they become values again. */
  private static final class Node {
    Value whole;
    Map<String, Node> entries;
    TreeMap<Integer, Node> elements;

    Value toValue() {
      if (whole != null) {
        return whole;
      }
      if (entries != null) {
        Map<String, Value> map = new LinkedHashMap<>();
        entries.forEach((key, node) -> map.put(key, node.toValue()));
        return new Value.M(map);
      }
      List<Value> list = new ArrayList<>();
      elements.values().forEach(node -> list.add(node.toValue()));
      return new Value.L(list);
    }
  }

  @Override
  public Map<String, Value> apply(Map<String, Value> item) {
    Map<String, Node> top = new LinkedHashMap<>();
    for (Path path : paths) {
      Value value = path.resolve(item);
      if (value == null) {
        continue;
      }
      Node node = top.computeIfAbsent(path.head(), key -> new Node());
      for (int i = 1; i < path.size(); i++) {
        if (node.whole != null) {
          break;
        }
        Path.Element element = path.get(i);
        if (element instanceof Path.Name name) {
          if (node.entries == null) {
            node.entries = new LinkedHashMap<>();
          }
          node = node.entries.computeIfAbsent(name.name(), key -> new Node());
        } else {
          if (node.elements == null) {
            node.elements = new TreeMap<>();
          }
          node = node.elements.computeIfAbsent(((Path.Index) element).index(), key -> new Node());
        }
      }
      if (node.whole == null) {
        node.whole = value;
        node.entries = null;
        node.elements = null;
      }
    }
    Map<String, Value> projected = new LinkedHashMap<>();
    top.forEach((name, node) -> projected.put(name, node.toValue()));
    return projected;
  }
}
