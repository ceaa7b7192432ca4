package io.dynamap.runtime.listen;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkServiceException;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;

/** One finished call to DynamoDB, as a {@link CallListener} sees it. Immutable. */
public final class CallEvent {
  private final String operation;
  private final List<String> tables;
  private final Duration latency;
  private final int attempts;
  private final int throttleRetries;
  private final int errorRetries;
  private final List<ConsumedCapacity> consumedCapacity;
  private final String requestId;
  private final Throwable error;

  /**
   * Made by the client's {@link CallTracker} when a call ends.
   *
   * @param operation the DynamoDB operation, such as {@code PutItem}
   * @param tables the tables the request names, in request order
   * @param latency from the start of the call to its end, retries and backoff included
   * @param attempts HTTP attempts made
   * @param throttleRetries retries after throttling
   * @param errorRetries retries after server errors and network failures
   * @param consumedCapacity what DynamoDB reported, one entry per table (or index, if asked for)
   * @param requestId DynamoDB's id of the last attempt, or {@code null} when none was received
   * @param error what the call failed with, or {@code null} if it succeeded
   */
  public CallEvent(
      String operation,
      List<String> tables,
      Duration latency,
      int attempts,
      int throttleRetries,
      int errorRetries,
      List<ConsumedCapacity> consumedCapacity,
      String requestId,
      Throwable error) {
    this.operation = Objects.requireNonNull(operation, "operation");
    this.tables = List.copyOf(tables);
    this.latency = Objects.requireNonNull(latency, "latency");
    this.attempts = attempts;
    this.throttleRetries = throttleRetries;
    this.errorRetries = errorRetries;
    this.consumedCapacity = List.copyOf(consumedCapacity);
    this.requestId = requestId;
    this.error = error;
  }

  /**
   * The DynamoDB operation, such as {@code PutItem} or {@code Query}.
   *
   * @return the operation name, never null
   */
  public String operation() {
    return operation;
  }

  /**
   * The tables the request names: one for most operations, any number for batch and transaction
   * operations, none for {@code ListTables} or PartiQL statements.
   *
   * @return the table names, unmodifiable, possibly empty
   */
  public List<String> tables() {
    return tables;
  }

  /**
   * The table, if the request names exactly one.
   *
   * @return the one table name, or empty for none or several
   */
  public Optional<String> table() {
    return tables.size() == 1 ? Optional.of(tables.get(0)) : Optional.empty();
  }

  /**
   * How long the call took, retries and backoff included.
   *
   * @return the call's wall-clock time, as measured around the SDK call
   */
  public Duration latency() {
    return latency;
  }

  /**
   * How many HTTP attempts were made: 1 plus the retries.
   *
   * @return at least 1
   */
  public int attempts() {
    return attempts;
  }

  /**
   * Retries after throttling.
   *
   * @return the count, 0 when none
   */
  public int throttleRetries() {
    return throttleRetries;
  }

  /**
   * Retries after server errors and network failures.
   *
   * @return the count, 0 when none
   */
  public int errorRetries() {
    return errorRetries;
  }

  /**
   * The capacity DynamoDB reported the call consumed; empty when the request did not ask for it
   * (Dynamap's clients ask for it whenever listeners are registered) or the call failed.
   *
   * @return the capacity entries, unmodifiable, possibly empty
   */
  public List<ConsumedCapacity> consumedCapacity() {
    return consumedCapacity;
  }

  /**
   * The capacity units consumed, summed over {@link #consumedCapacity()}.
   *
   * @return the sum, 0 when none was reported
   */
  public double capacityUnits() {
    double units = 0;
    for (ConsumedCapacity capacity : consumedCapacity) {
      if (capacity.capacityUnits() != null) {
        units += capacity.capacityUnits();
      }
    }
    return units;
  }

  /**
   * DynamoDB's id for the request's last attempt, for support cases; absent when no answer came.
   *
   * @return the request id of the last answer, or empty
   */
  public Optional<String> requestId() {
    return Optional.ofNullable(requestId);
  }

  /**
   * Whether the call succeeded.
   *
   * @return {@code true} if the call returned a response
   */
  public boolean succeeded() {
    return error == null;
  }

  /**
   * What the call failed with, as the SDK threw it.
   *
   * @return the exception, or empty if the call succeeded
   */
  public Optional<Throwable> error() {
    return Optional.ofNullable(error);
  }

  /**
   * The error's code: DynamoDB's ({@code ConditionalCheckFailedException}, {@code
   * ProvisionedThroughputExceededException}, ...), or else the exception's simple class name.
   *
   * @return the code, or empty if the call succeeded
   */
  public Optional<String> errorCode() {
    if (error == null) {
      return Optional.empty();
    }
    if (error instanceof AwsServiceException aws
        && aws.awsErrorDetails() != null
        && aws.awsErrorDetails().errorCode() != null) {
      return Optional.of(aws.awsErrorDetails().errorCode());
    }
    return Optional.of(error.getClass().getSimpleName());
  }

  /**
   * The HTTP status of the failed call's last answer, if it failed with one.
   *
   * @return the HTTP status, or empty if the call succeeded or failed without an answer
   */
  public Optional<Integer> statusCode() {
    return error instanceof SdkServiceException service
        ? Optional.of(service.statusCode())
        : Optional.empty();
  }

  @Override
  public String toString() {
    return "CallEvent["
        + operation
        + (tables.isEmpty() ? "" : " " + String.join(",", tables))
        + ", "
        + latency.toMillis()
        + " ms, attempts="
        + attempts
        + ", throttleRetries="
        + throttleRetries
        + ", errorRetries="
        + errorRetries
        + ", capacityUnits="
        + capacityUnits()
        + (error == null ? "" : ", error=" + errorCode().orElse("?"))
        + "]";
  }
}
