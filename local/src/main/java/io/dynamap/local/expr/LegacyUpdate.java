package io.dynamap.local.expr;

import io.dynamap.local.api.DynamoException;
import io.dynamap.local.value.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A legacy {@code AttributeUpdates}: PUT, ADD (numbers, sets, and lists, which it appends to) and
 * DELETE (the attribute, or members of a set) on top-level attributes.
 */
final class LegacyUpdate implements Update {
  private static final String TYPE_MISMATCH = "Type mismatch for attribute to update";

  /** One attribute's update. */
  record Change(String attribute, String action, Value value) {}

  private final List<Change> changes;
  private final Set<String> topLevelAttributes;
  private final Map<String, Value.Type> topLevelTypes;

  LegacyUpdate(List<Change> changes) {
    this.changes = List.copyOf(changes);
    Set<String> attributes = new LinkedHashSet<>();
    for (Change change : changes) {
      attributes.add(change.attribute());
    }
    this.topLevelAttributes = java.util.Collections.unmodifiableSet(attributes);
    Map<String, Value.Type> types = new LinkedHashMap<>();
    for (Change change : changes) {
      if (change.value() != null) {
        types.put(change.attribute(), change.value().type());
      }
    }
    this.topLevelTypes = java.util.Collections.unmodifiableMap(types);
  }

  @Override
  public Map<String, Value.Type> topLevelTypes() {
    return topLevelTypes;
  }

  @Override
  public Set<String> topLevelAttributes() {
    return topLevelAttributes;
  }

  @Override
  public Map<String, Value> apply(Map<String, Value> item) {
    Map<String, Value> result = new LinkedHashMap<>(item == null ? Map.of() : item);
    for (Change change : changes) {
      Value existing = result.get(change.attribute());
      Value value = change.value();
      Value updated;
      switch (change.action()) {
        case "ADD":
          if (existing != null && existing.type() != value.type()) {
            throw DynamoException.validation(TYPE_MISMATCH);
          }
          if (value instanceof Value.L list) {
            List<Value> appended = new ArrayList<>();
            if (existing != null) {
              appended.addAll(((Value.L) existing).values());
            }
            appended.addAll(list.values());
            updated = new Value.L(appended);
          } else {
            updated = ParsedUpdate.add(existing, value);
          }
          break;
        case "DELETE":
          if (value == null) {
            updated = null;
          } else {
            if (existing != null && existing.type() != value.type()) {
              throw DynamoException.validation(TYPE_MISMATCH);
            }
            updated = ParsedUpdate.delete(existing, value);
          }
          break;
        default:
          updated = value;
      }
      if (updated == null) {
        result.remove(change.attribute());
      } else {
        result.put(change.attribute(), updated);
      }
    }
    return result;
  }
}
