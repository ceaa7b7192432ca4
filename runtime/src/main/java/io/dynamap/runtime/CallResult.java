package io.dynamap.runtime;

import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;

/**
 * The result of one DynamoDB call with what else its answer told: the capacity the call consumed
 * and DynamoDB's id of the request (to quote to AWS support, or to find the call in logs). The
 * single-item operations of {@link TableRepository#withDetails} return it:
 *
 * <pre>{@code
 * CallResult<Void> written = orders.withDetails(ReturnConsumedCapacity.TOTAL).put(order);
 * double units = written.consumedCapacity().map(ConsumedCapacity::capacityUnits).orElse(0.0);
 * }</pre>
 *
 * <p>The consumed capacity is there when the request asked for it ({@code ReturnConsumedCapacity}
 * {@code TOTAL} or {@code INDEXES}), or the client asks for it for its listeners. Where a failure
 * is an expected outcome told by the value ({@code putIfAbsent} finding an item), the capacity is
 * empty: DynamoDB's error answers carry none. The request id is there when the answer had one,
 * which DynamoDB's always have.
 *
 * @param <V> the type of the value
 * @param value the operation's result, as the plain method returns it ({@code null} for {@code
 *     Void})
 * @param consumedCapacity the capacity the call consumed, if DynamoDB returned it
 * @param requestId DynamoDB's id of the request ({@code x-amzn-RequestId}), if the answer had one
 */
public record CallResult<V>(
    V value, Optional<ConsumedCapacity> consumedCapacity, Optional<String> requestId) {

  /**
   * Checks the optionals.
   *
   * @param value the result
   * @param consumedCapacity the consumed capacity, or empty; not null
   * @param requestId the request id, or empty; not null
   * @throws NullPointerException if an optional is null
   */
  public CallResult {
    Objects.requireNonNull(consumedCapacity, "consumedCapacity");
    Objects.requireNonNull(requestId, "requestId");
  }

  /**
   * The same call's result with another value, such as the item unwrapped from an {@code
   * Optional}; the capacity and request id are kept.
   *
   * @param <W> the new value's type
   * @param value the new value
   * @return a result of the same call with that value
   */
  public <W> CallResult<W> withValue(W value) {
    return new CallResult<>(value, consumedCapacity, requestId);
  }
}
