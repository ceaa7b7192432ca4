package io.dynamap.async;

import io.dynamap.runtime.error.ItemMappingException;
import io.dynamap.runtime.expr.AttributePath;
import io.dynamap.runtime.expr.ComparableAttribute;
import io.dynamap.runtime.expr.Condition;
import io.dynamap.runtime.expr.ScalarAttributes;
import io.dynamap.runtime.expr.StringAttribute;
import io.dynamap.runtime.schema.ItemSchema;
import io.dynamap.runtime.schema.KeyDefinition;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * Entities for the async repository tests, with schemas written by hand as the processor writes
 * them: a versioned {@link Counter}, an unversioned {@link Label}, and their repositories with
 * the key methods a generated async repository has.
 */
final class Counters {
  private Counters() {}

  /** A versioned entity; {@code note} may be null (not stored). */
  record Counter(String id, long count, String note, long version) {
    Counter withCount(long newCount) {
      return new Counter(id, newCount, note, version);
    }
  }

  /** An entity without a version. */
  record Label(String id, String text) {}

  static final ComparableAttribute<Counter, Long> COUNT =
      ScalarAttributes.number(AttributePath.of("count"), ScalarAttributes.Kind.LONG, "count");
  static final StringAttribute<Counter, String> NOTE =
      ScalarAttributes.string(AttributePath.of("note"), ScalarAttributes.Kind.STRING, "note");
  static final StringAttribute<Label, String> TEXT =
      ScalarAttributes.string(AttributePath.of("text"), ScalarAttributes.Kind.STRING, "text");

  static Map<String, AttributeValue> key(String id) {
    return Map.of("id", AttributeValue.fromS(id));
  }

  /** The counter's schema, versioned by {@code version}. */
  static final class CounterSchema implements ItemSchema<Counter> {
    static final CounterSchema INSTANCE = new CounterSchema();

    @Override
    public String entityName() {
      return "Counter";
    }

    @Override
    public String tableName() {
      return "Counter";
    }

    @Override
    public KeyDefinition key() {
      return KeyDefinition.of("id", ScalarAttributeType.S);
    }

    @Override
    public Optional<String> versionAttribute() {
      return Optional.of("version");
    }

    @Override
    public long versionOf(Counter counter) {
      return counter.version();
    }

    @Override
    public Counter withVersion(Counter counter, long version) {
      return new Counter(counter.id(), counter.count(), counter.note(), version);
    }

    @Override
    public Map<String, AttributeValue> toItem(Counter counter) {
      Map<String, AttributeValue> item = new HashMap<>(keyOf(counter));
      item.put("count", AttributeValue.fromN(Long.toString(counter.count())));
      if (counter.note() != null) {
        item.put("note", AttributeValue.fromS(counter.note()));
      }
      item.put("version", AttributeValue.fromN(Long.toString(counter.version())));
      return item;
    }

    @Override
    public Counter fromItem(Map<String, AttributeValue> item) {
      AttributeValue count = item.get("count");
      if (count == null || count.n() == null) {
        throw new ItemMappingException("Counter: attribute 'count' is missing or not a number");
      }
      return new Counter(
          item.get("id").s(),
          Long.parseLong(count.n()),
          item.containsKey("note") ? item.get("note").s() : null,
          item.containsKey("version") ? Long.parseLong(item.get("version").n()) : 0);
    }

    @Override
    public Map<String, AttributeValue> keyOf(Counter counter) {
      if (counter.id() == null) {
        throw new ItemMappingException("Counter: key attribute 'id' is null");
      }
      return Counters.key(counter.id());
    }
  }

  /** The label's schema, with a Time to Live attribute for the table tests. */
  static final class LabelSchema implements ItemSchema<Label> {
    static final LabelSchema INSTANCE = new LabelSchema();

    @Override
    public String entityName() {
      return "Label";
    }

    @Override
    public String tableName() {
      return "Label";
    }

    @Override
    public KeyDefinition key() {
      return KeyDefinition.of("id", ScalarAttributeType.S);
    }

    @Override
    public Optional<String> timeToLiveAttribute() {
      return Optional.of("expiresAt");
    }

    @Override
    public Map<String, AttributeValue> toItem(Label label) {
      return Map.of(
          "id", AttributeValue.fromS(label.id()), "text", AttributeValue.fromS(label.text()));
    }

    @Override
    public Label fromItem(Map<String, AttributeValue> item) {
      return new Label(item.get("id").s(), item.get("text").s());
    }

    @Override
    public Map<String, AttributeValue> keyOf(Label label) {
      return Counters.key(label.id());
    }
  }

  /** As a generated async repository: the key methods over the protected ones. */
  static final class CounterRepository extends AsyncTableRepository<Counter> {
    CounterRepository(DynamoDbAsyncClient client, String tableName) {
      super(client, CounterSchema.INSTANCE, tableName);
    }

    CompletableFuture<Optional<Counter>> get(String id) {
      return getByKey(key(id));
    }

    CompletableFuture<Optional<Counter>> getByRawKey(Map<String, AttributeValue> key) {
      return getByKey(key);
    }

    CompletableFuture<Optional<Counter>> getConsistent(String id) {
      return getByKey(key(id), true);
    }

    CompletableFuture<Void> delete(String id) {
      return deleteByKey(key(id));
    }

    CompletableFuture<Optional<Counter>> deleteReturningOld(String id) {
      return deleteByKeyReturningOld(key(id));
    }

    CompletableFuture<Void> delete(String id, Condition<Counter> condition) {
      return deleteByKey(key(id), condition);
    }

    AsyncUpdate<Counter> update(String id) {
      return updateByKey(key(id));
    }
  }

  static final class LabelRepository extends AsyncTableRepository<Label> {
    LabelRepository(DynamoDbAsyncClient client, String tableName) {
      super(client, LabelSchema.INSTANCE, tableName);
    }

    CompletableFuture<Optional<Label>> get(String id) {
      return getByKey(key(id));
    }
  }
}
