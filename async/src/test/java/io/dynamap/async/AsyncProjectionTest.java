package io.dynamap.async;

import static io.dynamap.async.Events.event;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dynamap.runtime.expr.Expression;
import io.dynamap.runtime.key.KeyCondition;
import io.dynamap.runtime.schema.ProjectionSchema;
import io.dynamap.testing.DynamapLocalTest;
import io.dynamap.testing.LocalDynamoDb;
import io.dynamap.testing.TestTables;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Flow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;

/** Non-blocking queries and scans of a projection send its ProjectionExpression, as blocking ones. */
@DynamapLocalTest
class AsyncProjectionTest {
  /** The payloads of events, as a generated projection schema would read a one-component record. */
  private static final ProjectionSchema<Map<String, AttributeValue>, Payload> PAYLOAD =
      new ProjectionSchema<>() {
        private final Expression projection = ProjectionSchema.expressionOf("payload");

        @Override
        public String projectionName() {
          return "Payload";
        }

        @Override
        public Expression projection() {
          return projection;
        }

        @Override
        public Payload fromItem(Map<String, AttributeValue> item) {
          // Only the projected attribute came back: a key here would fail the test.
          assertEquals(List.of("payload"), List.copyOf(item.keySet()));
          return new Payload(item.get("payload").s());
        }
      };

  record Payload(String text) {}

  private final List<SdkRequest> requests = new CopyOnWriteArrayList<>();
  private final DynamoDbAsyncClient client =
      DynamapAsyncClientsTest.client(LocalDynamoDb.shared().endpoint())
          .addExecutionInterceptor(
              new ExecutionInterceptor() {
                @Override
                public void beforeTransmission(
                    Context.BeforeTransmission context, ExecutionAttributes attributes) {
                  requests.add(context.request());
                }
              })
          .build();
  private final String table;

  AsyncProjectionTest(TestTables tables, DynamoDbClient blocking) {
    table = tables.create(Events.SCHEMA);
    for (int sequence = 1; sequence <= 3; sequence++) {
      Map<String, AttributeValue> item = event("s", sequence, "p" + sequence);
      blocking.putItem(b -> b.tableName(table).item(item));
    }
  }

  @AfterEach
  void closeClient() {
    client.close();
  }

  private static <T> List<T> all(Flow.Publisher<T> publisher) throws Exception {
    Recorder<T> recorder = Recorder.unbounded();
    publisher.subscribe(recorder);
    return recorder.awaitDone();
  }

  @Test
  void aProjectedQueryAndScanReadOnlyTheProjectedAttributes() throws Exception {
    KeyCondition<Map<String, AttributeValue>> stream =
        new KeyCondition<>(null, "pk", AttributeValue.fromS("s")) {};

    List<Payload> queried =
        all(AsyncQuery.of(client, table, stream, false, Map::copyOf).project(PAYLOAD).descending().items());
    List<Payload> scanned = all(AsyncScan.of(client, table, Map::copyOf).project(PAYLOAD).items());

    assertEquals(List.of(new Payload("p3"), new Payload("p2"), new Payload("p1")), queried);
    assertEquals(3, scanned.size());
    QueryRequest query = (QueryRequest) requests.get(0);
    ScanRequest scan = (ScanRequest) requests.get(1);
    assertEquals("#p0", query.projectionExpression());
    assertEquals(Map.of("#k0", "pk", "#p0", "payload"), query.expressionAttributeNames());
    assertEquals("#p0", scan.projectionExpression());
    assertEquals(Map.of("#p0", "payload"), scan.expressionAttributeNames());
  }
}
