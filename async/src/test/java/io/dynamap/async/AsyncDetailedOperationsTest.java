package io.dynamap.async;

import static io.dynamap.async.AsyncTableRepositoryTest.await;
import static io.dynamap.async.AsyncTableRepositoryTest.failure;
import static io.dynamap.async.Counters.COUNT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.dynamap.async.Counters.Counter;
import io.dynamap.async.Counters.CounterRepository;
import io.dynamap.async.Counters.CounterSchema;
import io.dynamap.async.Counters.Label;
import io.dynamap.async.Counters.LabelRepository;
import io.dynamap.async.Counters.LabelSchema;
import io.dynamap.runtime.CallResult;
import io.dynamap.runtime.error.ConditionFailedException;
import io.dynamap.runtime.error.ItemTooLargeException;
import io.dynamap.runtime.error.OptimisticLockException;
import io.dynamap.testing.DynamapLocalTest;
import io.dynamap.testing.LocalDynamoDb;
import io.dynamap.testing.TestTables;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;

/**
 * {@link AsyncTableRepository#withDetails}: the results of single-item calls with the capacity
 * Dynamap Local reports (by DynamoDB's rules: a write unit per KB of the larger of the old and new
 * item, a read unit per 4 KB, half for eventually consistent reads) and the request id it sent.
 */
@DynamapLocalTest
class AsyncDetailedOperationsTest {
  /** Records the {@code x-amzn-RequestId} header of every HTTP answer, in order. */
  private static final class RequestIds implements ExecutionInterceptor {
    final List<String> received = new CopyOnWriteArrayList<>();

    @Override
    public void afterTransmission(
        Context.AfterTransmission context, ExecutionAttributes attributes) {
      received.add(context.httpResponse().firstMatchingHeader("x-amzn-RequestId").orElse("none"));
    }

    String last() {
      return received.get(received.size() - 1);
    }
  }

  private final RequestIds ids = new RequestIds();
  private final DynamoDbAsyncClient client =
      DynamapAsyncClientsTest.client(LocalDynamoDb.shared().endpoint())
          .addExecutionInterceptor(ids)
          .build();
  private final CounterRepository counters;
  private final LabelRepository labels;

  AsyncDetailedOperationsTest(TestTables tables) {
    counters = new CounterRepository(client, tables.create(CounterSchema.INSTANCE));
    labels = new LabelRepository(client, tables.create(LabelSchema.INSTANCE));
  }

  @AfterEach
  void closeClient() {
    client.close();
  }

  private static double units(CallResult<?> result) {
    return result.consumedCapacity().orElseThrow().capacityUnits();
  }

  /** The request id is the one Dynamap Local sent with the last answer, and has its form. */
  private void assertRequestIdOfLastAnswer(CallResult<?> result) {
    assertEquals(Optional.of(ids.last()), result.requestId());
    assertEquals(52, result.requestId().orElseThrow().length(), result.requestId().orElseThrow());
  }

  @Test
  void writesAndReadsCarryTheirCapacityAndRequestId() throws Exception {
    AsyncDetailedOperations<Label> detailed = labels.withDetails(ReturnConsumedCapacity.TOTAL);
    assertEquals(ReturnConsumedCapacity.TOTAL, detailed.returnConsumedCapacity());

    Label small = new Label("l-1", "x");
    CallResult<Void> put = await(detailed.put(small));
    assertNull(put.value());
    assertEquals(1.0, units(put));
    assertEquals(labels.tableName(), put.consumedCapacity().orElseThrow().tableName());
    assertRequestIdOfLastAnswer(put);

    // Over 1 KB: two write units (the larger of the old and the new item counts).
    Label large = new Label("l-1", "y".repeat(1500));
    CallResult<Optional<Label>> replaced = await(detailed.putReturningOld(large));
    assertEquals(Optional.of(small), replaced.value());
    assertEquals(2.0, units(replaced));
    assertRequestIdOfLastAnswer(replaced);

    CallResult<Optional<Label>> eventually = await(detailed.get(Counters.key("l-1")));
    assertEquals(Optional.of(large), eventually.value());
    assertEquals(0.5, units(eventually));
    assertRequestIdOfLastAnswer(eventually);
    CallResult<Optional<Label>> consistent = await(detailed.getConsistent(Counters.key("l-1")));
    assertEquals(1.0, units(consistent));

    // Over 4 KB: two read units consistent, one eventually consistent.
    Label over4k = new Label("l-2", "z".repeat(5000));
    assertEquals(5.0, units(await(detailed.put(over4k))));
    assertEquals(2.0, units(await(detailed.getConsistent(Counters.key("l-2")))));
    assertEquals(1.0, units(await(detailed.get(Counters.key("l-2")))));
    // A missing item still costs the minimum.
    CallResult<Optional<Label>> missing = await(detailed.getConsistent(Counters.key("none")));
    assertEquals(Optional.empty(), missing.value());
    assertEquals(1.0, units(missing));

    CallResult<Optional<Label>> removed = await(detailed.deleteReturningOld(over4k));
    assertEquals(Optional.of(over4k), removed.value());
    assertEquals(5.0, units(removed));
    assertRequestIdOfLastAnswer(removed);
    assertEquals(2.0, units(await(detailed.deleteByKey(Counters.key("l-1")))));
    assertEquals(Optional.empty(), await(labels.get("l-1")));
  }

  @Test
  void versionedWritesAndUpdatesReturnTheirValuesWithTheirDetails() throws Exception {
    AsyncDetailedOperations<Counter> detailed = counters.withDetails(ReturnConsumedCapacity.TOTAL);
    CallResult<Counter> saved = await(detailed.save(new Counter("c", 1, null, 0)));
    assertEquals(new Counter("c", 1, null, 1), saved.value());
    assertEquals(1.0, units(saved));
    assertRequestIdOfLastAnswer(saved);

    CallResult<Counter> updated =
        await(detailed.update(saved.value()).increment(COUNT, 2).executeDetailed());
    assertEquals(new Counter("c", 3, null, 2), updated.value());
    assertEquals(1.0, units(updated));
    assertRequestIdOfLastAnswer(updated);

    CallResult<Optional<Counter>> old =
        await(detailed.updateByKey(Counters.key("c")).increment(COUNT, 1).executeReturningOldDetailed());
    assertEquals(Optional.of(new Counter("c", 3, null, 2)), old.value());
    assertEquals(1.0, units(old));
    CallResult<Void> none =
        await(detailed.updateByKey(Counters.key("c")).increment(COUNT, 1).executeWithoutResultDetailed());
    assertNull(none.value());
    assertRequestIdOfLastAnswer(none);
    assertEquals(5, await(counters.get("c")).orElseThrow().count());

    // The same exceptions as the plain methods, carrying the failed call's request id.
    OptimisticLockException stale =
        failure(OptimisticLockException.class, detailed.save(saved.value()));
    assertEquals(Optional.of(ids.last()), stale.requestId());
    ConditionFailedException refused =
        failure(
            ConditionFailedException.class,
            detailed.delete(new Counter("c", 5, null, 2), COUNT.eq(99L)));
    assertEquals(Optional.of(new Counter("c", 5, null, 2)), refused.item(counters.schema()));
    assertEquals(Optional.of(ids.last()), refused.requestId());
    failure(
        ItemTooLargeException.class,
        labels.withDetails(ReturnConsumedCapacity.TOTAL).put(new Label("big", "b".repeat(410_000))));
  }

  @Test
  void anItemPresentForPutIfAbsentIsAResultWithTheRequestIdButNoCapacity() throws Exception {
    AsyncDetailedOperations<Label> detailed = labels.withDetails(ReturnConsumedCapacity.TOTAL);
    CallResult<Boolean> written = await(detailed.putIfAbsent(new Label("l", "first")));
    assertEquals(true, written.value());
    assertEquals(1.0, units(written));

    CallResult<Boolean> present = await(detailed.putIfAbsent(new Label("l", "second")));
    assertEquals(false, present.value());
    // DynamoDB's error answer to the failed condition tells no capacity.
    assertEquals(Optional.empty(), present.consumedCapacity());
    assertRequestIdOfLastAnswer(present);
  }

  @Test
  void indexesLevelSplitsTheTablesShareAndNoneAsksForNoCapacity() throws Exception {
    CallResult<Void> indexes =
        await(labels.withDetails(ReturnConsumedCapacity.INDEXES).put(new Label("l", "x")));
    ConsumedCapacity capacity = indexes.consumedCapacity().orElseThrow();
    assertEquals(1.0, capacity.capacityUnits());
    assertEquals(1.0, capacity.table().capacityUnits());

    CallResult<Void> none =
        await(labels.withDetails(ReturnConsumedCapacity.NONE).put(new Label("l", "y")));
    assertEquals(Optional.empty(), none.consumedCapacity());
    assertRequestIdOfLastAnswer(none);

    assertThrows(
        IllegalArgumentException.class,
        () -> labels.withDetails(ReturnConsumedCapacity.UNKNOWN_TO_SDK_VERSION));
    assertThrows(NullPointerException.class, () -> labels.withDetails(null));
    assertThrows(
        NullPointerException.class,
        () -> labels.withDetails(ReturnConsumedCapacity.TOTAL).put(null));
  }
}
