package io.dynamap.example.it.single;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dynamap.testing.DynamapLocalTest;
import io.dynamap.testing.TestTables;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;

/**
 * Composed keys of signed numbers and of text with separators, sorted and compared by DynamoDB
 * Local itself: key order must be value order.
 */
@DynamapLocalTest
class ComposedValuesTest {
  @Test
  void signedNumbersSortNumericallyIncludingNegatives(DynamoDbClient client, TestTables tables) {
    EntryRepository entries = new EntryRepository(client, tables.create(EntrySchema.INSTANCE));
    Random random = new Random(7);
    List<Entry> all = new ArrayList<>();
    long[] edges = {Long.MIN_VALUE, Long.MIN_VALUE + 1, -1_000_000, -10, -9, -1, 0, 1, 9, 10, 1_000_000,
        Long.MAX_VALUE - 1, Long.MAX_VALUE};
    for (long edge : edges) {
      all.add(new Entry("a#1", -2026, edge, "edge " + edge));
    }
    for (int i = 0; i < 60; i++) {
      long sequence = random.nextBoolean() ? random.nextLong() : random.nextInt(2001) - 1000;
      all.add(new Entry("a#1", -2026, sequence, "random"));
    }
    all.forEach(entries::put);
    List<Entry> sorted = all.stream().distinct().sorted(Comparator.comparingLong(Entry::sequence))
        .collect(java.util.stream.Collectors.toMap(Entry::sequence, e -> e, (a, b) -> b,
            java.util.LinkedHashMap::new)).values().stream().toList();

    assertEquals(sorted.stream().map(Entry::sequence).toList(),
        entries.query(EntryKeys.partition("a#1", -2026).all()).stream().map(Entry::sequence).toList());
    var sequence = EntryKeys.partition("a#1", -2026).sequence();
    for (long pivot : new long[] {-10, -1, 0, 1, Long.MIN_VALUE, Long.MAX_VALUE}) {
      assertEquals(select(sorted, e -> e.sequence() < pivot), entries.query(sequence.lt(pivot)).stream().toList(), "lt " + pivot);
      assertEquals(select(sorted, e -> e.sequence() <= pivot), entries.query(sequence.le(pivot)).stream().toList(), "le " + pivot);
      assertEquals(select(sorted, e -> e.sequence() > pivot), entries.query(sequence.gt(pivot)).stream().toList(), "gt " + pivot);
      assertEquals(select(sorted, e -> e.sequence() >= pivot), entries.query(sequence.ge(pivot)).stream().toList(), "ge " + pivot);
    }
    assertEquals(select(sorted, e -> e.sequence() >= -1_000_000 && e.sequence() <= 10),
        entries.query(sequence.between(-1_000_000L, 10L)).stream().toList());

    // The partition's '#' in "a#1" is escaped, and the negative year fixed-width.
    Map<String, AttributeValue> stored = client.getItem(GetItemRequest.builder()
        .tableName(entries.tableName()).key(EntrySchema.INSTANCE.key("a#1", -2026, -1L)).build()).item();
    assertEquals("ACCOUNT#a%231#-2147481622", stored.get("PK").s());
    assertEquals("ENTRY#-9223372036854775807", stored.get("SK").s());
    assertEquals("ENTRY", stored.get("kind").s());
  }

  @Test
  void textAfterAFixedWidthDateKeepsItsOrderAndPrefixes(DynamoDbClient client, TestTables tables) {
    NoteRepository notes = new NoteRepository(client, tables.create(NoteSchema.INSTANCE));
    LocalDate day = LocalDate.of(2026, 11, 23);
    List<Note> all = new ArrayList<>();
    for (String title : List.of("a", "a#b", "a%", "ab", "b", "Zeta", "été", "a b", "#1", "")) {
      all.add(new Note("acc", 2026, day, title, (short) -3));
      all.add(new Note("acc", 2026, day.plusDays(1), title, (short) 3));
    }
    all.forEach(notes::put);
    List<Note> read = notes.query(NoteKeys.partition("acc", 2026).all()).stream().toList();
    assertEquals(all.size(), read.size());
    assertEquals(all.stream().map(Note::title).sorted().distinct().count() * 2, read.size());
    // Within a day, titles read back exactly; days in order.
    assertEquals(select(read, n -> n.day().equals(day)).size(), all.size() / 2);
    var title = NoteKeys.partition("acc", 2026).title(day);
    assertEquals(List.of("a", "a b", "a#b", "a%", "ab").stream().sorted(ComposedValuesTest::escapedOrder).toList(),
        notes.query(title.beginsWith("a")).stream().map(Note::title).toList());
    assertEquals(List.of("a#b"), notes.query(title.eq("a#b")).stream().map(Note::title).toList());
    assertEquals(List.of("#1"), notes.query(title.beginsWith("#")).stream().map(Note::title).toList());
    assertEquals((short) 3, notes.query(NoteKeys.partition("acc", 2026).title(day.plusDays(1)).eq("été"))
        .stream().findFirst().orElseThrow().priority());
  }

  /** The order DynamoDB keeps escaped titles in: by their escaped form. */
  private static int escapedOrder(String a, String b) {
    return io.dynamap.runtime.key.KeyParts.text(a).compareTo(io.dynamap.runtime.key.KeyParts.text(b));
  }

  private static <T> List<T> select(List<T> items, Predicate<T> which) {
    return items.stream().filter(which).toList();
  }
}
