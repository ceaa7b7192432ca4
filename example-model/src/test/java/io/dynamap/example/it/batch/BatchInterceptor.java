package io.dynamap.example.it.batch;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntPredicate;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.SdkResponse;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.DeleteRequest;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Sees every {@code BatchWriteItem} and {@code BatchGetItem} of a client and can make DynamoDB
 * Local behave like a busy DynamoDB, honestly:
 *
 * <ul>
 *   <li><b>Partial processing.</b> Requests (writes or keys) chosen by {@link #withhold} are taken
 *       out of the outgoing request, so DynamoDB never sees them, and added to the response's
 *       {@code UnprocessedItems} or {@code UnprocessedKeys}: they really were not processed. If
 *       every request for a table is withheld, a write or read of a sentinel key that no item has
 *       takes their place, since DynamoDB refuses an empty list.
 *   <li><b>Throttling.</b> Executions chosen by {@link #throttle} fail with a {@code
 *       ProvisionedThroughputExceededException} before anything is sent. Thrown from {@code
 *       modifyRequest}, which runs once per execution outside the SDK's retry loop, it reaches the
 *       caller as a throttle the SDK has given up on, without waiting out the SDK's backoff.
 *   <li><b>Slowness.</b> Each execution takes at least {@link #delay} longer.
 * </ul>
 *
 * <p>It counts executions (1-based, in the order they start), the most in flight at once, and
 * records what DynamoDB actually received.
 */
final class BatchInterceptor implements ExecutionInterceptor {
  private static final ExecutionAttribute<Integer> NUMBER =
      new ExecutionAttribute<>("batch-test-number");
  private static final ExecutionAttribute<Boolean> IN_FLIGHT =
      new ExecutionAttribute<>("batch-test-in-flight");
  private static final ExecutionAttribute<Map<String, List<WriteRequest>>> WITHHELD_WRITES =
      new ExecutionAttribute<>("batch-test-withheld-writes");
  private static final ExecutionAttribute<Map<String, KeysAndAttributes>> WITHHELD_KEYS =
      new ExecutionAttribute<>("batch-test-withheld-keys");

  /** Which executions are throttled, by number. */
  volatile IntPredicate throttle = n -> false;

  /** Which requests of an execution are returned unprocessed. */
  volatile Withhold withhold = (n, table, position) -> false;

  /** Extra time each execution takes. */
  volatile Duration delay = Duration.ZERO;

  /** An execution number that takes {@link #slowOneDelay} longer; 0 for none. */
  volatile int slowOne;

  volatile Duration slowOneDelay = Duration.ZERO;

  /** A key per table that no item has, for requests whose every item is withheld. */
  final Map<String, Map<String, AttributeValue>> sentinels = new ConcurrentHashMap<>();

  final AtomicInteger executions = new AtomicInteger();
  final AtomicInteger throttled = new AtomicInteger();
  final AtomicInteger withheld = new AtomicInteger();
  final AtomicInteger inFlight = new AtomicInteger();
  final AtomicInteger maxInFlight = new AtomicInteger();

  /** The write requests DynamoDB received, sentinels left out. */
  final List<BatchWriteItemRequest> writesSent = Collections.synchronizedList(new ArrayList<>());

  /** The read requests DynamoDB received, sentinels left out. */
  final List<BatchGetItemRequest> getsSent = Collections.synchronizedList(new ArrayList<>());

  /** Chooses the writes or keys returned unprocessed. */
  @FunctionalInterface
  interface Withhold {
    /**
     * @param execution the execution's number, from 1
     * @param table the table of the write or key
     * @param position its position in the request, from 0, over all tables
     */
    boolean test(int execution, String table, int position);
  }

  @Override
  public SdkRequest modifyRequest(Context.ModifyRequest context, ExecutionAttributes attributes) {
    SdkRequest request = context.request();
    if (!(request instanceof BatchWriteItemRequest) && !(request instanceof BatchGetItemRequest)) {
      return request;
    }
    int n = executions.incrementAndGet();
    attributes.putAttribute(NUMBER, n);
    if (throttle.test(n)) {
      throttled.incrementAndGet();
      throw ProvisionedThroughputExceededException.builder()
          .message(
              "The level of configured provisioned throughput for the table was exceeded (test)")
          .statusCode(400)
          .awsErrorDetails(
              AwsErrorDetails.builder()
                  .errorCode("ProvisionedThroughputExceededException")
                  .errorMessage("throttled by the test")
                  .serviceName("DynamoDb")
                  .build())
          .build();
    }
    int now = inFlight.incrementAndGet();
    attributes.putAttribute(IN_FLIGHT, true);
    maxInFlight.accumulateAndGet(now, Math::max);
    pause(n);
    return request instanceof BatchWriteItemRequest write
        ? withholdWrites(write, n, attributes)
        : withholdKeys((BatchGetItemRequest) request, n, attributes);
  }

  @Override
  public SdkResponse modifyResponse(
      Context.ModifyResponse context, ExecutionAttributes attributes) {
    SdkResponse response = context.response();
    if (response instanceof BatchWriteItemResponse write) {
      Map<String, List<WriteRequest>> held = attributes.getAttribute(WITHHELD_WRITES);
      if (held != null && !held.isEmpty()) {
        Map<String, List<WriteRequest>> unprocessed = new LinkedHashMap<>();
        write
            .unprocessedItems()
            .forEach((table, list) -> unprocessed.put(table, new ArrayList<>(list)));
        held.forEach(
            (table, list) ->
                unprocessed.computeIfAbsent(table, t -> new ArrayList<>()).addAll(list));
        return write.toBuilder().unprocessedItems(unprocessed).build();
      }
    } else if (response instanceof BatchGetItemResponse get) {
      Map<String, KeysAndAttributes> held = attributes.getAttribute(WITHHELD_KEYS);
      if (held != null && !held.isEmpty()) {
        Map<String, KeysAndAttributes> unprocessed = new LinkedHashMap<>(get.unprocessedKeys());
        held.forEach(
            (table, keys) ->
                unprocessed.merge(
                    table,
                    keys,
                    (a, b) -> {
                      List<Map<String, AttributeValue>> all = new ArrayList<>(a.keys());
                      all.addAll(b.keys());
                      return a.toBuilder().keys(all).build();
                    }));
        return get.toBuilder().unprocessedKeys(unprocessed).build();
      }
    }
    return response;
  }

  @Override
  public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
    leave(attributes);
  }

  @Override
  public void onExecutionFailure(Context.FailedExecution context, ExecutionAttributes attributes) {
    leave(attributes);
  }

  /** How many write requests DynamoDB received for a table, over all executions. */
  int writesReceived(String table) {
    synchronized (writesSent) {
      return writesSent.stream()
          .mapToInt(r -> r.requestItems().getOrDefault(table, List.of()).size())
          .sum();
    }
  }

  private void leave(ExecutionAttributes attributes) {
    if (Boolean.TRUE.equals(attributes.getAttribute(IN_FLIGHT))) {
      attributes.putAttribute(IN_FLIGHT, false);
      inFlight.decrementAndGet();
    }
  }

  private void pause(int n) {
    long millis = delay.toMillis() + (n == slowOne ? slowOneDelay.toMillis() : 0);
    if (millis > 0) {
      try {
        Thread.sleep(millis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private SdkRequest withholdWrites(
      BatchWriteItemRequest request, int n, ExecutionAttributes attributes) {
    Map<String, List<WriteRequest>> kept = new LinkedHashMap<>();
    Map<String, List<WriteRequest>> held = new LinkedHashMap<>();
    Map<String, List<WriteRequest>> received = new LinkedHashMap<>();
    int position = 0;
    for (Map.Entry<String, List<WriteRequest>> table : request.requestItems().entrySet()) {
      for (WriteRequest write : table.getValue()) {
        boolean hold = withhold.test(n, table.getKey(), position++);
        (hold ? held : kept).computeIfAbsent(table.getKey(), t -> new ArrayList<>()).add(write);
      }
      if (kept.containsKey(table.getKey())) {
        received.put(table.getKey(), kept.get(table.getKey()));
      } else {
        kept.put(table.getKey(), List.of(sentinelDelete(table.getKey())));
      }
    }
    held.values().forEach(list -> withheld.addAndGet(list.size()));
    attributes.putAttribute(WITHHELD_WRITES, held);
    writesSent.add(BatchWriteItemRequest.builder().requestItems(received).build());
    return request.toBuilder().requestItems(kept).build();
  }

  private SdkRequest withholdKeys(
      BatchGetItemRequest request, int n, ExecutionAttributes attributes) {
    Map<String, KeysAndAttributes> kept = new LinkedHashMap<>();
    Map<String, KeysAndAttributes> held = new LinkedHashMap<>();
    Map<String, KeysAndAttributes> received = new LinkedHashMap<>();
    int position = 0;
    for (Map.Entry<String, KeysAndAttributes> table : request.requestItems().entrySet()) {
      List<Map<String, AttributeValue>> keep = new ArrayList<>();
      List<Map<String, AttributeValue>> hold = new ArrayList<>();
      for (Map<String, AttributeValue> key : table.getValue().keys()) {
        (withhold.test(n, table.getKey(), position++) ? hold : keep).add(key);
      }
      KeysAndAttributes original = table.getValue();
      if (!hold.isEmpty()) {
        held.put(table.getKey(), original.toBuilder().keys(hold).build());
        withheld.addAndGet(hold.size());
      }
      if (keep.isEmpty()) {
        kept.put(
            table.getKey(), original.toBuilder().keys(List.of(sentinel(table.getKey()))).build());
      } else {
        KeysAndAttributes keys = original.toBuilder().keys(keep).build();
        kept.put(table.getKey(), keys);
        received.put(table.getKey(), keys);
      }
    }
    attributes.putAttribute(WITHHELD_KEYS, held);
    getsSent.add(BatchGetItemRequest.builder().requestItems(received).build());
    return request.toBuilder().requestItems(kept).build();
  }

  private WriteRequest sentinelDelete(String table) {
    return WriteRequest.builder()
        .deleteRequest(DeleteRequest.builder().key(sentinel(table)).build())
        .build();
  }

  private Map<String, AttributeValue> sentinel(String table) {
    Map<String, AttributeValue> key = sentinels.get(table);
    if (key == null) {
      throw new IllegalStateException("no sentinel key for table " + table);
    }
    return key;
  }
}
