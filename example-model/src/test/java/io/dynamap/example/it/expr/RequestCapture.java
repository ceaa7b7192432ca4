package io.dynamap.example.it.expr;

import io.dynamap.runtime.client.DynamapClients;
import io.dynamap.testing.LocalDynamoDb;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/** Records every request a client sends, as DynamoDB saw it. */
final class RequestCapture implements ExecutionInterceptor {
  final List<SdkRequest> requests = new CopyOnWriteArrayList<>();

  /** A client of the test server, seeing the same tables as the injected one. */
  DynamoDbClient client(LocalDynamoDb local) {
    return DynamapClients.builder()
        .endpoint(local.endpoint())
        .credentials(LocalDynamoDb.credentials())
        .addExecutionInterceptor(this)
        .build();
  }

  @Override
  public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
    requests.add(context.request());
  }

  List<QueryRequest> queries() {
    return of(QueryRequest.class);
  }

  <R> List<R> of(Class<R> type) {
    return requests.stream().filter(type::isInstance).map(type::cast).toList();
  }
}
