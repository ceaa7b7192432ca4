package io.dynamap.example.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamap.runtime.error.ItemMappingException;
import io.dynamap.runtime.error.ItemTooLargeException;
import io.dynamap.runtime.error.TableNotFoundException;
import io.dynamap.testing.DynamapLocalTest;
import io.dynamap.testing.TestTables;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;

/** Every supported type, written and read back through Dynamap Local over HTTP. */
@DynamapLocalTest
class RoundTripTest {

  private static Everything extremes(UUID id) {
    return new Everything(
        id,
        Long.MAX_VALUE,
        "héllo, wörld ✓",
        Everything.Level.HIGH,
        -2026,
        Instant.parse("2026-11-23T10:15:30.123456789Z"),
        Long.MIN_VALUE,
        Short.MIN_VALUE,
        Byte.MAX_VALUE,
        -1.2345678901234567e-120,
        3.4028235e38f,
        true,
        Integer.MIN_VALUE,
        Long.MAX_VALUE,
        Short.MAX_VALUE,
        Byte.MIN_VALUE,
        1.2345678901234567e125,
        Float.MIN_VALUE,
        Boolean.FALSE,
        new BigDecimal("-12345678901234567890.123456789012345678"),
        new BigInteger("99999999999999999999999999999999999999"),
        new byte[] {0, 1, 2, -1, -128, 127},
        "not stored");
  }

  @Test
  void everySupportedTypeRoundTrips(DynamoDbClient client, TestTables tables) {
    EverythingRepository repository =
        new EverythingRepository(client, tables.create(EverythingSchema.INSTANCE));
    Everything written = extremes(UUID.randomUUID());
    repository.put(written);

    Everything read = repository.get(written.id(), written.version()).orElseThrow();
    assertSameValues(written, read);
    assertNull(read.scratch(), "@Ignore'd component is not stored and reads as null");
  }

  @Test
  void nullsAreOmittedAndMissingPrimitivesReadAsDefaults(DynamoDbClient client, TestTables tables) {
    String table = tables.create(EverythingSchema.INSTANCE);
    EverythingRepository repository = new EverythingRepository(client, table);
    UUID id = UUID.randomUUID();
    Everything sparse =
        new Everything(id, 0, null, null, 0, null, 0, (short) 0, (byte) 0, 0, 0, false,
            null, null, null, null, null, null, null, null, null, null, null);
    repository.put(sparse);

    Map<String, AttributeValue> stored = rawItem(client, table, EverythingSchema.INSTANCE.key(id, 0L));
    assertFalse(stored.containsKey("name"), "null attributes are left out: " + stored.keySet());
    assertFalse(stored.containsKey("amount"));
    assertFalse(stored.containsKey("scratch"));
    assertEquals(AttributeValue.fromN("0"), stored.get("year"));

    // An item another writer made with only the key: primitives read as their defaults.
    Map<String, AttributeValue> keyOnly = new HashMap<>(EverythingSchema.INSTANCE.key(id, 1L));
    keyOnly.put("somethingNew", AttributeValue.fromS("ignored: schemas evolve"));
    keyOnly.put("boxedInt", AttributeValue.fromNul(true));
    client.putItem(PutItemRequest.builder().tableName(table).item(keyOnly).build());
    Everything minimal = repository.get(id, 1L).orElseThrow();
    assertEquals(0, minimal.yearValue());
    assertFalse(minimal.flag());
    assertNull(minimal.boxedInt());
    assertNull(minimal.name());
  }

  @Test
  void beansAndImmutableClassesAndSimpleKeysRoundTrip(DynamoDbClient client, TestTables tables) {
    SimpleKeyedRepository simple = new SimpleKeyedRepository(client, tables.create(SimpleKeyedSchema.INSTANCE));
    SimpleKeyed bean = new SimpleKeyed();
    bean.id = -42;
    bean.label = "answer";
    bean.hits = 3;
    simple.put(bean);
    SimpleKeyed read = simple.get(-42L).orElseThrow();
    assertEquals(-42, read.id);
    assertEquals("answer", read.label);
    assertEquals(3, read.hits);

    BlobRepository blobs = new BlobRepository(client, tables.create(BlobSchema.INSTANCE));
    blobs.put(new Blob("ann", new byte[] {1, 2, 3}, "first"));
    Blob blob = blobs.get("ann", new byte[] {1, 2, 3}).orElseThrow();
    assertEquals("first", blob.getBody());
    assertArrayEquals(new byte[] {1, 2, 3}, blob.getDigest());

    blobs.delete("ann", new byte[] {1, 2, 3});
    assertTrue(blobs.get("ann", new byte[] {1, 2, 3}).isEmpty());
    assertTrue(simple.get(999L).isEmpty(), "a missing item is empty, not an error");
  }

  @Test
  void scanReadsEveryItemAndDeleteByEntityRemovesIt(DynamoDbClient client, TestTables tables) {
    ReadingRepository repository = new ReadingRepository(client, tables.create(ReadingSchema.INSTANCE));
    for (int year = 2000; year < 2010; year++) {
      repository.put(new Reading("r" + (year % 3), year, year / 10.0, "t"));
    }
    assertEquals(10, repository.scan().stream().count());
    repository.delete(new Reading("r0", 2001, 0, null));
    assertEquals(9, repository.scan().stream().count());
  }

  @Test
  void nullAndEmptyKeysAreRefusedBeforeAnyRequest(DynamoDbClient client) {
    // No table exists under this name: a request would fail differently.
    ReadingRepository repository = new ReadingRepository(client, "no_such_table");
    ItemMappingException empty =
        assertThrows(ItemMappingException.class, () -> repository.put(new Reading("", 1, 0, null)));
    assertEquals("table no_such_table: Reading: key attribute 'name' is empty, which DynamoDB does not allow",
        empty.getMessage());
    ItemTooLargeException tooLarge = assertThrows(ItemTooLargeException.class,
        () -> repository.put(new Reading("big", 1, 0, "x".repeat(400 * 1024))));
    assertTrue(tooLarge.getMessage().startsWith("table no_such_table, item {name=\"big\", year=1}: the Reading item is "),
        tooLarge.getMessage());
    assertEquals("text", tooLarge.largestAttributes().get(0));
    assertThrows(ItemMappingException.class, () -> repository.get(null, 1));
    assertThrows(ItemMappingException.class, () -> ReadingKeys.partition(null));
  }

  @Test
  void aMissingTableIsNamedWithAHint(DynamoDbClient client) {
    ReadingRepository repository = new ReadingRepository(client, "no_such_table");
    TableNotFoundException e =
        assertThrows(TableNotFoundException.class, () -> repository.get("a", 1));
    assertEquals("no_such_table", e.tableName());
    assertTrue(e.getMessage().contains("createTable()"), e.getMessage());
    assertThrows(TableNotFoundException.class, () -> repository.query(ReadingKeys.partition("a")).stream().count());
  }

  @Test
  void anAttributeOfTheWrongTypeNamesTableKeyAndAttribute(DynamoDbClient client, TestTables tables) {
    String table = tables.create(ReadingSchema.INSTANCE);
    client.putItem(
        PutItemRequest.builder()
            .tableName(table)
            .item(Map.of(
                "name", AttributeValue.fromS("sensor-1"),
                "year", AttributeValue.fromN("2024"),
                "value", AttributeValue.fromS("not a number")))
            .build());
    ItemMappingException e =
        assertThrows(ItemMappingException.class, () -> new ReadingRepository(client, table).get("sensor-1", 2024));
    assertEquals(
        "table " + table + ", item {name=\"sensor-1\", year=2024}: attribute 'value' should be N (number)"
            + " but the item holds S (string)",
        e.getMessage());
  }

  @Test
  void createTableIfNotExistsIsIdempotent(DynamoDbClient client, TestTables tables) {
    String table = tables.create(ReadingSchema.INSTANCE);
    ReadingRepository repository = new ReadingRepository(client, table);
    assertFalse(repository.createTableIfNotExists());
    assertThrows(io.dynamap.runtime.error.DynamapException.class, repository::createTable);
  }

  private static Map<String, AttributeValue> rawItem(
      DynamoDbClient client, String table, Map<String, AttributeValue> key) {
    return client.getItem(GetItemRequest.builder().tableName(table).key(key).build()).item();
  }

  private static void assertSameValues(Everything expected, Everything actual) {
    List<Object> e = values(expected);
    List<Object> a = values(actual);
    for (int i = 0; i < e.size(); i++) {
      assertEquals(e.get(i), a.get(i), "component " + i);
    }
    assertArrayEquals(expected.payload(), actual.payload());
  }

  private static List<Object> values(Everything x) {
    return List.of(
        x.id(), x.version(), x.name(), x.level(), x.yearValue(), x.date(), x.longValue(),
        x.shortValue(), x.byteValue(), x.doubleValue(), x.floatValue(), x.flag(), x.boxedInt(),
        x.boxedLong(), x.boxedShort(), x.boxedByte(), x.boxedDouble(), x.boxedFloat(),
        x.boxedFlag(), x.amount(), x.big());
  }
}
