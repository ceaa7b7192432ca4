package io.dynamap.example.it.projection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamap.example.Order;
import io.dynamap.example.OrderAttributes;
import io.dynamap.example.OrderKeys;
import io.dynamap.example.OrderLine;
import io.dynamap.example.OrderRepository;
import io.dynamap.example.OrderSchema;
import io.dynamap.example.OrderStatus;
import io.dynamap.example.OrderSummary;
import io.dynamap.example.OrderSummarySchema;
import io.dynamap.runtime.client.DynamapClients;
import io.dynamap.runtime.page.Page;
import io.dynamap.runtime.page.Query;
import io.dynamap.testing.DynamapLocalTest;
import io.dynamap.testing.LocalDynamoDb;
import io.dynamap.testing.TestTables;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;

/**
 * Typed projections against Dynamap Local: every read sends a ProjectionExpression naming only the
 * record's attributes (through placeholders), Dynamap Local returns only those, and they decode
 * into the record; on queries, scans, gets by key and repository-interface methods.
 */
@DynamapLocalTest
class ProjectionTest {
  private static final Instant START = Instant.parse("2026-03-01T10:00:00Z");

  /** The requests the logged client sent, and the items its Query responses returned. */
  private final List<SdkRequest> requests = new CopyOnWriteArrayList<>();
  private final List<Map<String, AttributeValue>> queried = new CopyOnWriteArrayList<>();
  private DynamoDbClient logged;
  private OrderRepository orders;

  @BeforeEach
  void writeOrders(LocalDynamoDb local, DynamoDbClient client, TestTables tables) {
    logged =
        DynamapClients.builder()
            .endpoint(local.endpoint())
            .credentials(LocalDynamoDb.credentials())
            .addExecutionInterceptor(
                new ExecutionInterceptor() {
                  @Override
                  public void beforeTransmission(
                      Context.BeforeTransmission context, ExecutionAttributes attributes) {
                    requests.add(context.request());
                  }

                  @Override
                  public void afterExecution(
                      Context.AfterExecution context, ExecutionAttributes attributes) {
                    if (context.response() instanceof QueryResponse response) {
                      queried.addAll(response.items());
                    }
                  }
                })
            .build();
    orders = new OrderRepository(logged, tables.create(OrderSchema.INSTANCE));
    for (int i = 0; i < 5; i++) {
      orders.put(order("c-1", i, i % 2 == 0 ? OrderStatus.SHIPPED : OrderStatus.PLACED));
    }
    orders.put(order("c-2", 0, OrderStatus.SHIPPED));
    requests.clear();
  }

  @AfterEach
  void closeClient() {
    logged.close();
  }

  private static Order order(String customer, int i, OrderStatus status) {
    return new Order(
        customer,
        START.plusSeconds(i),
        new UUID(7, i),
        status,
        new BigDecimal("10.5").add(BigDecimal.valueOf(i)),
        i + 1,
        true,
        "note " + i,
        List.of(new OrderLine("sku-" + i, 2, new BigDecimal("1.25"), Set.of("red"))));
  }

  @Test
  void aProjectedQuerySendsTheProjectionAndDecodesOnlyItsAttributes() {
    // tag::projection-query[]
    List<OrderSummary> summaries =
        orders.query(OrderKeys.partition("c-1")).project(OrderSummarySchema.INSTANCE).stream().toList();
    // end::projection-query[]

    assertEquals(5, summaries.size());
    assertEquals(
        new OrderSummary("c-1", START.plusSeconds(3), new BigDecimal("13.5")), summaries.get(3));
    QueryRequest request = (QueryRequest) requests.get(0);
    assertEquals("#p0, #p1, #p2", request.projectionExpression());
    assertEquals("customerId", request.expressionAttributeNames().get("#p0"));
    assertEquals("placedAt", request.expressionAttributeNames().get("#p1"));
    assertEquals("total", request.expressionAttributeNames().get("#p2"));
    // The server sent back nothing else: no note, lines, status, …
    for (Map<String, AttributeValue> item : queried) {
      assertEquals(Set.of("customerId", "placedAt", "total"), item.keySet());
    }
  }

  @Test
  void filtersOrderLimitsAndCursorsApplyToAProjectedQuery() {
    Query<OrderSummary> bigOnes =
        orders
            .query(OrderKeys.partition("c-1"))
            .filter(OrderAttributes.total.gt(new BigDecimal("11")))
            .project(OrderSummarySchema.INSTANCE)
            .descending()
            .limit(2);

    Page<OrderSummary> first = bigOnes.firstPage();
    List<OrderSummary> rest = bigOnes.startingAfter(first.cursor().orElseThrow()).stream().toList();

    assertEquals(
        List.of(START.plusSeconds(4), START.plusSeconds(3)),
        first.items().stream().map(OrderSummary::placedAt).toList());
    assertEquals(
        List.of(START.plusSeconds(2), START.plusSeconds(1)),
        rest.stream().map(OrderSummary::placedAt).toList());
    QueryRequest request = (QueryRequest) requests.get(0);
    // The filter's placeholders and the projection's share one map of names.
    assertTrue(request.filterExpression().contains("#a0"), request.filterExpression());
    assertEquals("total", request.expressionAttributeNames().get("#a0"));
    assertEquals("#p0, #p1, #p2", request.projectionExpression());
    // A count returns no attributes: it is sent without the projection, which DynamoDB would refuse.
    assertEquals(4, bigOnes.count());
  }

  @Test
  void aProjectedScanReadsDocumentsWhole() {
    List<OrderNote> notes =
        orders.scan().project(OrderNoteSchema.INSTANCE).stream()
            .sorted(Comparator.comparing(OrderNote::customerId).thenComparing(OrderNote::placedAt))
            .toList();

    assertEquals(6, notes.size());
    assertEquals(
        new OrderNote(
            "c-1",
            START.plusSeconds(1),
            "note 1",
            List.of(new OrderLine("sku-1", 2, new BigDecimal("1.25"), Set.of("red")))),
        notes.get(1));
    ScanRequest request = (ScanRequest) requests.get(0);
    assertEquals("#p0, #p1, #p2, #p3", request.projectionExpression());
    assertEquals("lines", request.expressionAttributeNames().get("#p3"));
  }

  @Test
  void aProjectedGetReadsOneItemsAttributes() {
    // tag::projection-get[]
    Optional<OrderSummary> summary =
        orders.get(OrderSchema.INSTANCE.key("c-1", START.plusSeconds(2)), OrderSummarySchema.INSTANCE);
    // end::projection-get[]

    assertEquals(
        Optional.of(new OrderSummary("c-1", START.plusSeconds(2), new BigDecimal("12.5"))), summary);
    GetItemRequest request = (GetItemRequest) requests.get(0);
    assertEquals("#p0, #p1, #p2", request.projectionExpression());
    assertEquals(
        Optional.empty(),
        orders.get(OrderSchema.INSTANCE.key("c-9", START), OrderSummarySchema.INSTANCE));
  }

  @Test
  void anIndexHoldingTheProjectionIsQueriedThroughIt() {
    List<StatusSummary> shipped =
        orders.query(OrderKeys.byStatus(OrderStatus.SHIPPED)).project(StatusSummarySchema.INSTANCE).stream()
            .toList();

    // c-2's order has the same values as c-1's first: four items, three distinct records.
    assertEquals(4, shipped.size());
    assertEquals(
        Set.of(
            new StatusSummary(OrderStatus.SHIPPED, new BigDecimal("10.5"), new UUID(7, 0), 1),
            new StatusSummary(OrderStatus.SHIPPED, new BigDecimal("12.5"), new UUID(7, 2), 3),
            new StatusSummary(OrderStatus.SHIPPED, new BigDecimal("14.5"), new UUID(7, 4), 5)),
        Set.copyOf(shipped));
    assertEquals("byStatus", ((QueryRequest) requests.get(0)).indexName());
  }

  @Test
  void anIndexLackingAProjectedAttributeIsRefusedBeforeAnyRequest() {
    IllegalArgumentException refused =
        assertThrows(
            IllegalArgumentException.class,
            () -> orders.query(OrderKeys.byStatus(OrderStatus.SHIPPED)).project(OrderNoteSchema.INSTANCE));

    assertEquals(
        "index byStatus of table "
            + orders.tableName()
            + " does not project every attribute of OrderNote; read the table, an index that"
            + " projects them, or a projection of fewer attributes",
        refused.getMessage());
    assertTrue(requests.isEmpty());
  }

  @Test
  void repositoryMethodsReturnProjections() {
    // tag::projection-repository-use[]
    OrderSummaries summaries = new OrderSummariesImpl(orders);
    List<OrderSummary> ofCustomer = summaries.findByCustomerId("c-1");
    // end::projection-repository-use[]

    assertEquals(5, ofCustomer.size());
    assertEquals(
        Optional.of(new OrderSummary("c-2", START, new BigDecimal("10.5"))),
        summaries.findByCustomerIdAndPlacedAt("c-2", START));
    assertEquals(
        Set.of(OrderStatus.PLACED),
        summaries.findByStatus(OrderStatus.PLACED).map(StatusSummary::status).collect(Collectors.toSet()));
    assertTrue(
        requests.stream()
            .allMatch(
                r ->
                    r instanceof QueryRequest q
                        ? q.projectionExpression() != null
                        : ((GetItemRequest) r).projectionExpression() != null),
        "every request of the repository carries a ProjectionExpression: " + requests);
    assertFalse(requests.isEmpty());
  }

  @Test
  void aMissingAttributeReadsAsForTheEntity() {
    orders.put(new Order("c-3", START, null, null, null, 0, false, null));

    StatusSummary bare =
        orders.query(OrderKeys.partition("c-3")).project(StatusSummarySchema.INSTANCE).stream()
            .findFirst()
            .orElseThrow();

    assertNull(bare.status());
    assertNull(bare.total());
    assertNull(bare.orderId());
    assertEquals(0, bare.itemCount());
  }
}
