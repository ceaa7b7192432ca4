package io.dynamap.runtime.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.dynamap.runtime.core.Projections;
import io.dynamap.runtime.expr.Expression;
import io.dynamap.runtime.key.KeyCondition;
import io.dynamap.runtime.schema.ProjectionSchema;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;

/** How a projection changes a read's description and requests, without sending any. */
class ProjectedReadTest {
  /** A projection of two attributes, "status" a reserved word, that index "byDay" lacks. */
  private static final ProjectionSchema<Object, String> STATUS =
      new ProjectionSchema<>() {
        private final Expression projection = ProjectionSchema.expressionOf("id", "status");

        @Override
        public String projectionName() {
          return "Status";
        }

        @Override
        public Expression projection() {
          return projection;
        }

        @Override
        public Set<String> uncoveredIndexes() {
          return Set.of("byDay");
        }

        @Override
        public String fromItem(Map<String, AttributeValue> item) {
          return item.get("status").s();
        }
      };

  private static final DynamoDbClient NO_CLIENT =
      DynamoDbClient.builder().region(software.amazon.awssdk.regions.Region.EU_WEST_1).build();

  private static final class ById extends KeyCondition<Object> {
    ById(String index) {
      super(index, "id", AttributeValue.fromS("a"));
    }
  }

  @Test
  void anExpressionNamesEachAttributeThroughAPlaceholder() {
    Expression expression = ProjectionSchema.expressionOf("id", "status", "total");

    assertEquals("#p0, #p1, #p2", expression.text());
    assertEquals(Map.of("#p0", "id", "#p1", "status", "#p2", "total"), expression.names());
    assertEquals(Map.of(), expression.values());
    assertEquals("[id, status, total]", Projections.describe(expression));
    assertThrows(IllegalArgumentException.class, ProjectionSchema::expressionOf);
    assertThrows(IllegalArgumentException.class, () -> ProjectionSchema.expressionOf("a", "a"));
  }

  @Test
  void aProjectedReadKeepsItsOptionsAndSaysWhatItProjects() {
    Query<String> query =
        Query.<Object>of(NO_CLIENT, "T", new ById(null), item -> "entity").limit(5).project(STATUS).descending();
    Scan<String> scan = Scan.<Object>of(NO_CLIENT, "T", item -> "entity").project(STATUS);

    assertEquals(
        "Query[T: " + new ById(null) + ", projection [id, status], limit=5, descending]",
        query.toString());
    assertEquals("Scan[T, projection [id, status]]", scan.toString());
  }

  @Test
  void requestsCarryTheProjectionBesideTheOtherPlaceholders() {
    QueryRequest query =
        QueryRequest.builder()
            .tableName("T")
            .keyConditionExpression("#k0 = :v0")
            .expressionAttributeNames(Map.of("#k0", "id"))
            .build();

    QueryRequest projected = Projections.apply(query, STATUS.projection());
    ScanRequest scan = Projections.apply(ScanRequest.builder().tableName("T").build(), STATUS.projection());

    assertEquals("#p0, #p1", projected.projectionExpression());
    assertEquals(
        Map.of("#k0", "id", "#p0", "id", "#p1", "status"), projected.expressionAttributeNames());
    assertEquals(Map.of("#p0", "id", "#p1", "status"), scan.expressionAttributeNames());
    assertSame(query, Projections.apply(query, null));
  }

  @Test
  void anIndexLackingTheProjectionOrASecondProjectionIsRefused() {
    Query<Object> ofIndex = Query.of(NO_CLIENT, "T", new ById("byDay"), true, item -> item);
    Scan<Object> scanOfIndex = Scan.ofIndex(NO_CLIENT, "T", "byDay", true, item -> item);

    IllegalArgumentException refused =
        assertThrows(IllegalArgumentException.class, () -> ofIndex.project(STATUS));
    assertEquals(
        "index byDay of table T does not project every attribute of Status; read the table, an"
            + " index that projects them, or a projection of fewer attributes",
        refused.getMessage());
    assertThrows(IllegalArgumentException.class, () -> scanOfIndex.project(STATUS));
    Query<Object> twice = Query.of(NO_CLIENT, "T", new ById("byName"), item -> item);
    assertThrows(
        IllegalStateException.class,
        () -> twice.project(STATUS).project(new Reprojection()));
  }

  /** A projection of the projection: a read projects once. */
  private static final class Reprojection implements ProjectionSchema<String, String> {
    @Override
    public String projectionName() {
      return "Again";
    }

    @Override
    public Expression projection() {
      return ProjectionSchema.expressionOf("id");
    }

    @Override
    public String fromItem(Map<String, AttributeValue> item) {
      return "";
    }
  }
}
