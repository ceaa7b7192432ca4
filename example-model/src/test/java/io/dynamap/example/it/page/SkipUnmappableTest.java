package io.dynamap.example.it.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamap.example.it.Reading;
import io.dynamap.example.it.ReadingKeys;
import io.dynamap.example.it.ReadingRepository;
import io.dynamap.example.it.ReadingSchema;
import io.dynamap.runtime.error.ItemMappingException;
import io.dynamap.runtime.page.Page;
import io.dynamap.runtime.page.PageRequest;
import io.dynamap.runtime.page.Query;
import io.dynamap.runtime.page.UnmappableItem;
import io.dynamap.testing.DynamapLocalTest;
import io.dynamap.testing.TestTables;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;

/**
 * A table shared with another writer, against Dynamap Local: readings of 2020 to 2029, of which
 * another service wrote 2023 and 2027 in its own shape. By default such an item stops a query or
 * scan; {@code skipUnmappable} leaves it out, hands it over with its key and the error, and keeps
 * pages, limits, cursors and counts right.
 */
@DynamapLocalTest
class SkipUnmappableTest {
  private ReadingRepository readings;
  private String table;
  private final List<UnmappableItem> skipped = new ArrayList<>();

  @BeforeEach
  void writeReadingsAndTwoForeignItems(DynamoDbClient client, TestTables tables) {
    table = tables.create(ReadingSchema.INSTANCE);
    readings = new ReadingRepository(client, table);
    for (int year = 2020; year < 2030; year++) {
      readings.put(new Reading("sensor-1", year, year / 10.0, null));
    }
    foreign(client, 2023, AttributeValue.fromS("n/a"));
    foreign(client, 2027, AttributeValue.fromBool(false));
  }

  private void foreign(DynamoDbClient client, int year, AttributeValue value) {
    client.putItem(
        PutItemRequest.builder()
            .tableName(table)
            .item(
                Map.of(
                    "name", AttributeValue.fromS("sensor-1"),
                    "year", AttributeValue.fromN(Integer.toString(year)),
                    "value", value))
            .build());
  }

  private Query<Reading> query() {
    return readings.query(ReadingKeys.partition("sensor-1"));
  }

  private static List<Integer> years(List<Reading> items) {
    return items.stream().map(Reading::year).toList();
  }

  @Test
  void byDefaultAnUnmappableItemStopsTheRead() {
    ItemMappingException e =
        assertThrows(ItemMappingException.class, () -> query().stream().toList());
    assertEquals(
        "table " + table + ", item {name=\"sensor-1\", year=2023}: attribute 'value' should be N"
            + " (number) but the item holds S (string)",
        e.getMessage());
    assertThrows(ItemMappingException.class, () -> readings.scan().stream().toList());
  }

  @Test
  void skippedItemsAreHandedOverWithTheirKeyAndError() {
    List<Reading> items = query().skipUnmappable(skipped::add).stream().toList();

    assertEquals(List.of(2020, 2021, 2022, 2024, 2025, 2026, 2028, 2029), years(items));
    assertEquals(2, skipped.size());
    UnmappableItem first = skipped.get(0);
    assertEquals(
        Map.of("name", AttributeValue.fromS("sensor-1"), "year", AttributeValue.fromN("2023")),
        first.key());
    assertEquals(AttributeValue.fromS("n/a"), first.item().get("value"));
    assertEquals("value", first.error().attributePath().orElseThrow());
    assertTrue(first.error().getMessage().contains("item {name=\"sensor-1\", year=2023}"));
    assertEquals(AttributeValue.fromN("2027"), skipped.get(1).key().get("year"));
    assertTrue(
        skipped.get(1).error().getMessage().endsWith("but the item holds BOOL (boolean)"),
        skipped.get(1).error().getMessage());
  }

  @Test
  void pagesKeepDynamoDbsCountsAndCursorsResumeAfterSkippedItems() {
    Query<Reading> query = query().skipUnmappable(skipped::add).pageSize(4);

    List<Page<Reading>> pages = query.pages().toList();
    assertEquals(10, pages.stream().mapToInt(Page::count).sum(), "DynamoDB's count: every item");
    assertEquals(8, pages.stream().mapToInt(page -> page.items().size()).sum());
    assertEquals(2, skipped.size());

    Page<Reading> first = query.firstPage();
    assertEquals(List.of(2020, 2021, 2022), years(first.items()));
    assertEquals(4, first.count());
    Page<Reading> second = query.startingAfter(first.cursor().orElseThrow()).firstPage();
    assertEquals(List.of(2024, 2025, 2026), years(second.items()));

    assertEquals(10, query().count(), "Select=COUNT counts what DynamoDB holds");
  }

  @Test
  void limitsAndPageRequestsCountOnlyTheItemsReturned() {
    assertEquals(
        List.of(2020, 2021, 2022, 2024, 2025),
        years(query().skipUnmappable(skipped::add).limit(5).stream().toList()));
    assertEquals(List.of(2023), skipped.stream().map(s -> s.key().get("year").n()).map(Integer::valueOf).toList());

    Page<Reading> page = query().skipUnmappable(item -> {}).page(PageRequest.first(4));
    assertEquals(List.of(2020, 2021, 2022, 2024), years(page.items()));
    Page<Reading> next =
        query().skipUnmappable(item -> {}).page(PageRequest.first(4).next(page));
    assertEquals(List.of(2025, 2026, 2028, 2029), years(next.items()));
  }

  @Test
  void scansSkipToo() {
    assertEquals(8, readings.scan().skipUnmappable(skipped::add).stream().count());
    assertEquals(2, skipped.size());

    List<UnmappableItem> parallel = Collections.synchronizedList(new ArrayList<>());
    assertEquals(8, readings.scan().segments(3).skipUnmappable(parallel::add).stream().count());
    assertEquals(2, parallel.size());
  }
}
