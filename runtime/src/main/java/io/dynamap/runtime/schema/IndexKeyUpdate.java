package io.dynamap.runtime.schema;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * What an update does to the composed index keys of a single-table entity: the fields it sets,
 * changes otherwise or removes, and the index key attributes it must write in consequence. An
 * update ({@link io.dynamap.runtime.expr.Update}) makes one before it is sent and gives it to its
 * schema's {@link ItemSchema#composeIndexKeys}, generated from the {@code @IndexKeys} templates:
 *
 * <ul>
 *   <li>an update that sets a field of an index template also sets the index's two composed keys,
 *       when every field of both templates is known from the update's own {@code set}s and the
 *       entity's primary key fields; else it is refused with an {@link IllegalArgumentException}
 *       naming the fields it needs;
 *   <li>an update that removes such a field removes the index's keys: the item leaves the index,
 *       as an item whose index fields are null is never in it (a sparse index).
 * </ul>
 *
 * <p>Not thread-safe; made, filled and read by one update on one thread.
 */
public final class IndexKeyUpdate {
  private final String entityName;
  private final Map<String, AttributeValue> known;
  private final Set<String> changed;
  private final Set<String> removed;
  private final Map<String, AttributeValue> sets = new LinkedHashMap<>();
  private final Set<String> removes = new LinkedHashSet<>();

  /**
   * Made by {@link io.dynamap.runtime.expr.Update} when it renders an update of an entity with
   * composed index keys.
   *
   * @param entityName the entity, for messages
   * @param known the values the item will have after the update, by stored name: the fields the
   *     update sets and the entity's primary key fields
   * @param changed the top-level attributes the update changes other than by removing them
   * @param removed the top-level attributes the update removes
   */
  public IndexKeyUpdate(
      String entityName,
      Map<String, AttributeValue> known,
      Set<String> changed,
      Set<String> removed) {
    this.entityName = entityName;
    this.known = Map.copyOf(known);
    this.changed = Set.copyOf(changed);
    this.removed = Set.copyOf(removed);
  }

  /**
   * Whether the update changes or removes any of these fields (by stored name).
   *
   * @param fields stored field names
   * @return {@code true} if the update sets or removes at least one of them
   */
  public boolean affects(String... fields) {
    for (String field : fields) {
      if (changed.contains(field) || removed.contains(field)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the update removes any of these fields, so that the item leaves the index.
   *
   * @param fields stored field names
   * @return {@code true} if the update removes at least one of them
   */
  public boolean removesAny(String... fields) {
    for (String field : fields) {
      if (removed.contains(field)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Checks that every field an index's keys are composed from is known.
   *
   * @param index the index, for the message
   * @param templates the index's templates as written, for the message
   * @param fields the stored names of the fields of both templates
   * @throws IllegalArgumentException naming the fields the update must also set
   */
  public void require(String index, String templates, String... fields) {
    List<String> missing = new ArrayList<>();
    for (String field : fields) {
      if (!known.containsKey(field)) {
        missing.add(field);
      }
    }
    if (!missing.isEmpty()) {
      List<String> changing = new ArrayList<>();
      for (String field : fields) {
        if (changed.contains(field)) {
          changing.add(field);
        }
      }
      throw new IllegalArgumentException(
          "the update of "
              + entityName
              + " changes "
              + String.join(", ", changing)
              + ", composed into the keys of index "
              + index
              + " ("
              + templates
              + "), which it must then recompute; set "
              + String.join(", ", missing)
              + " in the same update (to their current values if they do not change), or write"
              + " the whole item with put");
    }
  }

  /**
   * The value of a known field, by stored name.
   *
   * @param field a stored field name, made known by the update or by {@code require}
   * @return the field's encoded value
   * @throws IllegalStateException if the field is not known
   */
  public AttributeValue value(String field) {
    AttributeValue value = known.get(field);
    if (value == null) {
      throw new IllegalStateException(field + " is not known; call require first");
    }
    return value;
  }

  /**
   * Records that the update must also set these composed index keys.
   *
   * @param partitionKey the index's partition key attribute
   * @param partitionValue the composed partition key
   * @param sortKey the index's sort key attribute
   * @param sortValue the composed sort key
   */
  public void set(String partitionKey, String partitionValue, String sortKey, String sortValue) {
    sets.put(partitionKey, AttributeValue.fromS(partitionValue));
    sets.put(sortKey, AttributeValue.fromS(sortValue));
  }

  /**
   * Records that the update must also remove these index keys (the item leaves the index).
   *
   * @param partitionKey the index's partition key attribute
   * @param sortKey the index's sort key attribute
   */
  public void remove(String partitionKey, String sortKey) {
    removes.add(partitionKey);
    removes.add(sortKey);
  }

  /**
   * The index key attributes to set, by name.
   *
   * @return an unmodifiable view of what was recorded
   */
  public Map<String, AttributeValue> sets() {
    return Collections.unmodifiableMap(sets);
  }

  /**
   * The index key attributes to remove.
   *
   * @return an unmodifiable view of what was recorded
   */
  public Set<String> removes() {
    return Collections.unmodifiableSet(removes);
  }
}
