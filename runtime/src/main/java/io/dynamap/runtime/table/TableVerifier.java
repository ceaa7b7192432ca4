package io.dynamap.runtime.table;

import io.dynamap.runtime.schema.IndexDefinition;
import io.dynamap.runtime.schema.KeyDefinition;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;

/**
 * Compares a live table with a model: its key, each index the model declares (kind, keys,
 * projection) and Time to Live. Indexes the table has and the model does not declare are not
 * differences: other code may read the table through them, and they cost the model nothing.
 */
public final class TableVerifier {
  private TableVerifier() {}

  /**
   * Every way the live table differs from the model, one sentence each; empty if it matches.
   *
   * @param live the table as described now
   * @param key the model's primary key
   * @param indexes the model's secondary indexes
   * @param timeToLiveAttribute the model's Time to Live attribute, if it declares one
   * @return the differences, in the order: key, indexes, Time to Live
   */
  public static List<String> differences(
      TableDescription live,
      KeyDefinition key,
      List<IndexDefinition> indexes,
      Optional<String> timeToLiveAttribute) {
    List<String> differences = new ArrayList<>();
    List<KeyElement> modelKey =
        keyOf(List.of(key.partitionKey()), key.sortKey() == null ? List.of() : List.of(key.sortKey()));
    if (!modelKey.equals(live.key())) {
      differences.add("the table's key is " + describe(live.key()) + ", the model's is " + describe(modelKey));
    }
    for (IndexDefinition index : indexes) {
      Optional<IndexDescription> found = live.index(index.name());
      String kind = index.global() ? "global" : "local";
      if (found.isEmpty()) {
        differences.add(
            "the " + kind + " index " + index.name() + " is missing (the model declares it on "
                + describe(keyOf(index.partitionKeys(), index.sortKeys())) + ")");
        continue;
      }
      IndexDescription actual = found.get();
      if (actual.global() != index.global()) {
        differences.add(
            "index " + index.name() + " is " + (actual.global() ? "global" : "local")
                + ", the model declares it " + kind);
      }
      List<KeyElement> indexKey = keyOf(index.partitionKeys(), index.sortKeys());
      if (!indexKey.equals(actual.key())) {
        differences.add(
            "index " + index.name() + " has the key " + describe(actual.key())
                + ", the model's is " + describe(indexKey));
      }
      if (actual.projection() != index.projection()) {
        differences.add(
            "index " + index.name() + " projects " + actual.projection()
                + ", the model declares " + index.projection());
      } else if (index.projection() == ProjectionType.INCLUDE
          && !new HashSet<>(index.nonKeyAttributes()).equals(new HashSet<>(actual.nonKeyAttributes()))) {
        differences.add(
            "index " + index.name() + " includes " + sorted(actual.nonKeyAttributes())
                + ", the model declares " + sorted(index.nonKeyAttributes()));
      }
    }
    Optional<String> liveTtl = live.timeToLiveAttribute();
    if (timeToLiveAttribute.isPresent() && !timeToLiveAttribute.equals(liveTtl)) {
      differences.add(
          liveTtl.isEmpty()
              ? "Time to Live is " + live.timeToLiveStatus() + ", the model expires items by "
                  + timeToLiveAttribute.get() + " (createTable() enables it)"
              : "Time to Live reads " + liveTtl.get() + ", the model expires items by "
                  + timeToLiveAttribute.get());
    } else if (timeToLiveAttribute.isEmpty() && liveTtl.isPresent()) {
      differences.add(
          "Time to Live is on and deletes items by " + liveTtl.get()
              + ", but the model declares no @TimeToLive attribute");
    }
    return differences;
  }

  private static List<KeyElement> keyOf(
      List<KeyDefinition.KeyAttribute> partition, List<KeyDefinition.KeyAttribute> sort) {
    List<KeyElement> key = new ArrayList<>(partition.size() + sort.size());
    partition.forEach(a -> key.add(new KeyElement(a.name(), KeyType.HASH, a.type())));
    sort.forEach(a -> key.add(new KeyElement(a.name(), KeyType.RANGE, a.type())));
    return key;
  }

  private static String describe(List<KeyElement> key) {
    return key.stream().map(KeyElement::toString).collect(Collectors.joining(" + "));
  }

  private static List<String> sorted(List<String> names) {
    return names.stream().sorted().toList();
  }
}
