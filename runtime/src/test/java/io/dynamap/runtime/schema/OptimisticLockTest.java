package io.dynamap.runtime.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamap.runtime.TableRepository;
import io.dynamap.runtime.batch.BatchWriteException;
import io.dynamap.runtime.batch.BatchWriter;
import io.dynamap.runtime.error.ItemMappingException;
import io.dynamap.runtime.expr.ComparableAttribute;
import io.dynamap.runtime.expr.Condition;
import io.dynamap.runtime.tx.Transaction;
import io.dynamap.runtime.tx.WriteTransaction;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * One rule for every write of a {@code @Version}ed entity, checked on the requests each path
 * builds: nothing is sent (the client points at a closed port). The same paths run against
 * Dynamap Local in example-model's {@code VersionedWritePathsTest}.
 */
class OptimisticLockTest {
  /** A versioned entity. */
  record Counter(String id, long count, long version) {}

  /** An entity without a version, sharing the collection below. */
  record Label(String id, String text) {}

  sealed interface Thing permits Thing.Versioned, Thing.Plain {
    record Versioned(Counter counter) implements Thing {}

    record Plain(Label label) implements Thing {}
  }

  /** Written by hand as the processor writes a schema with {@code @Version}. */
  static final class CounterSchema implements ItemSchema<Counter> {
    static final CounterSchema INSTANCE = new CounterSchema();

    @Override
    public String entityName() {
      return "Counter";
    }

    @Override
    public String tableName() {
      return "Counters";
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
      return new Counter(counter.id(), counter.count(), version);
    }

    @Override
    public Map<String, AttributeValue> toItem(Counter counter) {
      Map<String, AttributeValue> item = new HashMap<>(keyOf(counter));
      item.put("count", AttributeValue.fromN(Long.toString(counter.count())));
      item.put("version", AttributeValue.fromN(Long.toString(counter.version())));
      return item;
    }

    @Override
    public Counter fromItem(Map<String, AttributeValue> item) {
      return new Counter(
          item.get("id").s(),
          Long.parseLong(item.get("count").n()),
          item.containsKey("version") ? Long.parseLong(item.get("version").n()) : 0);
    }

    @Override
    public Map<String, AttributeValue> keyOf(Counter counter) {
      if (counter.id() == null) {
        throw new ItemMappingException("Counter: key attribute 'id' is null");
      }
      return Map.of("id", AttributeValue.fromS(counter.id()));
    }
  }

  /** A collection's schema, as the processor writes one: versioned as its members are. */
  static final class ThingSchema implements ItemSchema<Thing> {
    static final ThingSchema INSTANCE = new ThingSchema();

    @Override
    public String entityName() {
      return "Thing";
    }

    @Override
    public String tableName() {
      return "Counters";
    }

    @Override
    public KeyDefinition key() {
      return KeyDefinition.of("id", ScalarAttributeType.S);
    }

    @Override
    public Optional<String> versionAttributeOf(Thing thing) {
      return thing instanceof Thing.Versioned
          ? CounterSchema.INSTANCE.versionAttribute()
          : Optional.empty();
    }

    @Override
    public long versionOf(Thing thing) {
      return CounterSchema.INSTANCE.versionOf(((Thing.Versioned) thing).counter());
    }

    @Override
    public Thing withVersion(Thing thing, long version) {
      return new Thing.Versioned(
          CounterSchema.INSTANCE.withVersion(((Thing.Versioned) thing).counter(), version));
    }

    @Override
    public Map<String, AttributeValue> toItem(Thing thing) {
      if (thing instanceof Thing.Versioned v) {
        return CounterSchema.INSTANCE.toItem(v.counter());
      }
      Label label = ((Thing.Plain) thing).label();
      return Map.of("id", AttributeValue.fromS(label.id()), "text", AttributeValue.fromS(label.text()));
    }

    @Override
    public Thing fromItem(Map<String, AttributeValue> item) {
      return item.containsKey("count")
          ? new Thing.Versioned(CounterSchema.INSTANCE.fromItem(item))
          : new Thing.Plain(new Label(item.get("id").s(), item.get("text").s()));
    }

    @Override
    public Map<String, AttributeValue> keyOf(Thing thing) {
      return Map.of("id", toItem(thing).get("id"));
    }
  }

  static final class CounterRepository extends TableRepository<Counter> {
    CounterRepository(DynamoDbClient client) {
      super(client, CounterSchema.INSTANCE, "Counters");
    }
  }

  static final class ThingRepository extends TableRepository<Thing> {
    ThingRepository(DynamoDbClient client) {
      super(client, ThingSchema.INSTANCE, "Counters");
    }
  }

  private static final ComparableAttribute<Counter, Long> COUNT =
      new ComparableAttribute<>("count") {
        @Override
        protected AttributeValue encode(Long value) {
          return AttributeValue.fromN(Long.toString(value));
        }
      };

  private final DynamoDbClient client =
      DynamoDbClient.builder()
          .region(Region.US_EAST_1)
          .endpointOverride(URI.create("http://127.0.0.1:9"))
          .credentialsProvider(
              StaticCredentialsProvider.create(AwsBasicCredentials.create("x", "x")))
          .overrideConfiguration(c -> c.retryStrategy(AwsRetryStrategy.doNotRetry()))
          .build();
  private final CounterRepository counters = new CounterRepository(client);
  private final ThingRepository things = new ThingRepository(client);

  @AfterEach
  void closeClient() {
    client.close();
  }

  @Test
  void theLockOfASavedEntityExpectsItsVersionAndStoresTheNext() {
    OptimisticLock<Counter> lock =
        OptimisticLock.of(CounterSchema.INSTANCE, new Counter("c", 5, 3)).orElseThrow();
    assertEquals("version", lock.attribute());
    assertEquals(3, lock.expectedVersion());
    assertEquals(4, lock.nextVersion());
    assertEquals("version = 3", lock.condition().toString());
    assertEquals("count < 9 AND version = 3", lock.and(COUNT.lt(9L)).toString());
    Map<String, AttributeValue> stamped =
        lock.stamp(CounterSchema.INSTANCE.toItem(new Counter("c", 5, 3)));
    assertEquals(AttributeValue.fromN("4"), stamped.get("version"));
    assertEquals(AttributeValue.fromN("5"), stamped.get("count"));
    assertEquals(new Counter("c", 5, 4), lock.saved(new Counter("c", 5, 3)));
    assertEquals("Counter version 3", lock.toString());
  }

  @Test
  void aNewEntityExpectsNoItem() {
    OptimisticLock<Counter> lock =
        OptimisticLock.of(CounterSchema.INSTANCE, new Counter("c", 0, 0)).orElseThrow();
    assertEquals("attribute_not_exists(id)", lock.condition().toExpression().text().replace("#a0", "id"));
    assertEquals(1, lock.nextVersion());
    assertEquals("Counter version 0 (new)", lock.toString());
  }

  @Test
  void aConflictIsToldFromTheItemReturnedWithTheFailure() {
    OptimisticLock<Counter> saved =
        OptimisticLock.of(CounterSchema.INSTANCE, new Counter("c", 0, 3)).orElseThrow();
    OptimisticLock<Counter> fresh =
        OptimisticLock.of(CounterSchema.INSTANCE, new Counter("c", 0, 0)).orElseThrow();
    Map<String, AttributeValue> atThree = CounterSchema.INSTANCE.toItem(new Counter("c", 0, 3));
    Map<String, AttributeValue> atFour = CounterSchema.INSTANCE.toItem(new Counter("c", 0, 4));
    assertFalse(saved.conflictsWith(atThree), "the version held: another condition failed");
    assertTrue(saved.conflictsWith(atFour));
    assertTrue(saved.conflictsWith(Map.of()), "deleted by someone else");
    assertTrue(fresh.conflictsWith(atThree), "created by someone else");
    assertFalse(fresh.conflictsWith(Map.of()));
    assertTrue(saved.conflictsWith(Map.of("id", AttributeValue.fromS("c"))), "stored without a version");
  }

  @Test
  void anEntityWithoutAVersionHasNoLock() {
    assertEquals(Optional.empty(), OptimisticLock.of(ThingSchema.INSTANCE, plain()));
    assertEquals(
        "Versioned version 2", OptimisticLock.of(ThingSchema.INSTANCE, versioned(2)).orElseThrow().toString());
  }

  @Test
  void aTransactionalPutIsConditionedOnTheVersionAndStoresTheNext() {
    WriteTransaction tx =
        Transaction.write(client)
            .put(counters, new Counter("a", 1, 0))
            .put(counters, new Counter("b", 1, 7), COUNT.lt(9L));
    Put fresh = tx.toRequest().transactItems().get(0).put();
    assertEquals(AttributeValue.fromN("1"), fresh.item().get("version"));
    assertEquals("attribute_not_exists(#a0)", fresh.conditionExpression());
    assertEquals(Map.of("#a0", "id"), fresh.expressionAttributeNames());
    Put saved = tx.toRequest().transactItems().get(1).put();
    assertEquals(AttributeValue.fromN("8"), saved.item().get("version"));
    assertEquals("#a0 < :a0 AND #a1 = :a1", saved.conditionExpression());
    assertEquals(Map.of("#a0", "count", "#a1", "version"), saved.expressionAttributeNames());
    assertEquals(AttributeValue.fromN("7"), saved.expressionAttributeValues().get(":a1"));
    assertEquals("ALL_OLD", saved.returnValuesOnConditionCheckFailureAsString());
  }

  @Test
  void aTransactionalDeleteIsConditionedOnTheVersionUnlessByKey() {
    WriteTransaction tx =
        Transaction.write(client)
            .delete(counters, new Counter("a", 1, 4))
            .deleteByKey(counters, CounterSchema.INSTANCE.keyOf(new Counter("b", 0, 0)));
    Delete versioned = tx.toRequest().transactItems().get(0).delete();
    assertEquals("#a0 = :a0", versioned.conditionExpression());
    assertEquals(Map.of("#a0", "version"), versioned.expressionAttributeNames());
    assertEquals(AttributeValue.fromN("4"), versioned.expressionAttributeValues().get(":a0"));
    assertNull(tx.toRequest().transactItems().get(1).delete().conditionExpression());
  }

  @Test
  void aTransactionalUpdateOfAnEntityIsVersionedAsTheRepositorysIs() {
    TransactWriteItem item =
        Transaction.write(client)
            .update(counters, counters.update(new Counter("a", 1, 2)).increment(COUNT, 1))
            .toRequest()
            .transactItems()
            .get(0);
    String condition = item.update().conditionExpression();
    assertTrue(condition.matches("#a0 = :a\\d"), condition);
    assertEquals("version", item.update().expressionAttributeNames().get("#a0"));
    assertEquals(
        AttributeValue.fromN("2"), item.update().expressionAttributeValues().get(condition.substring(6)));
    assertTrue(item.update().updateExpression().startsWith("SET "), item.update().updateExpression());
    assertTrue(item.update().expressionAttributeValues().containsValue(AttributeValue.fromN("3")));
  }

  @Test
  void aCollectionVersionsEachMemberAsItsOwnSchemaDoes() {
    WriteTransaction tx =
        Transaction.write(client).put(things, versioned(5)).put(things, plain());
    Put member = tx.toRequest().transactItems().get(0).put();
    assertEquals(AttributeValue.fromN("6"), member.item().get("version"));
    assertEquals("#a0 = :a0", member.conditionExpression());
    Put label = tx.toRequest().transactItems().get(1).put();
    assertNull(label.conditionExpression());
    assertFalse(label.item().containsKey("version"));
  }

  @Test
  void aBatchRefusesAVersionedEntitySayingWhyAndHowToOptOut() {
    try (BatchWriter writer = quickToGiveUp(BatchWriter.builder(client))) {
      IllegalArgumentException put =
          assertThrows(
              IllegalArgumentException.class, () -> writer.put(counters, new Counter("c", 1, 3)));
      assertEquals(
          "cannot put Counter version 3, key {id=\"c\"} of table Counters in a batch:"
              + " BatchWriteItem carries no condition, so its @Version would not be checked and a"
              + " concurrent change would be overwritten unseen. Write it with the repository"
              + " (save, put, delete) or in a transaction, which check the version; or, for a bulk"
              + " load where nothing else writes these items, build the writer with"
              + " BatchWriter.builder(client).withoutVersionChecks() to store version + 1"
              + " unchecked (the last writer wins)",
          put.getMessage());
      IllegalArgumentException delete =
          assertThrows(
              IllegalArgumentException.class,
              () -> writer.delete(counters, new Counter("c", 1, 3)));
      assertTrue(
          delete.getMessage().startsWith("cannot delete Counter version 3, key {id=\"c\"}"),
          delete.getMessage());
      assertTrue(
          delete.getMessage().endsWith("to delete whatever version is stored (or use deleteByKey)"),
          delete.getMessage());
      assertThrows(IllegalArgumentException.class, () -> writer.put(things, versioned(1)));
      // by key, and entities without a version, are accepted
      writer.deleteByKey(counters, CounterSchema.INSTANCE.keyOf(new Counter("c", 1, 3)));
      writer.put(things, plain());
      assertThrows(BatchWriteException.class, writer::close); // nothing listens on the port
    }
  }

  @Test
  void aBatchWithoutVersionChecksStoresTheNextVersionAsSaveDoes() {
    BatchWriter writer = quickToGiveUp(BatchWriter.builder(client).withoutVersionChecks());
    writer.put(counters, new Counter("new", 1, 0));
    writer.put(counters, new Counter("old", 1, 6));
    writer.delete(counters, new Counter("gone", 1, 2));
    BatchWriteException e = assertThrows(BatchWriteException.class, writer::close);
    Map<String, Map<String, AttributeValue>> byId = new HashMap<>();
    e.unwrittenItems().forEach(u -> byId.put(u.key().get("id").s(), u.item()));
    assertEquals(AttributeValue.fromN("1"), byId.get("new").get("version"));
    assertEquals(AttributeValue.fromN("7"), byId.get("old").get("version"));
    assertEquals(Map.of("id", AttributeValue.fromS("gone")), byId.get("gone"));
  }

  @Test
  void theRepositoryOfACollectionSavesAVersionedMemberWithItsNextVersion() {
    Condition<Thing> condition =
        OptimisticLock.of(ThingSchema.INSTANCE, versioned(0)).orElseThrow().condition();
    assertEquals("attribute_not_exists(#a0)", condition.toExpression().text());
    assertEquals(versioned(1), OptimisticLock.of(ThingSchema.INSTANCE, versioned(0)).orElseThrow().saved(versioned(0)));
  }

  /** Nothing listens on the client's port: a writer that gives up at once reports its items. */
  private static BatchWriter quickToGiveUp(BatchWriter.Builder builder) {
    return builder
        .backoff(Duration.ofMillis(1), Duration.ofMillis(2))
        .retryBudget(Duration.ofMillis(5))
        .build();
  }

  private static Thing versioned(long version) {
    return new Thing.Versioned(new Counter("v", 1, version));
  }

  private static Thing plain() {
    return new Thing.Plain(new Label("p", "text"));
  }
}
