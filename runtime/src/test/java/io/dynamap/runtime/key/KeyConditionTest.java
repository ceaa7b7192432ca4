package io.dynamap.runtime.key;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.dynamap.runtime.expr.Expression;
import java.util.List;
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

  /**
   * What a generated {@code CustomerActivityKeys.Partition} looks like: an item collection on an
   * overloaded index, filtered on its members' types, with ranges over the date they share.
   */
  static final class Activity extends KeyCondition<Reading> {
    Activity(String key) {
      super("GSI2", "GSI2-PK", AttributeValue.fromS(key), "EntityType", List.of("invoice", "orderItem"));
    }

    TemplateTextSortKeyCondition<Reading, String> date() {
      return new TemplateTextSortKeyCondition<>(this, "GSI2-SK", "D#", "date") {
        @Override
        protected String encode(String value) {
          return KeyParts.text(value);
        }
      };
    }
  }

  @Test
  void aCollectionOnAnIndexFiltersOnItsMembersTypesAndItsRangesStayInThePrefix() {
    KeyCondition<Reading> range = new Activity("c#1").date().between("2020-06-01", "2020-06-15");
    Expression key = range.toExpression();
    assertEquals("#k0 = :v0 AND #k1 BETWEEN :v1 AND :v2", key.text());
    assertEquals(Map.of("#k0", "GSI2-PK", "#k1", "GSI2-SK"), key.names());
    assertEquals(AttributeValue.fromS("D#2020-06-01"), key.values().get(":v1"));
    assertEquals(AttributeValue.fromS("D#2020-06-15"), key.values().get(":v2"));
    assertEquals(
        AttributeValue.fromS("D#" + KeyParts.MAX),
        new Activity("c#1").date().gt("2020").toExpression().values().get(":v2"));

    io.dynamap.runtime.expr.ExpressionContext context = new io.dynamap.runtime.expr.ExpressionContext();
    assertEquals("#a0 IN (:a0, :a1)", range.typeFilter().orElseThrow().render(context));
    assertEquals(Map.of("#a0", "EntityType"), context.names());
    assertEquals(
        Map.of(":a0", AttributeValue.fromS("invoice"), ":a1", AttributeValue.fromS("orderItem")),
        context.values());
    assertEquals(java.util.Optional.of("GSI2"), range.indexName());
  }

  @Test
  void aTypeFilterKeepsAtLeastOneType() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new KeyCondition<Reading>("GSI2", "GSI2-PK", AttributeValue.fromS("c#1"), "EntityType", List.of()) {});
  }

  /** What a generated {@code InvoiceKeys.ByInvoice} looks like: the partition fixes the sort key. */
  static final class ByInvoice extends TemplatePartition<Reading> {
    private final String invoiceId;

    ByInvoice(String invoiceId) {
      super("GSI1", "GSI1-PK", "i#" + invoiceId, "GSI1-SK", "i#", false, "EntityType", "invoice");
      this.invoiceId = invoiceId;
    }

    KeyCondition<Reading> invoiceId() {
      return sortKeyEquals("i#" + invoiceId);
    }
  }

  @Test
  void aSortKeyThePartitionFixesIsOneEquality() {
    Expression key = new ByInvoice("55443").invoiceId().toExpression();
    assertEquals("#k0 = :v0 AND #k1 = :v1", key.text());
    assertEquals(AttributeValue.fromS("i#55443"), key.values().get(":v0"));
    assertEquals(AttributeValue.fromS("i#55443"), key.values().get(":v1"));
  }

  /**
   * What a generated builder of a global index with a multi-attribute key looks like: partition
   * (tournament, year), sort (round, bracket).
   */
  static final class ByTournament extends KeyCondition<Reading> {
    ByTournament(String tournament, int year) {
      super("byTournament", List.of("tournament", "year"),
          List.of(AttributeValue.fromS(tournament), AttributeValue.fromN(Integer.toString(year))),
          null, null);
    }

    Round round() {
      return new Round(this);
    }
  }

  /** The first sort attribute: its eq lets the next one be given. */
  static final class Round extends StringSortKeyCondition<Reading, String> {
    Round(KeyCondition<Reading> partition) {
      super(partition, "round");
    }

    @Override
    protected AttributeValue encode(String value) {
      return AttributeValue.fromS(value);
    }

    @Override
    public RoundFixed eq(String value) {
      return new RoundFixed(partition(), equality(value));
    }
  }

  static final class RoundFixed extends KeyCondition<Reading> {
    RoundFixed(KeyCondition<Reading> previous, FixedSortAttribute fixed) {
      super(previous, fixed);
    }

    Bracket bracket() {
      return new Bracket(this);
    }
  }

  static final class Bracket extends SortKeyCondition<Reading, Integer> {
    Bracket(KeyCondition<Reading> partition) {
      super(partition, "bracket");
    }

    @Override
    protected AttributeValue encode(Integer value) {
      return AttributeValue.fromN(value.toString());
    }
  }

  @Test
  void aMultiAttributeKeyFixesEveryPartitionAttributeAndTheSortAttributesLeftToRight() {
    Expression partition = new ByTournament("WINTER", 2025).toExpression();
    assertEquals("#k0 = :v0 AND #k1 = :v1", partition.text());
    assertEquals(Map.of("#k0", "tournament", "#k1", "year"), partition.names());

    Expression range = new ByTournament("WINTER", 2025).round().eq("SEMI").bracket().between(1, 4).toExpression();
    assertEquals("#k0 = :v0 AND #k1 = :v1 AND #k2 = :v2 AND #k3 BETWEEN :v3 AND :v4", range.text());
    assertEquals(List.of("tournament", "year", "round", "bracket"),
        List.of(range.names().get("#k0"), range.names().get("#k1"), range.names().get("#k2"), range.names().get("#k3")));
    assertEquals(AttributeValue.fromS("SEMI"), range.values().get(":v2"));
    assertEquals(AttributeValue.fromN("4"), range.values().get(":v4"));

    Expression prefix = new ByTournament("WINTER", 2025).round().beginsWith("SEMI").toExpression();
    assertEquals("#k0 = :v0 AND #k1 = :v1 AND begins_with(#k2, :v2)", prefix.text());
    assertEquals(
        "index byTournament: tournament = \"WINTER\" AND year = 2025 AND round = \"SEMI\" AND bracket >= 2",
        new ByTournament("WINTER", 2025).round().eq("SEMI").bracket().ge(2).toString());
    assertEquals(List.of("tournament", "year"), new ByTournament("W", 1).partitionKeyNames());
  }

  @Test
  void aMultiAttributeKeyRefusesMalformedShapes() {
    assertThrows(IllegalArgumentException.class, () -> new KeyCondition<Reading>(
        "i", List.of("a", "b"), List.of(AttributeValue.fromS("x")), null, null) {});
    assertThrows(IllegalArgumentException.class, () -> new KeyCondition<Reading>(
        "i", List.of("a", "b", "c", "d", "e"),
        List.of(AttributeValue.fromS("1"), AttributeValue.fromS("2"), AttributeValue.fromS("3"),
            AttributeValue.fromS("4"), AttributeValue.fromS("5")), null, null) {});
    KeyCondition<Reading> ranged = new ByTournament("W", 1).round().ge("A");
    assertThrows(IllegalStateException.class,
        () -> new RoundFixed(ranged, new KeyCondition.FixedSortAttribute("bracket", AttributeValue.fromN("1"))));
  }
}
