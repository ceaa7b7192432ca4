package io.dynamap.example.it.page;

import io.dynamap.runtime.client.DynamapClients;
import io.dynamap.testing.LocalDynamoDb;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.SdkResponse;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;

/** Records every request a client sends and every response it gets, as DynamoDB saw them. */
final class RequestLog implements ExecutionInterceptor {
  final List<SdkRequest> requests = new CopyOnWriteArrayList<>();
  final List<SdkResponse> responses = new CopyOnWriteArrayList<>();

  /** A client of the test server, seeing the same tables as the injected one, logging into this. */
  DynamoDbClient client(LocalDynamoDb local) {
    return DynamapClients.builder()
        .endpoint(local.endpoint())
        .credentials(LocalDynamoDb.credentials())
        .addExecutionInterceptor(this)
        .build();
  }

  @Override
  public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
    requests.add(context.request()); // once per attempt, after every interceptor's changes
  }

  @Override
  public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
    responses.add(context.response());
  }

  List<QueryRequest> queries() {
    return requests.stream().filter(QueryRequest.class::isInstance).map(QueryRequest.class::cast).toList();
  }

  List<ScanRequest> scans() {
    return requests.stream().filter(ScanRequest.class::isInstance).map(ScanRequest.class::cast).toList();
  }

  /** The items all Query responses returned together. */
  int itemsQueried() {
    return responses.stream()
        .filter(QueryResponse.class::isInstance)
        .mapToInt(r -> ((QueryResponse) r).count())
        .sum();
  }

  void clear() {
    requests.clear();
    responses.clear();
  }
}
