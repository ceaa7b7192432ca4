package io.dynamap.runtime.core;

import io.dynamap.runtime.CallResult;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.exception.SdkServiceException;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbResponse;

/**
 * One prepared call: its SDK request, and how its answer becomes the typed result: {@link
 * #result} maps the response, {@link #recover} the SDK's exception (to a result, where failing is
 * an expected outcome such as {@code putIfAbsent} finding an item, or else to Dynamap's
 * exception, thrown). Both are pure functions of the answer; an executor only sends {@link
 * #request()} through the client method of {@link #operation()}:
 *
 * <pre>{@code
 * Call<PutItemRequest, PutItemResponse, Void> call = requests.put(entity);
 * // blocking:
 * try { return call.result(client.putItem(call.request())); }
 * catch (SdkException e) { return call.recover(e); }
 * // non-blocking: the same two functions, in the future's completion
 * }</pre>
 *
 * <p>{@link #answer} is the result with what else the response tells: the capacity it consumed,
 * when the request asked for it ({@link ItemRequests#withReturnConsumedCapacity}, or the client
 * for its listeners), and DynamoDB's request id.
 *
 * <p>Immutable; thread-safe if its functions are (the core's are).
 *
 * @param <Q> the SDK request type, such as {@code PutItemRequest}
 * @param <R> the SDK response type, such as {@code PutItemResponse}
 * @param <V> the typed result, such as {@code Optional<Order>}; {@code Void} for none
 */
public final class Call<Q, R extends DynamoDbResponse, V> {

  /**
   * What a failed call comes to: a result, or Dynamap's exception thrown.
   *
   * @param <V> the typed result
   */
  @FunctionalInterface
  public interface Recovery<V> {
    /**
     * Maps the SDK's exception.
     *
     * @param failure what the SDK threw (unwrapped from any {@code CompletionException}); not null
     * @return the result, where the failure is an expected outcome
     * @throws RuntimeException Dynamap's exception for the failure, otherwise
     */
    V recover(SdkException failure);
  }

  private final String operation;
  private final String tableName;
  private final Q request;
  private final Function<? super R, ? extends V> onResponse;
  private final Recovery<? extends V> onFailure;
  private final Function<? super R, ConsumedCapacity> capacityOf;

  private Call(
      String operation,
      String tableName,
      Q request,
      Function<? super R, ? extends V> onResponse,
      Recovery<? extends V> onFailure,
      Function<? super R, ConsumedCapacity> capacityOf) {
    this.operation = Objects.requireNonNull(operation, "operation");
    this.tableName = Objects.requireNonNull(tableName, "tableName");
    this.request = Objects.requireNonNull(request, "request");
    this.onResponse = Objects.requireNonNull(onResponse, "onResponse");
    this.onFailure = Objects.requireNonNull(onFailure, "onFailure");
    this.capacityOf = Objects.requireNonNull(capacityOf, "capacityOf");
  }

  /**
   * A call.
   *
   * @param <Q> the SDK request type
   * @param <R> the SDK response type
   * @param <V> the typed result
   * @param operation the DynamoDB operation, such as {@code PutItem}; not null
   * @param tableName the table the call works on; not null
   * @param request the request to send; not null
   * @param onResponse maps the response to the result; not null
   * @param onFailure maps the SDK's exception to a result or to Dynamap's exception; not null
   * @return the call, whose {@link #answer} tells no consumed capacity
   */
  public static <Q, R extends DynamoDbResponse, V> Call<Q, R, V> of(
      String operation,
      String tableName,
      Q request,
      Function<? super R, ? extends V> onResponse,
      Recovery<? extends V> onFailure) {
    return new Call<>(operation, tableName, request, onResponse, onFailure, response -> null);
  }

  /**
   * A call of an operation whose response tells the capacity it consumed.
   *
   * @param <Q> the SDK request type
   * @param <R> the SDK response type
   * @param <V> the typed result
   * @param operation the DynamoDB operation, such as {@code PutItem}; not null
   * @param tableName the table the call works on; not null
   * @param request the request to send; not null
   * @param onResponse maps the response to the result; not null
   * @param onFailure maps the SDK's exception to a result or to Dynamap's exception; not null
   * @param capacityOf the response's consumed capacity, null if it has none, such as {@code
   *     PutItemResponse::consumedCapacity}; not null
   * @return the call
   */
  public static <Q, R extends DynamoDbResponse, V> Call<Q, R, V> of(
      String operation,
      String tableName,
      Q request,
      Function<? super R, ? extends V> onResponse,
      Recovery<? extends V> onFailure,
      Function<? super R, ConsumedCapacity> capacityOf) {
    return new Call<>(operation, tableName, request, onResponse, onFailure, capacityOf);
  }

  /**
   * The DynamoDB operation this call sends, such as {@code PutItem}.
   *
   * @return the operation's name
   */
  public String operation() {
    return operation;
  }

  /**
   * The table this call works on.
   *
   * @return the table name
   */
  public String tableName() {
    return tableName;
  }

  /**
   * The request to send.
   *
   * @return the SDK request, built once
   */
  public Q request() {
    return request;
  }

  /**
   * The typed result of a response.
   *
   * @param response the client's response to {@link #request()}; not null
   * @return the result ({@code null} for {@code Void})
   * @throws io.dynamap.runtime.error.ItemMappingException if a returned item does not fit the
   *     entity
   */
  public V result(R response) {
    return onResponse.apply(Objects.requireNonNull(response, "response"));
  }

  /**
   * The typed result of a response, with the capacity it consumed and its request id.
   *
   * @param response the client's response to {@link #request()}; not null
   * @return the result, with the consumed capacity if the response told it and the request id
   * @throws io.dynamap.runtime.error.ItemMappingException if a returned item does not fit the
   *     entity
   */
  public CallResult<V> answer(R response) {
    V value = result(response);
    return new CallResult<>(
        value,
        Optional.ofNullable(capacityOf.apply(response)),
        requestId(
            response.responseMetadata() == null ? null : response.responseMetadata().requestId()));
  }

  /**
   * The result of a failed call, where the failure is an expected outcome; otherwise throws the
   * Dynamap exception for it (see {@link io.dynamap.runtime.error.DynamapErrors}).
   *
   * @param failure what the SDK threw, unwrapped from any {@code CompletionException}; not null
   * @return the result the failure stands for, such as {@code false} for {@code putIfAbsent}
   * @throws io.dynamap.runtime.error.DynamapException the exception the failure maps to
   */
  public V recover(SdkException failure) {
    return onFailure.recover(Objects.requireNonNull(failure, "failure"));
  }

  /**
   * The result of a failed call, where the failure is an expected outcome, with the request id
   * of the error answer; no consumed capacity, as DynamoDB's error answers carry none. Otherwise
   * throws as {@link #recover} does.
   *
   * @param failure what the SDK threw, unwrapped from any {@code CompletionException}; not null
   * @return the result the failure stands for, with the request id if the answer had one
   * @throws io.dynamap.runtime.error.DynamapException the exception the failure maps to
   */
  public CallResult<V> recoverAnswer(SdkException failure) {
    V value = recover(failure);
    return new CallResult<>(
        value,
        Optional.empty(),
        requestId(failure instanceof SdkServiceException service ? service.requestId() : null));
  }

  /** The SDK says UNKNOWN when an answer had no request id. */
  static Optional<String> requestId(String id) {
    return id == null || id.isEmpty() || "UNKNOWN".equals(id) ? Optional.empty() : Optional.of(id);
  }

  /**
   * This call with another result: the same request, the result mapped further.
   *
   * @param <W> the new result type
   * @param then maps this call's result; not null
   * @return a new call sending the same request
   */
  public <W> Call<Q, R, W> map(Function<? super V, ? extends W> then) {
    Objects.requireNonNull(then, "then");
    return new Call<>(
        operation,
        tableName,
        request,
        response -> then.apply(onResponse.apply(response)),
        failure -> then.apply(onFailure.recover(failure)),
        capacityOf);
  }

  @Override
  public String toString() {
    return "Call[" + operation + " on " + tableName + "]";
  }
}
