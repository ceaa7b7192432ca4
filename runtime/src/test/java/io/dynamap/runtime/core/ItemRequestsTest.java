package io.dynamap.runtime.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamap.runtime.CallResult;
import io.dynamap.runtime.error.ConditionFailedException;
import io.dynamap.runtime.error.ItemMappingException;
import io.dynamap.runtime.error.ItemTooLargeException;
import io.dynamap.runtime.error.OptimisticLockException;
import io.dynamap.runtime.error.TableNotFoundException;
import io.dynamap.runtime.error.ThrottledException;
import io.dynamap.runtime.expr.AttributePath;
import io.dynamap.runtime.expr.ComparableAttribute;
import io.dynamap.runtime.expr.ScalarAttributes;
import io.dynamap.runtime.expr.Update;
import io.dynamap.runtime.schema.ItemSchema;
import io.dynamap.runtime.schema.KeyDefinition;
import io.dynamap.runtime.schema.OptimisticLock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.DefaultAwsResponseMetadata;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;

/**
 * The request core without a client: the requests it builds and how it maps responses and the
 * SDK's exceptions, the two pure functions both executors share.
 */
class ItemRequestsTest {
  /** A versioned entity; version 0 is a new one. */
  record Counter(String id, long count, long version) {}

  static final class CounterSchema implements ItemSchema<Counter> {
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
      if (!item.containsKey("count")) {
        throw new ItemMappingException("Counter: attribute 'count' is missing");
      }
      return new Counter(
          item.get("id").s(),
          Long.parseLong(item.get("count").n()),
          Long.parseLong(item.get("version").n()));
    }

    @Override
    public Map<String, AttributeValue> keyOf(Counter counter) {
      return Map.of("id", AttributeValue.fromS(counter.id()));
    }
  }

  private static final ComparableAttribute<Counter, Long> COUNT =
      ScalarAttributes.number(AttributePath.of("count"), ScalarAttributes.Kind.LONG, "count");

  private final ItemRequests<Counter> requests = ItemRequests.of(new CounterSchema(), "Counters_1");

  private static Map<String, AttributeValue> stored(String id, long count, long version) {
    return Map.of(
        "id", AttributeValue.fromS(id),
        "count", AttributeValue.fromN(Long.toString(count)),
        "version", AttributeValue.fromN(Long.toString(version)));
  }

  private static ConditionalCheckFailedException conditionFailed(Map<String, AttributeValue> item) {
    ConditionalCheckFailedException.Builder failure =
        ConditionalCheckFailedException.builder()
            .message("The conditional request failed")
            .awsErrorDetails(
                AwsErrorDetails.builder()
                    .errorCode("ConditionalCheckFailedException")
                    .errorMessage("The conditional request failed")
                    .build());
    if (item != null) {
      failure.item(item);
    }
    return (ConditionalCheckFailedException) failure.build();
  }

  private static SdkException tableNotFound() {
    return ResourceNotFoundException.builder()
        .message("Requested resource not found")
        .awsErrorDetails(
            AwsErrorDetails.builder()
                .errorCode("ResourceNotFoundException")
                .errorMessage("Requested resource not found")
                .build())
        .build();
  }

  @Test
  void aPutOfAVersionedEntityIsConditionedOnItsVersionAndStoresTheNext() {
    Call<PutItemRequest, PutItemResponse, Counter> save = requests.save(new Counter("c", 7, 3));
    PutItemRequest request = save.request();

    assertEquals("PutItem", save.operation());
    assertEquals("Counters_1", request.tableName());
    assertEquals(AttributeValue.fromN("4"), request.item().get("version"));
    assertEquals("#a0 = :a0", request.conditionExpression());
    assertEquals(Map.of("#a0", "version"), request.expressionAttributeNames());
    assertEquals(Map.of(":a0", AttributeValue.fromN("3")), request.expressionAttributeValues());
    assertEquals(
        ReturnValuesOnConditionCheckFailure.ALL_OLD, request.returnValuesOnConditionCheckFailure());
    assertNull(request.returnValues());

    assertEquals(new Counter("c", 7, 4), save.result(PutItemResponse.builder().build()));
  }

  @Test
  void aFailedVersionConditionIsAnOptimisticLockExceptionWithTheCurrentItem() {
    Call<PutItemRequest, PutItemResponse, Void> put = requests.put(new Counter("c", 7, 3));

    OptimisticLockException stale =
        assertThrows(
            OptimisticLockException.class, () -> put.recover(conditionFailed(stored("c", 9, 5))));
    assertEquals(3, stale.expectedVersion());
    assertEquals(Optional.of(new Counter("c", 9, 5)), stale.item(new CounterSchema()));
    assertTrue(
        stale.getMessage().startsWith("PutItem on table Counters_1 failed: its condition was not met"),
        stale.getMessage());

    // The stored version is the expected one: it is the caller's condition that failed.
    Call<PutItemRequest, PutItemResponse, Void> conditional =
        requests.put(new Counter("c", 7, 3), COUNT.eq(1L));
    ConditionFailedException failed =
        assertThrows(
            ConditionFailedException.class,
            () -> conditional.recover(conditionFailed(stored("c", 2, 3))));
    assertFalse(failed instanceof OptimisticLockException);
    assertTrue(failed.getMessage().contains("; condition: "), failed.getMessage());
  }

  @Test
  void putIfAbsentTurnsAFailedConditionIntoFalseAndOtherFailuresIntoExceptions() {
    Call<PutItemRequest, PutItemResponse, Boolean> put =
        ItemRequests.of(new CounterSchema(), "Counters_1").putIfAbsent(new Counter("c", 1, 0));

    // A new versioned entity: its lock's condition (no item) is ANDed with the absence, as the
    // blocking repository has always sent it.
    assertEquals(
        "attribute_not_exists(#a0) AND attribute_not_exists(#a0)",
        put.request().conditionExpression());
    assertEquals(Map.of("#a0", "id"), put.request().expressionAttributeNames());
    assertTrue(put.result(PutItemResponse.builder().build()));
    assertFalse(put.recover(conditionFailed(stored("c", 1, 1))));
    assertInstanceOf(
        TableNotFoundException.class,
        assertThrows(RuntimeException.class, () -> put.recover(tableNotFound())));
    SdkException throttled =
        ProvisionedThroughputExceededException.builder()
            .message("Rate exceeded")
            .awsErrorDetails(
                AwsErrorDetails.builder()
                    .errorCode("ProvisionedThroughputExceededException")
                    .errorMessage("Rate exceeded")
                    .build())
            .build();
    assertThrows(ThrottledException.class, () -> put.recover(throttled));
  }

  @Test
  void aGetAsksForAConsistentReadOnlyWhenToldAndDecodesNamingTheTable() {
    Map<String, AttributeValue> key = Map.of("id", AttributeValue.fromS("c"));
    Call<GetItemRequest, GetItemResponse, Optional<Counter>> get = requests.get(key, false);
    assertNull(get.request().consistentRead());
    assertEquals(Boolean.TRUE, requests.get(key, true).request().consistentRead());

    assertEquals(Optional.empty(), get.result(GetItemResponse.builder().build()));
    assertEquals(
        Optional.of(new Counter("c", 1, 2)),
        get.result(GetItemResponse.builder().item(stored("c", 1, 2)).build()));
    ItemMappingException unreadable =
        assertThrows(
            ItemMappingException.class,
            () ->
                get.result(
                    GetItemResponse.builder()
                        .item(Map.of("id", AttributeValue.fromS("c")))
                        .build()));
    assertTrue(unreadable.getMessage().contains("Counters_1"), unreadable.getMessage());
  }

  @Test
  void anItemOverTheLimitIsRefusedWhileTheCallIsBuilt() {
    ItemSchema<Map<String, AttributeValue>> raw =
        new ItemSchema<>() {
          @Override
          public String entityName() {
            return "Raw";
          }

          @Override
          public String tableName() {
            return "Raw";
          }

          @Override
          public KeyDefinition key() {
            return KeyDefinition.of("id", ScalarAttributeType.S);
          }

          @Override
          public Map<String, AttributeValue> toItem(Map<String, AttributeValue> entity) {
            return entity;
          }

          @Override
          public Map<String, AttributeValue> fromItem(Map<String, AttributeValue> item) {
            return item;
          }

          @Override
          public Map<String, AttributeValue> keyOf(Map<String, AttributeValue> entity) {
            return Map.of("id", entity.get("id"));
          }
        };
    Map<String, AttributeValue> big =
        Map.of("id", AttributeValue.fromS("b"), "blob", AttributeValue.fromS("x".repeat(410_000)));
    assertThrows(ItemTooLargeException.class, () -> ItemRequests.of(raw, "Raw_1").put(big));
  }

  @Test
  void anUpdateIsBuiltOnceFromItsDescriptionWithTheLockOfItsEntity() {
    Counter counter = new Counter("c", 1, 2);
    OptimisticLock<Counter> lock = OptimisticLock.of(new CounterSchema(), counter).orElseThrow();
    Update<Counter> update =
        requests
            .update(counter, lock, (u, returnValue) -> new CallResult<>(Optional.empty(), Optional.empty(), Optional.empty()))
            .increment(COUNT, 5);

    Call<UpdateItemRequest, UpdateItemResponse, Optional<Counter>> call =
        requests.update(update, ReturnValue.ALL_NEW, lock);
    UpdateItemRequest request = call.request();
    assertEquals(Map.of("id", AttributeValue.fromS("c")), request.key());
    assertEquals(
        "SET #a0 = :a0, #a1 = if_not_exists(#a1, :a1) + :a2", request.updateExpression());
    assertEquals("#a0 = :a3", request.conditionExpression());
    assertEquals(Map.of("#a0", "version", "#a1", "count"), request.expressionAttributeNames());
    assertEquals(ReturnValue.ALL_NEW, request.returnValues());
    assertEquals(
        Optional.of(new Counter("c", 6, 3)),
        call.result(UpdateItemResponse.builder().attributes(stored("c", 6, 3)).build()));
    assertThrows(
        OptimisticLockException.class, () -> call.recover(conditionFailed(stored("c", 1, 9))));

    Call<UpdateItemRequest, UpdateItemResponse, Optional<Counter>> byKey =
        requests.update(
            requests.updateByKey(
                Map.of("id", AttributeValue.fromS("c")), Map.of(), (u, r) -> new CallResult<>(Optional.empty(), Optional.empty(), Optional.empty())),
            ReturnValue.NONE,
            null);
    assertNull(byKey.request().updateExpression());
    assertNull(byKey.request().conditionExpression());
    // Just the key: no names, no values (DynamoDB refuses empty maps of them).
    assertFalse(byKey.request().hasExpressionAttributeNames());
    assertFalse(byKey.request().hasExpressionAttributeValues());
  }

  @Test
  void requestsAskForTheirConsumedCapacityWhenToldAndAnswersCarryItWithTheRequestId() {
    Counter counter = new Counter("c", 1, 2);
    Map<String, AttributeValue> key = Map.of("id", AttributeValue.fromS("c"));
    assertEquals(Optional.empty(), requests.returnConsumedCapacity());
    assertNull(requests.put(counter).request().returnConsumedCapacity());

    ItemRequests<Counter> asking = requests.withReturnConsumedCapacity(ReturnConsumedCapacity.TOTAL);
    for (Object request :
        new Object[] {
          asking.save(counter).request(),
          asking.put(counter, COUNT.eq(1L)).request(),
          asking.putIfAbsent(counter).request(),
          asking.get(key, true).request(),
          asking.delete(counter).request(),
          asking.deleteByKey(key).request(),
          asking.deleteByKeyReturningOld(key).request(),
          asking.update(
                  asking.updateByKey(key, Map.of(), (u, r) -> new CallResult<>(Optional.empty(), Optional.empty(), Optional.empty())),
                  ReturnValue.ALL_NEW,
                  null)
              .request()
        }) {
      assertEquals(
          "TOTAL",
          ((software.amazon.awssdk.services.dynamodb.model.DynamoDbRequest) request)
              .getValueForField("ReturnConsumedCapacity", String.class)
              .orElseThrow(),
          request.toString());
    }

    ConsumedCapacity used =
        ConsumedCapacity.builder().tableName("Counters_1").capacityUnits(0.5).build();
    GetItemResponse response =
        (GetItemResponse)
            GetItemResponse.builder()
                .item(stored("c", 1, 2))
                .consumedCapacity(used)
                .responseMetadata(
                    DefaultAwsResponseMetadata.create(Map.of("AWS_REQUEST_ID", "R-1")))
                .build();
    CallResult<Optional<Counter>> answer = asking.get(key, false).answer(response);
    assertEquals(Optional.of(counter), answer.value());
    assertEquals(Optional.of(used), answer.consumedCapacity());
    assertEquals(Optional.of("R-1"), answer.requestId());

    CallResult<Void> none = asking.deleteByKey(key).answer(DeleteItemResponse.builder().build());
    assertEquals(Optional.empty(), none.consumedCapacity());
    assertEquals(Optional.empty(), none.requestId());

    assertThrows(
        IllegalArgumentException.class,
        () -> requests.withReturnConsumedCapacity(ReturnConsumedCapacity.UNKNOWN_TO_SDK_VERSION));
  }

  @Test
  void aRecoveredFailureAnswersWithTheErrorsRequestIdAndNoCapacity() {
    Counter counter = new Counter("c", 1, 2);
    ItemRequests<Counter> asking = requests.withReturnConsumedCapacity(ReturnConsumedCapacity.TOTAL);
    ConditionalCheckFailedException present =
        (ConditionalCheckFailedException)
            conditionFailed(stored("c", 1, 2)).toBuilder().requestId("R-9").build();

    CallResult<Boolean> absent = asking.putIfAbsent(counter).recoverAnswer(present);
    assertEquals(false, absent.value());
    assertEquals(Optional.empty(), absent.consumedCapacity());
    assertEquals(Optional.of("R-9"), absent.requestId());

    // A failure that is not an expected outcome throws as recover does, request id included.
    ConditionFailedException failed =
        assertThrows(
            ConditionFailedException.class,
            () -> asking.put(counter, COUNT.eq(5L)).recoverAnswer(present));
    assertEquals(Optional.of("R-9"), failed.requestId());
  }
}
