package io.dynamap.runtime.listen;

import io.dynamap.runtime.retry.CallRetries;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.awscore.AwsResponse;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.SdkResponse;
import software.amazon.awssdk.core.exception.SdkServiceException;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.services.dynamodb.model.BatchExecuteStatementRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.ExecuteStatementRequest;
import software.amazon.awssdk.services.dynamodb.model.ExecuteTransactionRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItem;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * The SDK interceptor behind {@link CallListener}s: it times each call, counts its attempts, binds
 * it to the calling thread as a {@link CallRetries} (so the retry strategy can count and log its
 * retries by operation and table), and hands a {@link CallEvent} to the listeners when the call
 * ends. It can also ask DynamoDB to report consumed capacity, on requests that did not choose.
 *
 * <p>{@code DynamapClients} always installs one. For a client built otherwise, add it with {@code
 * ClientOverrideConfiguration.builder().addExecutionInterceptor(…)}; the constructor makes one for
 * synchronous clients, which run a whole call on the calling thread, and {@link #forAsyncClient}
 * one for asynchronous clients, whose listeners run on the client's threads. Thread-safe.
 */
public final class CallTracker implements ExecutionInterceptor {
  private static final Logger LOG = LoggerFactory.getLogger(CallTracker.class);
  private static final ExecutionAttribute<Call> CALL = new ExecutionAttribute<>("io.dynamap.call");

  private final List<CallListener> listeners;
  private final boolean requestConsumedCapacity;
  private final boolean asynchronous;

  /**
   * A tracker for the given listeners; every client {@link
   * io.dynamap.runtime.client.DynamapClients} builds has one, first among its interceptors.
   *
   * @param listeners told of every call, in this order
   * @param requestConsumedCapacity whether to ask for {@code ReturnConsumedCapacity=TOTAL} on
   *     requests that support it and left it unset, so that listeners see the capacity used
   */
  public CallTracker(List<CallListener> listeners, boolean requestConsumedCapacity) {
    this(listeners, requestConsumedCapacity, false);
  }

  private CallTracker(
      List<CallListener> listeners, boolean requestConsumedCapacity, boolean asynchronous) {
    this.listeners = List.copyOf(listeners);
    this.requestConsumedCapacity = requestConsumedCapacity;
    this.asynchronous = asynchronous;
  }

  /**
   * A tracker for an asynchronous client: it binds each call to the calling thread only until the
   * call's {@link io.dynamap.runtime.retry.DynamapRetryStrategy} takes it over ({@link
   * CallRetries#beginAsync}), and its listeners run on the thread that completes the call.
   *
   * @param listeners told of every call, in this order
   * @param requestConsumedCapacity as for the constructor
   * @return the tracker, to install first among the client's interceptors
   */
  public static CallTracker forAsyncClient(
      List<CallListener> listeners, boolean requestConsumedCapacity) {
    return new CallTracker(listeners, requestConsumedCapacity, true);
  }

  @Override
  public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
    String operation = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
    if (operation == null) {
      operation = context.request().getClass().getSimpleName().replaceFirst("Request$", "");
    }
    List<String> tables = tablesOf(context.request());
    String table = tables.size() == 1 ? tables.get(0) : null;
    CallRetries retries =
        asynchronous ? CallRetries.beginAsync(operation, table) : CallRetries.begin(operation, table);
    attributes.putAttribute(CALL, new Call(operation, tables, System.nanoTime(), retries));
  }

  @Override
  public SdkRequest modifyRequest(Context.ModifyRequest context, ExecutionAttributes attributes) {
    return requestConsumedCapacity ? withConsumedCapacity(context.request()) : context.request();
  }

  @Override
  public void beforeTransmission(
      Context.BeforeTransmission context, ExecutionAttributes attributes) {
    Call call = attributes.getAttribute(CALL);
    if (call != null) {
      call.attempts++;
      call.retries.attemptStarting();
    }
  }

  @Override
  public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
    SdkResponse response = context.response();
    String requestId =
        response instanceof AwsResponse aws ? aws.responseMetadata().requestId() : null;
    finish(attributes.getAttribute(CALL), consumedCapacityOf(response), requestId, null);
  }

  @Override
  public void onExecutionFailure(Context.FailedExecution context, ExecutionAttributes attributes) {
    Throwable error = context.exception();
    String requestId = error instanceof SdkServiceException service ? service.requestId() : null;
    finish(attributes.getAttribute(CALL), List.of(), requestId, error);
  }

  private void finish(
      Call call, List<ConsumedCapacity> capacity, String requestId, Throwable error) {
    if (call == null || call.finished) {
      return;
    }
    call.finished = true;
    call.retries.end(error);
    if (listeners.isEmpty()) {
      return;
    }
    CallEvent event =
        new CallEvent(
            call.operation,
            call.tables,
            Duration.ofNanos(System.nanoTime() - call.startNanos),
            call.attempts,
            call.retries.throttleRetries(),
            call.retries.errorRetries(),
            capacity,
            "UNKNOWN".equals(requestId) ? null : requestId,
            error);
    for (CallListener listener : listeners) {
      try {
        listener.onCall(event);
      } catch (RuntimeException e) {
        // A listener is an observer: its failure must not become the call's.
        LOG.warn("Call listener {} failed on {}", listener, event, e);
      }
    }
  }

  /**
   * The tables a request names, without reflection: the model's field accessor, or per batch type.
   */
  static List<String> tablesOf(SdkRequest request) {
    Set<String> tables = new LinkedHashSet<>();
    request.getValueForField("TableName", String.class).ifPresent(tables::add);
    if (request instanceof BatchWriteItemRequest batch) {
      tables.addAll(batch.requestItems().keySet());
    } else if (request instanceof BatchGetItemRequest batch) {
      tables.addAll(batch.requestItems().keySet());
    } else if (request instanceof TransactWriteItemsRequest transaction) {
      for (TransactWriteItem item : transaction.transactItems()) {
        if (item.put() != null) {
          tables.add(item.put().tableName());
        } else if (item.update() != null) {
          tables.add(item.update().tableName());
        } else if (item.delete() != null) {
          tables.add(item.delete().tableName());
        } else if (item.conditionCheck() != null) {
          tables.add(item.conditionCheck().tableName());
        }
      }
    } else if (request instanceof TransactGetItemsRequest transaction) {
      for (TransactGetItem item : transaction.transactItems()) {
        if (item.get() != null) {
          tables.add(item.get().tableName());
        }
      }
    }
    tables.remove(null);
    return List.copyOf(tables);
  }

  /**
   * The consumed capacity a response carries: one entry for single-table operations, a list for the
   * rest.
   */
  static List<ConsumedCapacity> consumedCapacityOf(SdkResponse response) {
    Object value = response.getValueForField("ConsumedCapacity", Object.class).orElse(null);
    if (value instanceof ConsumedCapacity capacity) {
      return List.of(capacity);
    }
    if (value instanceof List<?> list) {
      List<ConsumedCapacity> capacities = new ArrayList<>(list.size());
      for (Object element : list) {
        if (element instanceof ConsumedCapacity capacity) {
          capacities.add(capacity);
        }
      }
      return capacities;
    }
    return List.of();
  }

  private static SdkRequest withConsumedCapacity(SdkRequest request) {
    ReturnConsumedCapacity total = ReturnConsumedCapacity.TOTAL;
    if (request instanceof GetItemRequest r) {
      return r.returnConsumedCapacityAsString() == null
          ? r.toBuilder().returnConsumedCapacity(total).build()
          : r;
    } else if (request instanceof PutItemRequest r) {
      return r.returnConsumedCapacityAsString() == null
          ? r.toBuilder().returnConsumedCapacity(total).build()
          : r;
    } else if (request instanceof UpdateItemRequest r) {
      return r.returnConsumedCapacityAsString() == null
          ? r.toBuilder().returnConsumedCapacity(total).build()
          : r;
    } else if (request instanceof DeleteItemRequest r) {
      return r.returnConsumedCapacityAsString() == null
          ? r.toBuilder().returnConsumedCapacity(total).build()
          : r;
    } else if (request instanceof QueryRequest r) {
      return r.returnConsumedCapacityAsString() == null
          ? r.toBuilder().returnConsumedCapacity(total).build()
          : r;
    } else if (request instanceof ScanRequest r) {
      return r.returnConsumedCapacityAsString() == null
          ? r.toBuilder().returnConsumedCapacity(total).build()
          : r;
    } else if (request instanceof BatchGetItemRequest r) {
      return r.returnConsumedCapacityAsString() == null
          ? r.toBuilder().returnConsumedCapacity(total).build()
          : r;
    } else if (request instanceof BatchWriteItemRequest r) {
      return r.returnConsumedCapacityAsString() == null
          ? r.toBuilder().returnConsumedCapacity(total).build()
          : r;
    } else if (request instanceof TransactGetItemsRequest r) {
      return r.returnConsumedCapacityAsString() == null
          ? r.toBuilder().returnConsumedCapacity(total).build()
          : r;
    } else if (request instanceof TransactWriteItemsRequest r) {
      return r.returnConsumedCapacityAsString() == null
          ? r.toBuilder().returnConsumedCapacity(total).build()
          : r;
    } else if (request instanceof ExecuteStatementRequest r) {
      return r.returnConsumedCapacityAsString() == null
          ? r.toBuilder().returnConsumedCapacity(total).build()
          : r;
    } else if (request instanceof BatchExecuteStatementRequest r) {
      return r.returnConsumedCapacityAsString() == null
          ? r.toBuilder().returnConsumedCapacity(total).build()
          : r;
    } else if (request instanceof ExecuteTransactionRequest r) {
      return r.returnConsumedCapacityAsString() == null
          ? r.toBuilder().returnConsumedCapacity(total).build()
          : r;
    }
    return request;
  }

  /**
   * One call in progress; touched by one thread at a time: the calling thread, or in an
   * asynchronous client the threads that run its attempts one after the other.
   */
  private static final class Call {
    final String operation;
    final List<String> tables;
    final long startNanos;
    final CallRetries retries;
    int attempts;
    boolean finished;

    Call(String operation, List<String> tables, long startNanos, CallRetries retries) {
      this.operation = Objects.requireNonNull(operation);
      this.tables = tables;
      this.startNanos = startNanos;
      this.retries = retries;
    }
  }
}
