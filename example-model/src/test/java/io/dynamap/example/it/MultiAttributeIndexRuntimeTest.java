package io.dynamap.example.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamap.runtime.key.KeyCondition;
import io.dynamap.runtime.key.SortKeyCondition;
import io.dynamap.runtime.key.StringSortKeyCondition;
import io.dynamap.runtime.page.Query;
import io.dynamap.runtime.schema.IndexDefinition;
import io.dynamap.runtime.schema.KeyDefinition;
import io.dynamap.runtime.schema.TableDefinitions;
import io.dynamap.runtime.table.KeyElement;
import io.dynamap.runtime.table.TableDescription;
import io.dynamap.runtime.table.TableVerifier;
import io.dynamap.testing.DynamapLocalTest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * The runtime's side of global indexes with multi-attribute keys, on Dynamap Local: the table
 * definition, its description and verification, and key conditions built as generated key
 * builders build them (partition attributes by equality, sort attributes left to right).
 */
@DynamapLocalTest
class MultiAttributeIndexRuntimeTest {
  private static final IndexDefinition BY_TOURNAMENT =
      new IndexDefinition(
          "byTournament",
          true,
          List.of(
              new KeyDefinition.KeyAttribute("tournament", ScalarAttributeType.S),
              new KeyDefinition.KeyAttribute("year", ScalarAttributeType.N)),
          List.of(
              new KeyDefinition.KeyAttribute("round", ScalarAttributeType.S),
              new KeyDefinition.KeyAttribute("bracket", ScalarAttributeType.N)),
          ProjectionType.ALL,
          List.of());
  private static final KeyDefinition KEY = KeyDefinition.of("matchId", ScalarAttributeType.S);

  /** Items are read as maps: the runtime's query machinery without a generated schema. */
  record Match(Map<String, AttributeValue> item) {
    String id() {
      return item.get("matchId").s();
    }
  }

  static final class ByTournament extends KeyCondition<Match> {
    ByTournament(String tournament, int year) {
      super("byTournament", List.of("tournament", "year"),
          List.of(AttributeValue.fromS(tournament), AttributeValue.fromN(Integer.toString(year))),
          null, null);
    }

    Round round() {
      return new Round(this);
    }
  }

  static final class Round extends StringSortKeyCondition<Match, String> {
    Round(KeyCondition<Match> partition) {
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

  static final class RoundFixed extends KeyCondition<Match> {
    RoundFixed(KeyCondition<Match> previous, FixedSortAttribute fixed) {
      super(previous, fixed);
    }

    Bracket bracket() {
      return new Bracket(this);
    }
  }

  static final class Bracket extends SortKeyCondition<Match, Integer> {
    Bracket(KeyCondition<Match> partition) {
      super(partition, "bracket");
    }

    @Override
    protected AttributeValue encode(Integer value) {
      return AttributeValue.fromN(value.toString());
    }
  }

  @Test
  void aMultiAttributeIndexIsCreatedDescribedVerifiedAndQueried(DynamoDbClient client) {
    String table = "Matches_" + UUID.randomUUID();
    client.createTable(TableDefinitions.createTableRequest(table, KEY, List.of(BY_TOURNAMENT)));
    try {
      put(client, table, "m1", "WINTER", 2025, "FINAL", 1);
      put(client, table, "m2", "WINTER", 2025, "SEMI", 1);
      put(client, table, "m3", "WINTER", 2025, "SEMI", 2);
      put(client, table, "m4", "WINTER", 2025, "QUARTER", 3);
      put(client, table, "m5", "WINTER", 2024, "SEMI", 1);
      put(client, table, "m6", "SUMMER", 2025, "SEMI", 1);

      TableDescription description = TableDescription.of(
          client.describeTable(d -> d.tableName(table)).table(), null);
      assertEquals(
          List.of(
              new KeyElement("tournament", KeyType.HASH, ScalarAttributeType.S),
              new KeyElement("year", KeyType.HASH, ScalarAttributeType.N),
              new KeyElement("round", KeyType.RANGE, ScalarAttributeType.S),
              new KeyElement("bracket", KeyType.RANGE, ScalarAttributeType.N)),
          description.index("byTournament").orElseThrow().key());
      assertEquals(List.of(), TableVerifier.differences(description, KEY, List.of(BY_TOURNAMENT), Optional.empty()));

      assertEquals(List.of("m1", "m4", "m2", "m3"), ids(client, table, new ByTournament("WINTER", 2025)),
          "ordered by round, then bracket");
      assertEquals(List.of("m2", "m3"), ids(client, table, new ByTournament("WINTER", 2025).round().eq("SEMI")));
      assertEquals(List.of("m3"), ids(client, table, new ByTournament("WINTER", 2025).round().eq("SEMI").bracket().ge(2)));
      assertEquals(List.of("m4", "m2", "m3"), ids(client, table, new ByTournament("WINTER", 2025).round().ge("Q")));
      assertEquals(List.of("m5"), ids(client, table, new ByTournament("WINTER", 2024)));
    } finally {
      client.deleteTable(d -> d.tableName(table));
    }
  }

  @Test
  void verificationComparesEveryAttributeOfAMultiAttributeKey(DynamoDbClient client) {
    String table = "Matches_" + UUID.randomUUID();
    IndexDefinition fewer = new IndexDefinition("byTournament", true,
        BY_TOURNAMENT.partitionKeys(), BY_TOURNAMENT.sortKeys().subList(0, 1), ProjectionType.ALL, List.of());
    client.createTable(TableDefinitions.createTableRequest(table, KEY, List.of(fewer)));
    try {
      TableDescription description = TableDescription.of(client.describeTable(d -> d.tableName(table)).table(), null);
      List<String> differences =
          TableVerifier.differences(description, KEY, List.of(BY_TOURNAMENT), Optional.empty());
      assertEquals(
          List.of("index byTournament has the key tournament (S, partition) + year (N, partition) + round (S, sort),"
              + " the model's is tournament (S, partition) + year (N, partition) + round (S, sort) + bracket (N, sort)"),
          differences);
    } finally {
      client.deleteTable(d -> d.tableName(table));
    }
  }

  private static void put(
      DynamoDbClient client, String table, String id, String tournament, int year, String round, int bracket) {
    client.putItem(p -> p.tableName(table).item(Map.of(
        "matchId", AttributeValue.fromS(id),
        "tournament", AttributeValue.fromS(tournament),
        "year", AttributeValue.fromN(Integer.toString(year)),
        "round", AttributeValue.fromS(round),
        "bracket", AttributeValue.fromN(Integer.toString(bracket)))));
  }

  private static List<String> ids(DynamoDbClient client, String table, KeyCondition<Match> condition) {
    List<String> ids = Query.of(client, table, condition, true, Match::new).stream().map(Match::id).toList();
    assertTrue(ids.stream().distinct().count() == ids.size());
    return ids;
  }
}
