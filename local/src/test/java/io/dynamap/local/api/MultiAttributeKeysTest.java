package io.dynamap.local.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamap.local.DynamapLocal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.ComparisonOperator;
import software.amazon.awssdk.services.dynamodb.model.Condition;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.Update;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Multi-attribute keys of global secondary indexes (a DynamoDB feature of November 2025), which
 * dynalite does not know, through the AWS SDK against Dynamap Local. The rules followed, each
 * named where it is tested:
 *
 * <ul>
 *   <li>"Multi-attribute key schema" is the developer guide's section of <em>Using Global
 *       Secondary Indexes in DynamoDB</em>: up to four partition and four sort attributes, each of
 *       its own type S, N or B; every partition attribute queried with equality; sort attributes
 *       queried left to right without skipping one; an inequality ({@code <}, {@code >}, {@code
 *       BETWEEN}, {@code begins_with}, ...) only as the last condition.
 *   <li>"API reference" is the Amazon DynamoDB API Reference: <em>GlobalSecondaryIndex</em> and
 *       <em>CreateGlobalSecondaryIndexAction</em> (KeySchema: "Global secondary index supports up
 *       to 4 partition and up to 4 sort keys", minimum one element and no maximum), while a table's
 *       and a local index's KeySchema keep "Maximum number of 2 items".
 *   <li>The same guide's <em>Using Global Secondary Indexes</em>: an index only tracks items where
 *       its key attributes exist (sparse), and KEYS_ONLY projects the table and index keys.
 *   <li>Messages of schema errors are those AWS answers as recorded against the live service;
 *       messages of query errors the documentation does not give are chosen in DynamoDB's words
 *       and listed as guesses in {@code local/KNOWN-DIFFERENCES.md}.
 * </ul>
 */
class MultiAttributeKeysTest {
  private static final String INDEX = "byTournament";
  private static final AtomicInteger TABLES = new AtomicInteger();

  private static DynamapLocal local;
  private static DynamoDbClient client;

  @BeforeAll
  static void start() {
    local = DynamapLocal.builder().http(false).start();
    client = DynamoDbClient.builder()
        .endpointOverride(DynamapLocal.IN_PROCESS_ENDPOINT)
        .httpClient(local.inProcessHttpClient())
        .region(Region.US_EAST_1)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("a", "b")))
        .build();
  }

  @AfterAll
  static void stop() {
    client.close();
    local.close();
  }

  // --- Fixtures -------------------------------------------------------------------------------

  private static AttributeDefinition definition(String name, ScalarAttributeType type) {
    return AttributeDefinition.builder().attributeName(name).attributeType(type).build();
  }

  private static KeySchemaElement hash(String name) {
    return KeySchemaElement.builder().attributeName(name).keyType(KeyType.HASH).build();
  }

  private static KeySchemaElement range(String name) {
    return KeySchemaElement.builder().attributeName(name).keyType(KeyType.RANGE).build();
  }

  private static Projection projection(ProjectionType type) {
    return Projection.builder().projectionType(type).build();
  }

  private static String newTableName() {
    return "matches" + TABLES.incrementAndGet();
  }

  /**
   * A table of matches keyed by {@code id}, with the global index {@value #INDEX}: partition key
   * {@code tournament} (S) and {@code year} (N), sort key {@code round} (N), {@code bracket} (S)
   * and {@code seed} (B).
   */
  private static String createMatches(ProjectionType projectionType) {
    String table = newTableName();
    client.createTable(builder -> builder.tableName(table)
        .billingMode(BillingMode.PAY_PER_REQUEST)
        .attributeDefinitions(definition("id", ScalarAttributeType.S),
            definition("tournament", ScalarAttributeType.S),
            definition("year", ScalarAttributeType.N),
            definition("round", ScalarAttributeType.N),
            definition("bracket", ScalarAttributeType.S),
            definition("seed", ScalarAttributeType.B))
        .keySchema(hash("id"))
        .globalSecondaryIndexes(GlobalSecondaryIndex.builder().indexName(INDEX)
            .keySchema(hash("tournament"), hash("year"), range("round"), range("bracket"),
                range("seed"))
            .projection(projection(projectionType)).build()));
    return table;
  }

  private static AttributeValue s(String value) {
    return AttributeValue.fromS(value);
  }

  private static AttributeValue n(long value) {
    return AttributeValue.fromN(Long.toString(value));
  }

  private static AttributeValue b(int... bytes) {
    byte[] array = new byte[bytes.length];
    for (int i = 0; i < bytes.length; i++) {
      array[i] = (byte) bytes[i];
    }
    return AttributeValue.fromB(SdkBytes.fromByteArray(array));
  }

  /** A match of the 2026 winter cup in the east, with its sort attributes (null to leave out). */
  private static Map<String, AttributeValue> match(String id, Long round, String bracket,
      AttributeValue seed) {
    Map<String, AttributeValue> item = new LinkedHashMap<>();
    item.put("id", s(id));
    item.put("tournament", s("winter"));
    item.put("year", n(2026));
    if (round != null) {
      item.put("round", n(round));
    }
    if (bracket != null) {
      item.put("bracket", s(bracket));
    }
    if (seed != null) {
      item.put("seed", seed);
    }
    item.put("score", n(id.length()));
    return item;
  }

  private static void put(String table, Map<String, AttributeValue> item) {
    client.putItem(builder -> builder.tableName(table).item(item));
  }

  private static Map<String, AttributeValue> key(String id) {
    return Map.of("id", s(id));
  }

  /** The ids a query of the index returns, following every page. */
  private static List<String> queryIds(String table, String keyCondition,
      Map<String, AttributeValue> values) {
    return queryIds(query(table, keyCondition, values).build());
  }

  /**
   * A query of the index with the placeholders of {@code values} that the key condition uses
   * ({@code #y} stands for {@code year}, a reserved word).
   */
  private static QueryRequest.Builder query(String table, String keyCondition,
      Map<String, AttributeValue> values) {
    Map<String, AttributeValue> used = new LinkedHashMap<>();
    values.forEach((name, value) -> {
      if (java.util.regex.Pattern.compile(name + "\\b").matcher(keyCondition).find()) {
        used.put(name, value);
      }
    });
    QueryRequest.Builder builder = QueryRequest.builder().tableName(table).indexName(INDEX)
        .keyConditionExpression(keyCondition).expressionAttributeValues(used);
    if (keyCondition.contains("#y")) {
      builder.expressionAttributeNames(Map.of("#y", "year"));
    }
    return builder;
  }

  private static List<String> queryIds(QueryRequest request) {
    List<String> ids = new ArrayList<>();
    QueryRequest next = request;
    while (true) {
      QueryResponse page = client.query(next);
      page.items().forEach(item -> ids.add(item.get("id").s()));
      if (!page.hasLastEvaluatedKey() || page.lastEvaluatedKey().isEmpty()) {
        return ids;
      }
      next = next.toBuilder().exclusiveStartKey(page.lastEvaluatedKey()).build();
    }
  }

  /** The values of the winter 2026 partition, plus {@code more} pairs of placeholders. */
  private static Map<String, AttributeValue> winter(Object... more) {
    Map<String, AttributeValue> values = new LinkedHashMap<>();
    values.put(":t", s("winter"));
    values.put(":y", n(2026));
    for (int i = 0; i < more.length; i += 2) {
      values.put((String) more[i], (AttributeValue) more[i + 1]);
    }
    return values;
  }

  private static final String PARTITION = "tournament = :t AND #y = :y";

  /** Checks that a request fails with a ValidationException carrying exactly {@code message}. */
  private static void assertValidation(String message, Executable request) {
    DynamoDbException error = assertThrows(DynamoDbException.class, request);
    assertEquals(400, error.statusCode());
    assertEquals("ValidationException", error.awsErrorDetails().errorCode());
    assertEquals(message, error.awsErrorDetails().errorMessage());
  }

  private static Set<String> scanIds(String table) {
    Set<String> ids = new java.util.TreeSet<>();
    client.scanPaginator(builder -> builder.tableName(table).indexName(INDEX))
        .items().forEach(item -> ids.add(item.get("id").s()));
    return ids;
  }

  // --- Tests ----------------------------------------------------------------------------------

  @Nested
  class CreateAndDescribe {
    @Test
    @DisplayName("Multi-attribute key schema: DescribeTable returns the key schema as given")
    void describeReturnsTheKeySchemaAsGiven() {
      String table = createMatches(ProjectionType.ALL);
      TableDescription description =
          client.describeTable(builder -> builder.tableName(table)).table();
      GlobalSecondaryIndexDescription index = description.globalSecondaryIndexes().get(0);
      assertEquals(List.of(hash("tournament"), hash("year"), range("round"), range("bracket"),
          range("seed")), index.keySchema());
      assertEquals(List.of(hash("id")), description.keySchema());
      assertEquals(6, description.attributeDefinitions().size());
      assertTrue(description.attributeDefinitions()
          .contains(definition("seed", ScalarAttributeType.B)));
    }

    @Test
    @DisplayName("Multi-attribute key schema: four partition and four sort attributes at most")
    void fourAndFourAttributes() {
      String table = newTableName();
      List<AttributeDefinition> definitions = new ArrayList<>();
      definitions.add(definition("id", ScalarAttributeType.S));
      List<KeySchemaElement> keys = new ArrayList<>();
      for (int i = 1; i <= 4; i++) {
        definitions.add(definition("h" + i, ScalarAttributeType.S));
        keys.add(hash("h" + i));
      }
      for (int i = 1; i <= 4; i++) {
        definitions.add(definition("r" + i, ScalarAttributeType.N));
        keys.add(range("r" + i));
      }
      client.createTable(builder -> builder.tableName(table).billingMode(BillingMode.PAY_PER_REQUEST)
          .attributeDefinitions(definitions).keySchema(hash("id"))
          .globalSecondaryIndexes(GlobalSecondaryIndex.builder().indexName("eight")
              .keySchema(keys).projection(projection(ProjectionType.KEYS_ONLY)).build()));
      assertEquals(keys, client.describeTable(builder -> builder.tableName(table)).table()
          .globalSecondaryIndexes().get(0).keySchema());
    }

    @Test
    @DisplayName("Multi-attribute key schema: several partition attributes without a sort key")
    void partitionAttributesOnly() {
      String table = newTableName();
      client.createTable(builder -> builder.tableName(table).billingMode(BillingMode.PAY_PER_REQUEST)
          .attributeDefinitions(definition("id", ScalarAttributeType.S),
              definition("a", ScalarAttributeType.S), definition("b", ScalarAttributeType.N))
          .keySchema(hash("id"))
          .globalSecondaryIndexes(GlobalSecondaryIndex.builder().indexName(INDEX)
              .keySchema(hash("a"), hash("b")).projection(projection(ProjectionType.ALL)).build()));
      put(table, Map.of("id", s("1"), "a", s("x"), "b", n(1)));
      put(table, Map.of("id", s("2"), "a", s("x"), "b", n(2)));
      put(table, Map.of("id", s("3"), "a", s("x")));
      assertEquals(List.of("1"), queryIds(table, "a = :a AND b = :b",
          Map.of(":a", s("x"), ":b", n(1))));
      assertEquals(Set.of("1", "2"), scanIds(table));
      assertValidation("Query condition missed key schema element: b",
          () -> queryIds(table, "a = :a", Map.of(":a", s("x"))));
    }

    @Test
    @DisplayName("Developer guide, Managing GSIs: UpdateTable creates a multi-attribute index and"
        + " fills it from the items that have all its key attributes")
    void updateTableCreatesAndBackfills() {
      String table = newTableName();
      client.createTable(builder -> builder.tableName(table).billingMode(BillingMode.PAY_PER_REQUEST)
          .attributeDefinitions(definition("id", ScalarAttributeType.S)).keySchema(hash("id")));
      put(table, match("full", 1L, "upper", b(1)));
      put(table, match("noSeed", 1L, "upper", null));
      client.updateTable(builder -> builder.tableName(table)
          .attributeDefinitions(definition("tournament", ScalarAttributeType.S),
              definition("year", ScalarAttributeType.N), definition("round", ScalarAttributeType.N),
              definition("bracket", ScalarAttributeType.S), definition("seed", ScalarAttributeType.B))
          .globalSecondaryIndexUpdates(update -> update.create(create -> create.indexName(INDEX)
              .keySchema(hash("tournament"), hash("year"), range("round"), range("bracket"),
                  range("seed"))
              .projection(projection(ProjectionType.ALL)))));
      assertEquals(List.of(hash("tournament"), hash("year"), range("round"), range("bracket"),
          range("seed")), client.describeTable(builder -> builder.tableName(table)).table()
          .globalSecondaryIndexes().get(0).keySchema());
      assertEquals(Set.of("full"), scanIds(table));
      assertEquals(List.of("full"), queryIds(table, PARTITION + " AND round = :r",
          winter(":r", n(1))));
    }
  }

  @Nested
  class SchemaErrors {
    private void createWithIndex(List<AttributeDefinition> definitions,
        KeySchemaElement... indexKeys) {
      client.createTable(builder -> builder.tableName(newTableName())
          .billingMode(BillingMode.PAY_PER_REQUEST)
          .attributeDefinitions(definitions).keySchema(hash("id"))
          .globalSecondaryIndexes(GlobalSecondaryIndex.builder().indexName(INDEX)
              .keySchema(indexKeys).projection(projection(ProjectionType.ALL)).build()));
    }

    private List<AttributeDefinition> strings(String... names) {
      List<AttributeDefinition> definitions = new ArrayList<>();
      definitions.add(definition("id", ScalarAttributeType.S));
      for (String name : names) {
        definitions.add(definition(name, ScalarAttributeType.S));
      }
      return definitions;
    }

    @Test
    @DisplayName("Multi-attribute key schema: a fifth partition attribute is refused")
    void fiveHashAttributes() {
      assertValidation("One or more parameter values were invalid: The KeySchema exceeds the"
          + " maximum allowed number of HASH key attributes",
          () -> createWithIndex(strings("a", "b", "c", "d", "e"), hash("a"), hash("b"), hash("c"),
              hash("d"), hash("e")));
    }

    @Test
    @DisplayName("Multi-attribute key schema: a fifth sort attribute is refused")
    void fiveRangeAttributes() {
      assertValidation("One or more parameter values were invalid: The KeySchema exceeds the"
          + " maximum allowed number of RANGE key attributes",
          () -> createWithIndex(strings("h", "a", "b", "c", "d", "e"), hash("h"), range("a"),
              range("b"), range("c"), range("d"), range("e")));
    }

    @Test
    @DisplayName("Multi-attribute key schema: partition attributes come before sort attributes")
    void hashAfterRange() {
      assertValidation("One or more parameter values were invalid: All HASH key attributes must"
          + " precede RANGE key attributes in the KeySchema",
          () -> createWithIndex(strings("a", "b", "c"), hash("a"), range("b"), hash("c")));
    }

    @Test
    @DisplayName("API reference, KeySchema: the first element is a HASH key")
    void rangeFirst() {
      assertValidation("Invalid KeySchema: The first KeySchemaElement is not a HASH key type",
          () -> createWithIndex(strings("a", "b"), range("a"), range("b")));
    }

    @Test
    @DisplayName("Multi-attribute key schema: an attribute appears once in a key schema")
    void duplicateAttribute() {
      assertValidation("The KeySchema contains multiple key attributes with the same name",
          () -> createWithIndex(strings("a", "b"), hash("a"), hash("b"), range("a")));
    }

    @Test
    @DisplayName("API reference, CreateTable: every key attribute is defined")
    void undefinedAttribute() {
      assertValidation("One or more parameter values were invalid: Some index key attributes are"
          + " not defined in AttributeDefinitions. Keys: [a, b], AttributeDefinitions: [id, a]",
          () -> createWithIndex(strings("a"), hash("a"), hash("b")));
    }

    @Test
    @DisplayName("API reference, CreateTable: attribute definitions no key uses are refused")
    void unusedDefinition() {
      assertValidation("One or more parameter values were invalid: Some AttributeDefinitions are"
          + " not used. AttributeDefinitions: [id, a, b, c], keys used: [id, a, b]",
          () -> createWithIndex(strings("a", "b", "c"), hash("a"), range("b")));
    }

    @Test
    @DisplayName("API reference, CreateTable: a table's key stays one HASH and one RANGE")
    void tableKeyStaysSingle() {
      assertValidation("Invalid KeySchema: The second KeySchemaElement is not a RANGE key type",
          () -> client.createTable(builder -> builder.tableName(newTableName())
              .billingMode(BillingMode.PAY_PER_REQUEST)
              .attributeDefinitions(definition("a", ScalarAttributeType.S),
                  definition("b", ScalarAttributeType.S))
              .keySchema(hash("a"), hash("b"))));
      DynamoDbException tooLong = assertThrows(DynamoDbException.class,
          () -> client.createTable(builder -> builder.tableName(newTableName())
              .billingMode(BillingMode.PAY_PER_REQUEST)
              .attributeDefinitions(definition("a", ScalarAttributeType.S),
                  definition("b", ScalarAttributeType.S), definition("c", ScalarAttributeType.S))
              .keySchema(hash("a"), range("b"), range("c"))));
      assertTrue(tooLong.awsErrorDetails().errorMessage().endsWith(
          "at 'keySchema' failed to satisfy constraint: Member must have length less than or"
              + " equal to 2"), tooLong.awsErrorDetails().errorMessage());
    }

    @Test
    @DisplayName("API reference, LocalSecondaryIndex: a local index's key stays two attributes")
    void localIndexKeyStaysSingle() {
      DynamoDbException error = assertThrows(DynamoDbException.class,
          () -> client.createTable(builder -> builder.tableName(newTableName())
              .billingMode(BillingMode.PAY_PER_REQUEST)
              .attributeDefinitions(definition("p", ScalarAttributeType.S),
                  definition("c", ScalarAttributeType.S), definition("l", ScalarAttributeType.S))
              .keySchema(hash("p"), range("c"))
              .localSecondaryIndexes(LocalSecondaryIndex.builder().indexName("local")
                  .keySchema(hash("p"), range("c"), range("l"))
                  .projection(projection(ProjectionType.ALL)).build())));
      assertEquals("ValidationException", error.awsErrorDetails().errorCode());
      assertTrue(error.awsErrorDetails().errorMessage().endsWith("keySchema' failed to satisfy"
          + " constraint: Member must have length less than or equal to 2"),
          error.awsErrorDetails().errorMessage());
    }

    @Test
    @DisplayName("API reference, CreateGlobalSecondaryIndexAction: UpdateTable applies the limits")
    void updateTableRefusesFiveHashAttributes() {
      String table = newTableName();
      client.createTable(builder -> builder.tableName(table).billingMode(BillingMode.PAY_PER_REQUEST)
          .attributeDefinitions(definition("id", ScalarAttributeType.S)).keySchema(hash("id")));
      assertValidation("One or more parameter values were invalid: The KeySchema exceeds the"
          + " maximum allowed number of HASH key attributes",
          () -> client.updateTable(builder -> builder.tableName(table)
              .attributeDefinitions(strings("a", "b", "c", "d", "e").subList(1, 6))
              .globalSecondaryIndexUpdates(update -> update.create(create -> create
                  .indexName(INDEX)
                  .keySchema(hash("a"), hash("b"), hash("c"), hash("d"), hash("e"))
                  .projection(projection(ProjectionType.ALL))))));
      assertValidation("One or more parameter values were invalid: All HASH key attributes must"
          + " precede RANGE key attributes in the KeySchema",
          () -> client.updateTable(builder -> builder.tableName(table)
              .attributeDefinitions(strings("a", "b", "c").subList(1, 4))
              .globalSecondaryIndexUpdates(update -> update.create(create -> create
                  .indexName(INDEX).keySchema(hash("a"), range("c"), hash("b"))
                  .projection(projection(ProjectionType.ALL))))));
    }
  }

  @Nested
  class Writes {
    @Test
    @DisplayName("Multi-attribute key schema: each attribute keeps its own type; a wrong one is"
        + " refused as for any index key")
    void wrongTypesAreRefused() {
      String table = createMatches(ProjectionType.ALL);
      Map<String, AttributeValue> badYear = new LinkedHashMap<>(match("m", 1L, "upper", b(1)));
      badYear.put("year", s("2026"));
      assertValidation("One or more parameter values were invalid: Type mismatch for Index Key"
          + " year Expected: N Actual: S IndexName: " + INDEX, () -> put(table, badYear));
      Map<String, AttributeValue> badSeed = new LinkedHashMap<>(match("m", 1L, "upper", s("x")));
      assertValidation("One or more parameter values were invalid: Type mismatch for Index Key"
          + " seed Expected: B Actual: S IndexName: " + INDEX, () -> put(table, badSeed));
      assertValidation("One or more parameter values were invalid: Type mismatch for Index Key"
          + " bracket Expected: S Actual: N IndexName: " + INDEX,
          () -> client.updateItem(builder -> builder.tableName(table).key(key("m"))
              .updateExpression("SET bracket = :b").expressionAttributeValues(Map.of(":b", n(1)))));
      assertValidation("One or more parameter values were invalid: Type mismatch for Index Key"
          + " year Expected: N Actual: S IndexName: " + INDEX,
          () -> client.batchWriteItem(builder -> builder.requestItems(Map.of(table, List.of(
              WriteRequest.builder().putRequest(PutRequest.builder().item(badYear).build())
                  .build())))));
      DynamoDbException transaction = assertThrows(DynamoDbException.class,
          () -> client.transactWriteItems(builder -> builder.transactItems(TransactWriteItem
              .builder().put(Put.builder().tableName(table).item(badYear).build()).build())));
      assertTrue(transaction.awsErrorDetails().errorMessage()
          .contains("Type mismatch for Index Key year"), transaction.getMessage());
      assertEquals(Set.of(), scanIds(table));
    }

    @Test
    @DisplayName("Supported data types: an empty string in any index key attribute is refused")
    void emptyStringIsRefused() {
      String table = createMatches(ProjectionType.ALL);
      assertValidation("One or more parameter values are not valid. A value specified for a"
          + " secondary index key is not supported. The AttributeValue for a key attribute cannot"
          + " contain an empty string value. IndexName: " + INDEX + ", IndexKey: bracket",
          () -> put(table, match("m", 1L, "", b(1))));
    }

    @Test
    @DisplayName("Using GSIs: an item missing any one key attribute is not in the index (sparse)")
    void sparseMembership() {
      String table = createMatches(ProjectionType.ALL);
      put(table, match("full", 1L, "upper", b(1)));
      put(table, match("noRound", null, "upper", b(1)));
      put(table, match("noSeed", 1L, "upper", null));
      Map<String, AttributeValue> noYear = new LinkedHashMap<>(match("noYear", 1L, "upper", b(1)));
      noYear.remove("year");
      put(table, noYear);
      assertEquals(Set.of("full"), scanIds(table));
      assertEquals(List.of("full"), queryIds(table, PARTITION, winter()));

      client.updateItem(builder -> builder.tableName(table).key(key("noSeed"))
          .updateExpression("SET seed = :s").expressionAttributeValues(Map.of(":s", b(0))));
      assertEquals(Set.of("full", "noSeed"), scanIds(table));
      client.updateItem(builder -> builder.tableName(table).key(key("full"))
          .updateExpression("REMOVE #y").expressionAttributeNames(Map.of("#y", "year")));
      assertEquals(Set.of("noSeed"), scanIds(table));
    }

    @Test
    @DisplayName("Data synchronization: an update moves an item between index partitions and"
        + " positions, a delete removes it")
    void updatesMoveItems() {
      String table = createMatches(ProjectionType.ALL);
      put(table, match("a", 1L, "upper", b(1)));
      put(table, match("b", 2L, "upper", b(1)));
      assertEquals(List.of("a", "b"), queryIds(table, PARTITION, winter()));

      client.updateItem(builder -> builder.tableName(table).key(key("a"))
          .updateExpression("SET #y = :y").expressionAttributeNames(Map.of("#y", "year"))
          .expressionAttributeValues(Map.of(":y", n(2027))));
      assertEquals(List.of("b"), queryIds(table, PARTITION, winter()));
      assertEquals(List.of("a"), queryIds(table, PARTITION,
          Map.of(":t", s("winter"), ":y", n(2027))));

      client.updateItem(builder -> builder.tableName(table).key(key("b"))
          .updateExpression("SET round = :r").expressionAttributeValues(Map.of(":r", n(0))));
      put(table, match("c", 1L, "upper", b(1)));
      assertEquals(List.of("b", "c"), queryIds(table, PARTITION, winter()));

      client.deleteItem(builder -> builder.tableName(table).key(key("b")));
      assertEquals(List.of("c"), queryIds(table, PARTITION, winter()));
    }

    @Test
    @DisplayName("BatchWriteItem: batch puts and deletes reach the index")
    void batchWritesMaintainTheIndex() {
      String table = createMatches(ProjectionType.ALL);
      put(table, match("old", 1L, "upper", b(1)));
      client.batchWriteItem(builder -> builder.requestItems(Map.of(table, List.of(
          WriteRequest.builder().putRequest(PutRequest.builder()
              .item(match("x", 2L, "upper", b(1))).build()).build(),
          WriteRequest.builder().putRequest(PutRequest.builder()
              .item(match("y", 2L, "lower", b(1))).build()).build(),
          WriteRequest.builder().deleteRequest(delete -> delete.key(key("old"))).build()))));
      assertEquals(List.of("y", "x"), queryIds(table, PARTITION, winter()));
    }

    @Test
    @DisplayName("Transactions: puts, updates and deletes of one transaction reach the index")
    void transactionsMaintainTheIndex() {
      String table = createMatches(ProjectionType.ALL);
      put(table, match("gone", 1L, "upper", b(1)));
      put(table, match("moved", 1L, "upper", b(2)));
      client.transactWriteItems(builder -> builder.transactItems(
          TransactWriteItem.builder().put(Put.builder().tableName(table)
              .item(match("new", 3L, "lower", b(1))).build()).build(),
          TransactWriteItem.builder().update(Update.builder().tableName(table).key(key("moved"))
              .updateExpression("SET round = :r").expressionAttributeValues(Map.of(":r", n(4)))
              .build()).build(),
          TransactWriteItem.builder().delete(Delete.builder().tableName(table).key(key("gone"))
              .build()).build()));
      assertEquals(List.of("new", "moved"), queryIds(table, PARTITION, winter()));
    }

    @Test
    @DisplayName("Time to Live: an expired item leaves the multi-attribute index")
    void timeToLiveRemovesEntries() {
      String table = createMatches(ProjectionType.ALL);
      client.updateTimeToLive(builder -> builder.tableName(table).timeToLiveSpecification(
          spec -> spec.attributeName("expires").enabled(true)));
      Map<String, AttributeValue> expired = new LinkedHashMap<>(match("old", 1L, "upper", b(1)));
      expired.put("expires", n(java.time.Instant.now().getEpochSecond() - 60));
      put(table, expired);
      put(table, match("kept", 2L, "upper", b(1)));
      assertEquals(List.of("old", "kept"), queryIds(table, PARTITION, winter()));
      assertTrue(local.sweepExpiredItems() >= 1);
      assertEquals(List.of("kept"), queryIds(table, PARTITION, winter()));
    }
  }

  @Nested
  class Queries {
    private final String table = createMatches(ProjectionType.ALL);

    Queries() {
      // Inserted out of order: round is a number (2 before 10), bracket a string (by UTF-8 bytes),
      // seed a binary (unsigned bytes: 0x7f before 0x80).
      put(table, match("r10-lower", 10L, "lower", b(1)));
      put(table, match("r2-upper-80", 2L, "upper", b(0x80)));
      put(table, match("r2-lower", 2L, "lower", b(5)));
      put(table, match("r2-upper-7f", 2L, "upper", b(0x7f)));
      put(table, match("r1-upper", 1L, "upper", b(0)));
      put(table, match("r2-Upper", 2L, "Upper", b(9)));
      Map<String, AttributeValue> otherYear = new LinkedHashMap<>(match("other", 1L, "upper", b(1)));
      otherYear.put("year", n(2025));
      put(table, otherYear);
    }

    private List<String> ids(String keyCondition, Object... values) {
      return queryIds(table, keyCondition, winter(values));
    }

    private void refused(String message, String keyCondition, Object... values) {
      assertValidation(message, () -> ids(keyCondition, values));
    }

    @Test
    @DisplayName("Multi-attribute key schema: sort attributes order in turn, each by its type")
    void ordersBySortAttributesInTurn() {
      List<String> ascending = List.of("r1-upper", "r2-Upper", "r2-lower", "r2-upper-7f",
          "r2-upper-80", "r10-lower");
      assertEquals(ascending, ids(PARTITION));
      List<String> descending = new ArrayList<>(ascending);
      java.util.Collections.reverse(descending);
      assertEquals(descending,
          queryIds(query(table, PARTITION, winter()).scanIndexForward(false).build()));
    }

    @Test
    @DisplayName("Multi-attribute key schema: sort attributes given left to right with equality")
    void equalityPrefixes() {
      assertEquals(List.of("r2-Upper", "r2-lower", "r2-upper-7f", "r2-upper-80"),
          ids(PARTITION + " AND round = :r", ":r", n(2)));
      assertEquals(List.of("r2-upper-7f", "r2-upper-80"),
          ids(PARTITION + " AND round = :r AND bracket = :b", ":r", n(2), ":b", s("upper")));
      assertEquals(List.of("r2-upper-80"), ids(PARTITION
          + " AND round = :r AND bracket = :b AND seed = :s", ":r", n(2), ":b", s("upper"),
          ":s", b(0x80)));
      // The order of the conditions in the expression does not matter, only which are given.
      assertEquals(List.of("r2-upper-7f", "r2-upper-80"),
          ids("bracket = :b AND #y = :y AND round = :r AND tournament = :t", ":r", n(2),
              ":b", s("upper")));
    }

    @Test
    @DisplayName("Multi-attribute key schema: a range condition on the last sort attribute given")
    void rangeOnTheLastAttributeGiven() {
      assertEquals(List.of("r2-Upper", "r2-lower", "r2-upper-7f", "r2-upper-80", "r10-lower"),
          ids(PARTITION + " AND round > :r", ":r", n(1)));
      assertEquals(List.of("r1-upper", "r2-Upper", "r2-lower", "r2-upper-7f", "r2-upper-80"),
          ids(PARTITION + " AND round BETWEEN :a AND :b", ":a", n(1), ":b", n(2)));
      assertEquals(List.of("r2-upper-7f", "r2-upper-80"),
          ids(PARTITION + " AND round = :r AND begins_with(bracket, :p)", ":r", n(2),
              ":p", s("up")));
      assertEquals(List.of("r2-Upper", "r2-lower"),
          ids(PARTITION + " AND round = :r AND bracket < :b", ":r", n(2), ":b", s("m")));
      assertEquals(List.of("r2-upper-80"), ids(PARTITION
          + " AND round = :r AND bracket = :b AND seed >= :s", ":r", n(2), ":b", s("upper"),
          ":s", b(0x80)));
      assertEquals(List.of("r2-upper-7f"), ids(PARTITION
          + " AND round = :r AND bracket = :b AND seed <= :s", ":r", n(2), ":b", s("upper"),
          ":s", b(0x7f)));
    }

    @Test
    @DisplayName("Multi-attribute key schema: every partition attribute with equality")
    void partitionErrors() {
      refused("Query condition missed key schema element: year", "tournament = :t");
      refused("Query condition missed key schema element: tournament", "#y = :y");
      refused("Query key condition not supported", "tournament = :t AND #y > :y");
      refused("Query key condition not supported", "begins_with(tournament, :t) AND #y = :y");
      refused("One or more parameter values were invalid: Condition parameter type does not"
          + " match schema type", "tournament = :y AND #y = :t");
    }

    @Test
    @DisplayName("Multi-attribute key schema: no sort attribute skipped, a range only last")
    void sortErrors() {
      refused("Query condition missed key schema element: round",
          PARTITION + " AND bracket = :b", ":b", s("upper"));
      refused("Query condition missed key schema element: bracket",
          PARTITION + " AND round = :r AND seed = :s", ":r", n(1), ":s", b(1));
      refused("Query key condition not supported: only the last sort key attribute of the"
          + " condition may use <, <=, >, >=, BETWEEN or begins_with; the condition on round is"
          + " followed by one on bracket",
          PARTITION + " AND round > :r AND bracket = :b", ":r", n(1), ":b", s("upper"));
      refused("Query key condition not supported: only the last sort key attribute of the"
          + " condition may use <, <=, >, >=, BETWEEN or begins_with; the condition on bracket is"
          + " followed by one on seed", PARTITION
          + " AND round = :r AND begins_with(bracket, :b) AND seed = :s", ":r", n(1),
          ":b", s("up"), ":s", b(1));
      refused("Query condition missed key schema element: round",
          PARTITION + " AND score = :x", ":x", n(1));
      refused("One or more parameter values were invalid: Condition parameter type does not"
          + " match schema type", PARTITION + " AND round = :b", ":b", s("upper"));
      assertValidation("Filter Expression can only contain non-primary key attributes: Primary key"
          + " attribute: seed", () -> client.query(query(table, PARTITION + " AND round = :r",
              winter(":r", n(1), ":s", b(1))).filterExpression("seed = :s")
              .expressionAttributeValues(winter(":r", n(1), ":s", b(1))).build()));
    }

    @Test
    @DisplayName("Multi-attribute key schema: at most eight conditions, one per key attribute")
    void tooManyConditions() {
      StringBuilder expression = new StringBuilder(PARTITION);
      List<Object> values = new ArrayList<>();
      for (int i = 0; i < 7; i++) {
        expression.append(" AND a").append(i).append(" = :a").append(i);
        values.add(":a" + i);
        values.add(n(i));
      }
      refused("Conditions can be of length 1 to 8 only", expression.toString(), values.toArray());
    }

    @Test
    @DisplayName("Query, KeyConditions (legacy): the same rules on a multi-attribute index")
    void legacyKeyConditions() {
      Map<String, Condition> conditions = new LinkedHashMap<>();
      conditions.put("tournament", Condition.builder().comparisonOperator(ComparisonOperator.EQ)
          .attributeValueList(s("winter")).build());
      conditions.put("year", Condition.builder().comparisonOperator(ComparisonOperator.EQ)
          .attributeValueList(n(2026)).build());
      conditions.put("round", Condition.builder().comparisonOperator(ComparisonOperator.EQ)
          .attributeValueList(n(2)).build());
      conditions.put("bracket", Condition.builder().comparisonOperator(ComparisonOperator.GE)
          .attributeValueList(s("u")).build());
      assertEquals(List.of("r2-upper-7f", "r2-upper-80"), queryIds(QueryRequest.builder()
          .tableName(table).indexName(INDEX).keyConditions(conditions).build()));

      conditions.remove("round");
      assertValidation("Query condition missed key schema element: round",
          () -> queryIds(QueryRequest.builder().tableName(table).indexName(INDEX)
              .keyConditions(conditions).build()));
    }

    @Test
    @DisplayName("Query, ExclusiveStartKey: pages carry the table key and every index key"
        + " attribute, and resume where they stopped")
    void paging() {
      QueryResponse first = client.query(builder -> builder.tableName(table).indexName(INDEX)
          .keyConditionExpression(PARTITION).expressionAttributeNames(Map.of("#y", "year"))
          .expressionAttributeValues(winter()).limit(2));
      assertEquals(Set.of("id", "tournament", "year", "round", "bracket", "seed"),
          first.lastEvaluatedKey().keySet());
      assertEquals(s("r2-Upper"), first.lastEvaluatedKey().get("id"));
      List<String> paged =
          queryIds(query(table, PARTITION, winter()).limit(1).scanIndexForward(false).build());
      assertEquals(List.of("r10-lower", "r2-upper-80", "r2-upper-7f", "r2-lower", "r2-Upper",
          "r1-upper"), paged);

      Map<String, AttributeValue> incomplete = new LinkedHashMap<>(first.lastEvaluatedKey());
      incomplete.remove("seed");
      assertValidation("The provided starting key is invalid", () -> client.query(builder -> builder
          .tableName(table).indexName(INDEX).keyConditionExpression(PARTITION)
          .expressionAttributeNames(Map.of("#y", "year")).expressionAttributeValues(winter())
          .exclusiveStartKey(incomplete)));
      Map<String, AttributeValue> otherPartition = new LinkedHashMap<>(first.lastEvaluatedKey());
      otherPartition.put("year", n(2025));
      assertValidation("The provided starting key is outside query boundaries based on provided"
          + " conditions", () -> client.query(builder -> builder.tableName(table)
          .indexName(INDEX).keyConditionExpression(PARTITION)
          .expressionAttributeNames(Map.of("#y", "year")).expressionAttributeValues(winter())
          .exclusiveStartKey(otherPartition)));
      assertValidation("The provided starting key does not match the range key predicate",
          () -> client.query(builder -> builder.tableName(table).indexName(INDEX)
              .keyConditionExpression(PARTITION + " AND round = :r")
              .expressionAttributeNames(Map.of("#y", "year"))
              .expressionAttributeValues(winter(":r", n(10)))
              .exclusiveStartKey(first.lastEvaluatedKey())));
    }

    @Test
    @DisplayName("Using GSIs, Scanning: a scan of the index pages over every indexed item")
    void scanPages() {
      ScanResponse first = client.scan(builder -> builder.tableName(table).indexName(INDEX)
          .limit(3));
      assertEquals(Set.of("id", "tournament", "year", "round", "bracket", "seed"),
          first.lastEvaluatedKey().keySet());
      List<String> ids = new ArrayList<>();
      client.scanPaginator(builder -> builder.tableName(table).indexName(INDEX).limit(2))
          .items().forEach(item -> ids.add(item.get("id").s()));
      assertEquals(7, ids.size());
      assertEquals(7, Set.copyOf(ids).size());
    }
  }

  @Test
  @DisplayName("Scan, TotalSegments: the segments of a parallel scan of the index cover each"
      + " indexed item once")
  void parallelScanOfTheIndex() {
    String table = createMatches(ProjectionType.ALL);
    List<String> written = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      Map<String, AttributeValue> item = new LinkedHashMap<>(match("m" + i, (long) i, "upper",
          b(i)));
      item.put("tournament", s("cup" + (i % 7)));
      put(table, item);
      written.add("m" + i);
    }
    List<String> seen = new ArrayList<>();
    for (int segment = 0; segment < 4; segment++) {
      int current = segment;
      client.scanPaginator(builder -> builder.tableName(table).indexName(INDEX).limit(3)
          .segment(current).totalSegments(4))
          .items().forEach(item -> seen.add(item.get("id").s()));
    }
    assertEquals(new java.util.TreeSet<>(written), new java.util.TreeSet<>(seen));
    assertEquals(written.size(), seen.size());
  }

  @Test
  @DisplayName("Attribute projections: KEYS_ONLY holds the table key and every index key attribute")
  void keysOnlyProjection() {
    String table = createMatches(ProjectionType.KEYS_ONLY);
    put(table, match("m", 1L, "upper", b(1)));
    Map<String, AttributeValue> entry = client.query(builder -> builder.tableName(table)
        .indexName(INDEX).keyConditionExpression(PARTITION)
        .expressionAttributeNames(Map.of("#y", "year")).expressionAttributeValues(winter()))
        .items().get(0);
    Map<String, AttributeValue> expected = new LinkedHashMap<>(match("m", 1L, "upper", b(1)));
    expected.remove("score");
    assertEquals(expected, entry);
    assertFalse(entry.containsKey("score"));
    assertValidation("One or more parameter values were invalid: Global secondary index " + INDEX
        + " does not project [score]", () -> client.query(builder -> builder.tableName(table)
        .indexName(INDEX).keyConditionExpression(PARTITION).projectionExpression("score")
        .expressionAttributeNames(Map.of("#y", "year")).expressionAttributeValues(winter())));
  }
}
