package io.dynamap.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Renders key conditions the way generated key builders make them. */
class KeyConditionTest {
  record Reading() {}

  /** What a generated {@code ReadingKeys.Partition} looks like. */
  static final class Partition extends KeyCondition<Reading> {
    Partition(String sensor) {
      super(null, "name", AttributeValue.fromS(sensor));
    }

    NumberSort year() {
      return new NumberSort(this);
    }

    TextSort text() {
      return new TextSort(this);
    }
  }

  static final class NumberSort extends SortKeyCondition<Reading, Integer> {
    NumberSort(KeyCondition<Reading> partition) {
      super(partition, "year");
    }

    @Override
    protected AttributeValue encode(Integer value) {
      return AttributeValue.fromN(value.toString());
    }
  }

  static final class TextSort extends StringSortKeyCondition<Reading, String> {
    TextSort(KeyCondition<Reading> partition) {
      super(partition, "status");
    }

    @Override
    protected AttributeValue encode(String value) {
      return AttributeValue.fromS(value);
    }
  }

  @Test
  void partitionAloneUsesPlaceholdersOnly() {
    Expression e = new Partition("s-1").toExpression();
    assertEquals("#k0 = :v0", e.text());
    assertEquals(Map.of("#k0", "name"), e.names());
    assertEquals(Map.of(":v0", AttributeValue.fromS("s-1")), e.values());
  }

  @Test
  void eachComparisonRendersItsOperator() {
    assertEquals("#k0 = :v0 AND #k1 = :v1", new Partition("s").year().eq(2020).toExpression().text());
    assertEquals("#k0 = :v0 AND #k1 < :v1", new Partition("s").year().lt(2020).toExpression().text());
    assertEquals("#k0 = :v0 AND #k1 <= :v1", new Partition("s").year().le(2020).toExpression().text());
    assertEquals("#k0 = :v0 AND #k1 > :v1", new Partition("s").year().gt(2020).toExpression().text());
    assertEquals("#k0 = :v0 AND #k1 >= :v1", new Partition("s").year().ge(2020).toExpression().text());
  }

  @Test
  void betweenAndBeginsWith() {
    Expression between = new Partition("s").year().between(2000, 2010).toExpression();
    assertEquals("#k0 = :v0 AND #k1 BETWEEN :v1 AND :v2", between.text());
    assertEquals(Map.of("#k0", "name", "#k1", "year"), between.names());
    assertEquals(AttributeValue.fromN("2000"), between.values().get(":v1"));
    assertEquals(AttributeValue.fromN("2010"), between.values().get(":v2"));

    Expression prefix = new Partition("s").text().beginsWith("A#").toExpression();
    assertEquals("#k0 = :v0 AND begins_with(#k1, :v1)", prefix.text());
    assertEquals(AttributeValue.fromS("A#"), prefix.values().get(":v1"));
  }

  @Test
  void readableFormForLogs() {
    assertEquals(
        "name = \"s\" AND year BETWEEN 1 AND 2",
        new Partition("s").year().between(1, 2).toString());
  }

  @Test
  void nullSortValuesAreRefusedNamingTheKey() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new Partition("s").year().eq(null));
    assertEquals("the value of a condition on sort key 'year' is null", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new Partition("s").year().between(1, null));
  }

  /** What a generated {@code InvoiceKeys.Gsi2} looks like: an index other types overload. */
  static final class SharedIndex extends TemplatePartition<Reading> {
    SharedIndex(String key) {
      super("gsi2", "gsi2pk", key, "gsi2sk", "", false, "_type", "INVOICE");
    }
  }

  @Test
  void aPartitionOfAnOverloadedIndexFiltersOnTheTypeAndItsQueryStartsWithIt() {
    KeyCondition<Reading> all = new SharedIndex("CUSTOMER#c-1").all();
    io.dynamap.runtime.expr.ExpressionContext context = new io.dynamap.runtime.expr.ExpressionContext();
    assertEquals("#a0 = :a0", all.typeFilter().orElseThrow().render(context));
    assertEquals(Map.of("#a0", "_type"), context.names());
    assertEquals(Map.of(":a0", AttributeValue.fromS("INVOICE")), context.values());
    io.dynamap.runtime.page.Query<Reading> query =
        io.dynamap.runtime.page.Query.of(
            new software.amazon.awssdk.services.dynamodb.DynamoDbClient() { // never called
              @Override
              public String serviceName() {
                return "dynamodb";
              }

              @Override
              public void close() {}
            },
            "Books",
            all,
            item -> new Reading());
    assertEquals(
        "Query[Books: index gsi2: gsi2pk = \"CUSTOMER#c-1\" AND gsi2sk begins_with \"\","
            + " filter _type = \"INVOICE\"]",
        query.toString());
    assertEquals(java.util.Optional.empty(), new Partition("s-1").typeFilter());
  }
}
