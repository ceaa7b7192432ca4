package io.dynamap.async;

import static io.dynamap.async.Counters.COUNT;
import static io.dynamap.async.Counters.NOTE;
import static io.dynamap.async.Counters.TEXT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamap.async.Counters.Counter;
import io.dynamap.async.Counters.CounterRepository;
import io.dynamap.async.Counters.CounterSchema;
import io.dynamap.async.Counters.Label;
import io.dynamap.async.Counters.LabelRepository;
import io.dynamap.async.Counters.LabelSchema;
import io.dynamap.local.fault.Fault;
import io.dynamap.local.fault.FaultPlan;
import io.dynamap.runtime.CallResult;
import io.dynamap.runtime.core.Call;
import io.dynamap.runtime.core.ItemRequests;
import io.dynamap.runtime.error.ConditionFailedException;
import io.dynamap.runtime.error.DynamoDbCallException;
import io.dynamap.runtime.error.InvalidRequestException;
import io.dynamap.runtime.error.ItemMappingException;
import io.dynamap.runtime.error.ItemTooLargeException;
import io.dynamap.runtime.error.OptimisticLockException;
import io.dynamap.runtime.error.TableNotFoundException;
import io.dynamap.runtime.error.ThrottledException;
import io.dynamap.testing.DynamapLocalTest;
import io.dynamap.testing.LocalDynamoDb;
import io.dynamap.testing.TestTables;
import io.dynamap.testing.fault.FaultyEndpoint;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;

/**
 * The single-item operations of {@link AsyncTableRepository} against Dynamap Local: results as
 * the blocking repository's, and failed futures carrying its exceptions themselves.
 */
@DynamapLocalTest
class AsyncTableRepositoryTest {
  private static final long WAIT_SECONDS = 60;

  private final DynamoDbAsyncClient client =
      DynamapAsyncClientsTest.client(LocalDynamoDb.shared().endpoint()).build();
  private final CounterRepository counters;
  private final LabelRepository labels;

  AsyncTableRepositoryTest(TestTables tables) {
    counters = new CounterRepository(client, tables.create(CounterSchema.INSTANCE));
    labels = new LabelRepository(client, tables.create(LabelSchema.INSTANCE));
  }

  @AfterEach
  void closeClient() {
    client.close();
  }

  static <V> V await(CompletableFuture<V> future) throws Exception {
    return future.get(WAIT_SECONDS, TimeUnit.SECONDS);
  }

  /**
   * The exception the future failed with, as {@code whenComplete} and {@code exceptionally} on it
   * see it: the exception itself, not a {@code CompletionException} around it.
   */
  static <E extends Throwable> E failure(Class<E> type, CompletableFuture<?> future)
      throws Exception {
    Throwable error = future.handle((value, e) -> e).get(WAIT_SECONDS, TimeUnit.SECONDS);
    assertNotNull(error, "the future completed normally");
    return assertInstanceOf(type, error);
  }

  @Test
  void putGetAndDeleteAnEntityWithoutVersion() throws Exception {
    Label first = new Label("l-1", "first");
    assertEquals(null, await(labels.put(first)));
    assertEquals(Optional.of(first), await(labels.get("l-1")));

    Label second = new Label("l-1", "second");
    assertEquals(Optional.of(first), await(labels.putReturningOld(second)));
    assertEquals(Optional.empty(), await(labels.putReturningOld(new Label("l-2", "other"))));

    assertEquals(Optional.of(second), await(labels.deleteReturningOld(second)));
    assertEquals(Optional.empty(), await(labels.deleteReturningOld(second)));
    await(labels.delete(new Label("l-2", "other")));
    assertEquals(Optional.empty(), await(labels.get("l-1")));
    assertEquals(Optional.empty(), await(labels.get("l-2")));
  }

  @Test
  void keyMethodsReadAndDeleteByEncodedKey() throws Exception {
    Counter counter = await(counters.save(new Counter("c-1", 5, "five", 0)));
    assertEquals(Optional.of(counter), await(counters.get("c-1")));
    assertEquals(Optional.of(counter), await(counters.getConsistent("c-1")));
    assertEquals(Optional.empty(), await(counters.get("missing")));

    assertEquals(Optional.of(counter), await(counters.deleteReturningOld("c-1")));
    assertEquals(Optional.empty(), await(counters.deleteReturningOld("c-1")));

    await(counters.save(new Counter("c-2", 1, null, 0)));
    ConditionFailedException refused =
        failure(ConditionFailedException.class, counters.delete("c-2", COUNT.eq(2L)));
    assertEquals(Optional.of(new Counter("c-2", 1, null, 1)), refused.item(counters.schema()));
    await(counters.delete("c-2", COUNT.eq(1L)));
    await(counters.delete("c-2")); // nothing there: no error
    assertEquals(Optional.empty(), await(counters.get("c-2")));
  }

  @Test
  void saveStoresTheNextVersionAndAStaleOneFailsWithTheCurrentItem() throws Exception {
    Counter saved = await(counters.save(new Counter("c", 0, null, 0)));
    assertEquals(1, saved.version());
    Counter again = await(counters.save(saved.withCount(1)));
    assertEquals(new Counter("c", 1, null, 2), again);

    OptimisticLockException stale =
        failure(OptimisticLockException.class, counters.save(saved.withCount(7)));
    assertEquals(1, stale.expectedVersion());
    assertEquals(Optional.of(again), stale.item(counters.schema()));
    assertTrue(stale.getMessage().contains("expected version 1"), stale.getMessage());

    // A new entity (version 0) where one exists: a conflict too, as put says.
    failure(OptimisticLockException.class, counters.put(new Counter("c", 9, null, 0)));
    assertEquals(Optional.of(again), await(counters.get("c")));
  }

  @Test
  void conditionalPutsCarryTheCurrentItemWhenTheConditionFails() throws Exception {
    await(labels.put(new Label("l", "draft")));

    ConditionFailedException refused =
        failure(ConditionFailedException.class, labels.put(new Label("l", "x"), TEXT.eq("final")));
    assertFalse(refused instanceof OptimisticLockException);
    assertEquals(Optional.of(new Label("l", "draft")), refused.item(labels.schema()));
    assertEquals("PutItem", refused.operation());
    assertTrue(refused.getMessage().contains("condition: "), refused.getMessage());

    await(labels.put(new Label("l", "final"), TEXT.eq("draft")));
    assertEquals(
        Optional.of(new Label("l", "final")),
        await(labels.putReturningOld(new Label("l", "published"), TEXT.eq("final"))));
    failure(
        ConditionFailedException.class,
        labels.putReturningOld(new Label("l", "again"), TEXT.eq("final")));
    assertEquals(Optional.of(new Label("l", "published")), await(labels.get("l")));
  }

  @Test
  void putIfAbsentTellsWhetherItWrote() throws Exception {
    assertTrue(await(labels.putIfAbsent(new Label("l", "first"))));
    assertFalse(await(labels.putIfAbsent(new Label("l", "second"))));
    assertEquals(Optional.of(new Label("l", "first")), await(labels.get("l")));
  }

  @Test
  void conditionalAndVersionedDeletes() throws Exception {
    await(labels.put(new Label("l", "keep")));
    ConditionFailedException refused =
        failure(ConditionFailedException.class, labels.delete(new Label("l", "?"), TEXT.eq("drop")));
    assertEquals(Optional.of(new Label("l", "keep")), refused.item(labels.schema()));
    failure(
        ConditionFailedException.class,
        labels.deleteReturningOld(new Label("l", "?"), TEXT.eq("drop")));
    assertEquals(
        Optional.of(new Label("l", "keep")),
        await(labels.deleteReturningOld(new Label("l", "?"), TEXT.eq("keep"))));

    Counter saved = await(counters.save(new Counter("c", 3, null, 0)));
    Counter current = await(counters.save(saved.withCount(4)));
    OptimisticLockException stale =
        failure(OptimisticLockException.class, counters.delete(saved));
    assertEquals(Optional.of(current), stale.item(counters.schema()));
    failure(OptimisticLockException.class, counters.deleteReturningOld(saved));
    failure(OptimisticLockException.class, counters.delete(saved, COUNT.eq(4L)));
    failure(ConditionFailedException.class, counters.delete(current, COUNT.eq(5L)));
    await(counters.delete(current, COUNT.eq(4L)));
    assertEquals(Optional.empty(), await(counters.get("c")));
  }

  @Test
  void updatesOfAnEntityAreVersionedAndReturnWhatWasAsked() throws Exception {
    Counter saved = await(counters.save(new Counter("c", 1, "one", 0)));

    Counter updated = await(counters.update(saved).increment(COUNT, 2).set(NOTE, "three").execute());
    assertEquals(new Counter("c", 3, "three", 2), updated);

    OptimisticLockException stale =
        failure(OptimisticLockException.class, counters.update(saved).remove(NOTE).execute());
    assertEquals(Optional.of(updated), stale.item(counters.schema()));

    assertEquals(
        Optional.of(updated),
        await(counters.update(updated).remove(NOTE).executeReturningOld()));
    assertEquals(null, await(counters.update("c").increment(COUNT, 10).executeWithoutResult()));
    assertEquals(new Counter("c", 13, null, 3), await(counters.get("c")).orElseThrow());

    ConditionFailedException refused =
        failure(
            ConditionFailedException.class,
            counters.update("c").set(NOTE, "x").when(COUNT.gt(100L)).execute());
    assertEquals(Optional.of(new Counter("c", 13, null, 3)), refused.item(counters.schema()));
    assertEquals("UpdateItem", refused.operation());
  }

  @Test
  void updatesByKeyCreateTheItemUnlessAskedNotTo() throws Exception {
    failure(
        ConditionFailedException.class,
        counters.update("new").increment(COUNT, 1).whenExists().execute());
    assertEquals(Optional.empty(), await(counters.get("new")));

    AsyncUpdate<Counter> update = counters.update("new").increment(COUNT, 4);
    assertEquals("SET count = if_not_exists(count, 0) + 4", update.toString());
    assertEquals(Optional.empty(), await(update.executeReturningOld()));
    assertEquals(new Counter("new", 8, null, 0), await(update.execute()));
  }

  @Test
  void anUpdateRefusesKeysAndRepeatedPathsAtOnce() {
    AsyncUpdate<Counter> update = counters.update("c").set(NOTE, "a");
    assertThrows(IllegalArgumentException.class, () -> update.remove(NOTE));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            update.set(
                io.dynamap.runtime.expr.ScalarAttributes.string(
                    io.dynamap.runtime.expr.AttributePath.of("id"),
                    io.dynamap.runtime.expr.ScalarAttributes.Kind.STRING,
                    "id"),
                "other"));
  }

  @Test
  void entitiesThatCannotBeStoredFailTheFutureAndSendNothing() throws Exception {
    ItemTooLargeException tooLarge =
        failure(ItemTooLargeException.class, labels.put(new Label("big", "x".repeat(500_000))));
    assertTrue(tooLarge.getMessage().contains(labels.tableName()), tooLarge.getMessage());
    assertEquals(Optional.empty(), await(labels.get("big")));

    ItemMappingException noKey =
        failure(ItemMappingException.class, counters.put(new Counter(null, 1, null, 0)));
    assertTrue(noKey.getMessage().contains("'id' is null"), noKey.getMessage());
  }

  @Test
  void storedItemsThatDoNotFitTheEntityFailWithTheTableAndKey() throws Exception {
    await(
        client.putItem(
            put ->
                put.tableName(counters.tableName())
                    .item(Map.of("id", AttributeValue.fromS("odd"), "count", AttributeValue.fromS("x")))));
    ItemMappingException unreadable = failure(ItemMappingException.class, counters.get("odd"));
    assertTrue(unreadable.getMessage().contains(counters.tableName()), unreadable.getMessage());
    assertTrue(unreadable.getMessage().contains("odd"), unreadable.getMessage());
  }

  @Test
  void aMissingTableAndAnInvalidRequestAreDynamapsExceptions() throws Exception {
    LabelRepository missing = new LabelRepository(client, "NoSuchTable_async");
    TableNotFoundException notFound =
        failure(TableNotFoundException.class, missing.get("l"));
    assertEquals("NoSuchTable_async", notFound.tableName());
    assertTrue(notFound.getMessage().startsWith("GetItem on table NoSuchTable_async"), notFound.getMessage());
    failure(TableNotFoundException.class, missing.put(new Label("l", "x")));
    failure(TableNotFoundException.class, missing.putIfAbsent(new Label("l", "x")));

    // The table's key is "id": DynamoDB's validation refuses another.
    InvalidRequestException invalid =
        failure(
            InvalidRequestException.class,
            counters.getByRawKey(Map.of("name", AttributeValue.fromS("x"))));
    assertEquals("GetItem", invalid.operation());
  }

  @Test
  void faultsAreRetriedAndThrottlingThatOutlastsTheRetriesIsAThrottledException()
      throws Exception {
    try (FaultyEndpoint faulty = LocalDynamoDb.shared().withFaults(FaultPlan.none());
        DynamoDbAsyncClient faultyClient =
            DynamapAsyncClientsTest.fastRetryingClient(faulty.endpoint()).maxAttempts(3).build()) {
      LabelRepository through = new LabelRepository(faultyClient, labels.tableName());

      faulty.injectNext(Fault.THROTTLING, Fault.SERVER_ERROR);
      assertTrue(await(through.putIfAbsent(new Label("l", "retried"))));
      assertEquals(3, faulty.requests());
      assertEquals(Optional.of(new Label("l", "retried")), await(labels.get("l")));

      faulty.injectNext(Fault.THROTTLING, Fault.THROTTLING, Fault.THROTTLING);
      ThrottledException throttled = failure(ThrottledException.class, through.get("l"));
      assertTrue(
          throttled.getMessage().contains("was throttled and still was after 3 attempts"),
          throttled.getMessage());
    }
  }

  @Test
  void anEndpointWhereNothingListensIsSaidSo() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    try (DynamoDbAsyncClient nowhere =
        DynamapAsyncClientsTest.client(URI.create("http://localhost:" + closedPort)).build()) {
      DynamoDbCallException refused =
          failure(
              DynamoDbCallException.class,
              new LabelRepository(nowhere, "Labels").put(new Label("l", "x")));
      assertTrue(
          refused.getMessage().contains("PutItem on table Labels failed: nothing is listening at"),
          refused.getMessage());
    }
  }

  @Test
  void theCoresAnswersCarryTheConsumedCapacityAndRequestIdOfRealResponses() throws Exception {
    ItemRequests<Label> asking =
        ItemRequests.of(LabelSchema.INSTANCE, labels.tableName())
            .withReturnConsumedCapacity(ReturnConsumedCapacity.TOTAL);
    Call<PutItemRequest, PutItemResponse, Void> put = asking.put(new Label("l", "x"));
    CallResult<Void> written = put.answer(await(client.putItem(put.request())));
    assertEquals(labels.tableName(), written.consumedCapacity().orElseThrow().tableName());
    assertTrue(written.consumedCapacity().orElseThrow().capacityUnits() > 0);
    assertTrue(written.requestId().isPresent(), "no request id");

    Call<GetItemRequest, GetItemResponse, Optional<Label>> get =
        asking.get(Counters.key("l"), true);
    CallResult<Optional<Label>> read = get.answer(await(client.getItem(get.request())));
    assertEquals(Optional.of(new Label("l", "x")), read.value());
    assertEquals(1.0, read.consumedCapacity().orElseThrow().capacityUnits());
  }

  @Test
  void nullArgumentsAreRefusedAtOnce() {
    assertThrows(NullPointerException.class, () -> labels.put(null));
    assertThrows(NullPointerException.class, () -> labels.put(new Label("l", "x"), null));
    assertThrows(NullPointerException.class, () -> counters.update((Counter) null));
  }
}
