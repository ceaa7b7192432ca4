package io.dynamap.runtime.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamap.runtime.error.ItemMappingException;
import io.dynamap.runtime.error.TableNotFoundException;
import io.dynamap.runtime.expr.StringAttribute;
import io.dynamap.runtime.key.KeyCondition;
import io.dynamap.runtime.page.Page;
import io.dynamap.runtime.page.UnmappableItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.DefaultAwsResponseMetadata;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.Select;

/**
 * The request core of paged reads, without a client: what each request asks for, and what each
 * response becomes, for both executors.
 */
class ReadPlanTest {
  record Note(String id, String text) {}

  private static final class ById extends KeyCondition<Note> {
    ById(String id) {
      super(null, "id", AttributeValue.fromS(id));
    }
  }

  private static final StringAttribute<Note, String> TEXT =
      new StringAttribute<>("text") {
        @Override
        protected AttributeValue encode(String value) {
          return AttributeValue.fromS(value);
        }
      };

  private static final Function<Map<String, AttributeValue>, Note> DECODER =
      item -> {
        if (!item.containsKey("text")) {
          throw new ItemMappingException("no text").inItem("Notes", Map.of("id", item.get("id")));
        }
        return new Note(item.get("id").s(), item.get("text").s());
      };

  private static Map<String, AttributeValue> item(String id, String text) {
    return text == null
        ? Map.of("id", AttributeValue.fromS(id))
        : Map.of("id", AttributeValue.fromS(id), "text", AttributeValue.fromS(text));
  }

  private static Map<String, AttributeValue> key(String id) {
    return Map.of("id", AttributeValue.fromS(id));
  }

  /** Sends nothing: hands back the request it was given. */
  private static final PageSender<Object> ECHO =
      new PageSender<>() {
        @Override
        public Object query(QueryRequest request) {
          return request;
        }

        @Override
        public Object scan(ScanRequest request) {
          return request;
        }
      };

  private static ReadPlan<Note> queryPlan(ReadPosition start) {
    return ReadPlan.query(
        ReadRequests.query("Notes", new ById("n"), null, false, false, null, false),
        DECODER,
        null,
        key -> "cursor:" + key.get("id").s(),
        start);
  }

  @Test
  void aQueryRequestHasOnlyWhatDiffersFromDynamoDbsDefaults() {
    QueryRequest plain = ReadRequests.query("Notes", new ById("n"), null, false, false, null, false);
    assertEquals("Notes", plain.tableName());
    assertEquals("#k0 = :v0", plain.keyConditionExpression());
    assertNull(plain.filterExpression());
    assertNull(plain.scanIndexForward());
    assertNull(plain.consistentRead());
    assertNull(plain.select());

    QueryRequest everything =
        ReadRequests.query(
            "Notes", new ById("n"), TEXT.beginsWith("a"), true, true, ReturnConsumedCapacity.TOTAL, true);
    assertEquals("begins_with(#a0, :a0)", everything.filterExpression());
    assertEquals(Map.of("#k0", "id", "#a0", "text"), everything.expressionAttributeNames());
    assertEquals(false, everything.scanIndexForward());
    assertEquals(true, everything.consistentRead());
    assertEquals(ReturnConsumedCapacity.TOTAL, everything.returnConsumedCapacity());
    assertEquals(Select.COUNT, everything.select());
  }

  @Test
  void aScanRequestNamesItsSegmentOnlyWhenThereAreSeveral() {
    ScanRequest one = ReadRequests.scan("Notes", null, null, 0, 1, false, null, false);
    assertNull(one.segment());
    assertNull(one.totalSegments());
    assertNull(one.indexName());
    ScanRequest third =
        ReadRequests.scan("Notes", "byText", TEXT.eq("x"), 2, 4, false, null, false);
    assertEquals(2, third.segment());
    assertEquals(4, third.totalSegments());
    assertEquals("byText", third.indexName());
    assertEquals("#a0 = :a0", third.filterExpression());
  }

  @Test
  void eachRequestStartsAfterTheLastKeyAndAsksForWhatTheLimitLeaves() {
    ReadPlan<Note> plan = queryPlan(ReadPosition.start(null, 10, 23));
    ReadPosition position = plan.start();
    QueryRequest first = (QueryRequest) plan.send(position, ECHO);
    assertEquals(10, first.limit());
    assertFalse(first.hasExclusiveStartKey());

    List<Map<String, AttributeValue>> ten = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      ten.add(item("n", "text " + i));
    }
    position = plan.receive(position, new RawPage(ten, 10, 10, null, key("k10"))).next();
    position = plan.receive(position, new RawPage(ten, 10, 10, null, key("k20"))).next();
    QueryRequest third = (QueryRequest) plan.send(position, ECHO);
    assertEquals(3, third.limit(), "23 - 20");
    assertEquals(key("k20"), third.exclusiveStartKey());

    ReadPlan.Step<Note> last =
        plan.receive(position, new RawPage(ten.subList(0, 3), 3, 3, null, key("k23")));
    assertTrue(last.next().finished(), "the limit is reached: no further request");
    assertEquals(Optional.of("cursor:k23"), last.page().cursor(), "and the page still resumes");
    assertThrows(IllegalStateException.class, () -> plan.send(last.next(), ECHO));
  }

  @Test
  void theLastResponseFinishesTheReadWithAPageWithoutCursor() {
    ReadPlan<Note> plan = queryPlan(ReadPosition.start(key("k0"), 0, ReadPosition.UNLIMITED));
    QueryRequest request = (QueryRequest) plan.send(plan.start(), ECHO);
    assertNull(request.limit());
    assertEquals(key("k0"), request.exclusiveStartKey());
    ReadPlan.Step<Note> step =
        plan.receive(plan.start(), new RawPage(List.of(item("n", "a")), 1, 4, null, null));
    assertTrue(step.next().finished());
    assertEquals(
        new Page<>(List.of(new Note("n", "a")), 1, 4, Optional.empty(), Map.of(), Optional.empty()),
        step.page());
    assertTrue(queryPlan(ReadPosition.start(null, 5, 0)).start().finished(), "limit 0 sends nothing");
  }

  @Test
  void aPageCarriesTheRequestIdOfTheResponseThatReturnedIt() {
    ReadPlan<Note> plan = queryPlan(ReadPosition.start(null, 0, ReadPosition.UNLIMITED));
    QueryResponse response =
        (QueryResponse)
            QueryResponse.builder()
                .items(List.of(item("n", "a")))
                .count(1)
                .scannedCount(1)
                .responseMetadata(DefaultAwsResponseMetadata.create(Map.of("AWS_REQUEST_ID", "R-7")))
                .build();
    assertEquals(Optional.of("R-7"), plan.receive(plan.start(), RawPage.of(response)).page().requestId());

    // The SDK's UNKNOWN, for an answer without an id, is no id.
    QueryResponse unknown =
        (QueryResponse)
            response.toBuilder()
                .responseMetadata(DefaultAwsResponseMetadata.create(Map.of("AWS_REQUEST_ID", "UNKNOWN")))
                .build();
    assertEquals(Optional.empty(), plan.receive(plan.start(), RawPage.of(unknown)).page().requestId());
    assertEquals(Optional.empty(), PageCore.emptyPage().requestId());
  }

  @Test
  void unmappableItemsFailOrAreSkippedWithoutCountingTowardsTheLimit() {
    RawPage raw = new RawPage(List.of(item("n", "a"), item("n", null), item("n", "c")), 3, 3, null, key("c"));
    ReadPlan<Note> failing = queryPlan(ReadPosition.start(null, 0, 5));
    assertThrows(ItemMappingException.class, () -> failing.receive(failing.start(), raw));

    List<UnmappableItem> skipped = new ArrayList<>();
    ReadPlan<Note> skipping =
        ReadPlan.query(
            ReadRequests.query("Notes", new ById("n"), null, false, false, null, false),
            DECODER,
            skipped::add,
            key -> "c",
            ReadPosition.start(null, 0, 5));
    ReadPlan.Step<Note> step = skipping.receive(skipping.start(), raw);
    assertEquals(2, step.page().items().size());
    assertEquals(3, step.page().count(), "DynamoDB's count keeps the skipped item");
    assertEquals(3, step.next().remaining(), "5 - the 2 mapped");
    assertEquals(1, skipped.size());
    assertEquals(key("n"), skipped.get(0).key());
  }

  @Test
  void scanPlansSendScansAndFailuresNameTheOperationAndTable() {
    ReadPlan<Note> scan =
        ReadPlan.scan(
            ReadRequests.scan("Notes", null, null, 0, 1, false, null, false),
            DECODER,
            null,
            key -> "c",
            ReadPosition.start(null, 0, ReadPosition.UNLIMITED));
    assertTrue(scan.send(scan.start(), ECHO) instanceof ScanRequest);
    assertEquals("Scan", scan.operation());
    assertEquals("Notes", scan.tableName());
    AwsServiceException missing =
        AwsServiceException.builder()
            .awsErrorDetails(
                AwsErrorDetails.builder()
                    .errorCode("ResourceNotFoundException")
                    .errorMessage("Requested resource not found")
                    .build())
            .statusCode(400)
            .build();
    TableNotFoundException translated = (TableNotFoundException) scan.translate(missing);
    assertSame(missing, translated.getCause());
    assertTrue(translated.getMessage().contains("Notes"), translated.getMessage());
  }

  @Test
  void positionsAreValidated() {
    assertThrows(IllegalArgumentException.class, () -> ReadPosition.start(null, -1, 5));
    assertThrows(IllegalArgumentException.class, () -> ReadPosition.start(null, 0, -2));
    assertEquals(Integer.MAX_VALUE, ReadPosition.start(null, 0, Long.MAX_VALUE).requestLimit());
    assertNull(ReadPosition.start(null, 0, ReadPosition.UNLIMITED).requestLimit());
  }
}
