package io.dynamap.example.it.generated;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamap.runtime.batch.BatchWriter;
import io.dynamap.runtime.tx.Transaction;
import io.dynamap.testing.DynamapLocalTest;
import io.dynamap.testing.TestTables;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;

/**
 * {@code @AutoUuid}, {@code @AutoTimestamp} and {@code @AtomicCounter} on every write path, against
 * Dynamap Local; each stored item is read back with the raw client, so what is checked is what
 * DynamoDB holds, not what the mapper decodes.
 */
@DynamapLocalTest
class GeneratedValuesTest {
  private DynamoDbClient client;
  private String ticketTable;
  private TicketRepository tickets;
  private StickerRepository stickers;
  private BoardItemRepository board;
  private PostRepository posts;
  private String boardTable;
  private EventRepository events;
  private RevisionRepository revisions;

  @BeforeEach
  void createTables(DynamoDbClient client, TestTables tables) {
    this.client = client;
    ticketTable = tables.create(TicketSchema.INSTANCE);
    tickets = new TicketRepository(client, ticketTable);
    stickers = new StickerRepository(client, tables.create(StickerSchema.INSTANCE));
    boardTable = tables.create(BoardItemSchema.INSTANCE);
    board = new BoardItemRepository(client, boardTable);
    posts = new PostRepository(client, boardTable);
    events = new EventRepository(client, tables.create(EventSchema.INSTANCE));
    revisions = new RevisionRepository(client, tables.create(RevisionSchema.INSTANCE));
  }

  // put and save

  @Test
  void aPutFillsEveryGeneratedValueTheEntityLacks() {
    Instant before = Instant.now();
    tickets.put(Ticket.open("printer"));
    Instant after = Instant.now();

    Map<String, AttributeValue> item = onlyItem(ticketTable);
    UUID id = UUID.fromString(item.get("id").s());
    assertEquals(4, id.version(), "a random UUID");
    UUID.fromString(item.get("traceId").s());
    assertNotEquals(item.get("id").s(), item.get("traceId").s(), "one UUID per attribute");
    Instant createdAt = Instant.parse(item.get("createdAt").s());
    assertTrue(!createdAt.isBefore(before) && !createdAt.isAfter(after), createdAt.toString());
    assertEquals(item.get("createdAt"), item.get("updatedAt"), "one time for the whole write");
    assertEquals(LocalDate.ofInstant(createdAt, ZoneOffset.UTC).toString(), item.get("createdOn").s());
    assertTrue(item.get("touchedAt").s().endsWith("Z[Z]"), item.get("touchedAt").s());
    assertEquals("0", item.get("views").n(), "a counter starts at start");
    assertEquals("100", item.get("stock").n());
    assertEquals(
        new Ticket(
            id,
            "printer",
            item.get("traceId").s(),
            createdAt,
            createdAt,
            LocalDate.ofInstant(createdAt, ZoneOffset.UTC),
            createdAt.atZone(ZoneOffset.UTC),
            0L,
            100),
        tickets.get(id).orElseThrow());
  }

  @Test
  void aSaveReturnsTheEntityAsStoredAndASecondSaveKeepsWhatWasCreated() {
    Ticket saved = tickets.save(Ticket.open("printer"));
    assertNotNull(saved.id());
    assertEquals(saved, tickets.get(saved.id()).orElseThrow());
    assertEquals(0L, saved.views());

    Ticket resaved = tickets.save(saved.withTitle("printer on fire"));
    assertEquals(saved.id(), resaved.id());
    assertEquals(saved.traceId(), resaved.traceId());
    assertEquals(saved.createdAt(), resaved.createdAt(), "a value the entity holds is kept");
    assertEquals(saved.createdOn(), resaved.createdOn());
    assertTrue(resaved.updatedAt().isAfter(saved.updatedAt()), "every write stamps");
    assertEquals(0L, resaved.views(), "a put stores the count it was given: updates count");
    Map<String, AttributeValue> item = rawTicket(saved.id());
    assertEquals(resaved.updatedAt().toString(), Instant.parse(item.get("updatedAt").s()).toString());
    assertEquals("printer on fire", item.get("title").s());
  }

  @Test
  void aPutKeepsTheValuesTheEntityHoldsExceptTheEveryWriteTimestamps() {
    UUID id = UUID.randomUUID();
    Instant longAgo = Instant.parse("2020-01-02T03:04:05Z");
    tickets.put(
        new Ticket(id, "given", "trace-1", longAgo, longAgo, LocalDate.of(2020, 1, 2), null, 7L, 3));
    Map<String, AttributeValue> item = rawTicket(id);
    assertEquals("trace-1", item.get("traceId").s());
    assertEquals(longAgo, Instant.parse(item.get("createdAt").s()));
    assertEquals("2020-01-02", item.get("createdOn").s());
    assertNotEquals(longAgo, Instant.parse(item.get("updatedAt").s()));
    assertNotNull(item.get("touchedAt"));
    assertEquals("7", item.get("views").n());
    assertEquals("3", item.get("stock").n());
  }

  @Test
  void putIfAbsentFillsAGeneratedKey() {
    assertTrue(tickets.putIfAbsent(Ticket.open("new")));
    assertNotNull(onlyItem(ticketTable).get("id"));
  }

  // updates

  @Test
  void anUpdateCountsAndStampsWithoutReading() {
    Ticket saved = tickets.save(Ticket.open("printer"));
    Ticket updated = tickets.update(saved).set(TicketAttributes.title, "printer fixed").execute();
    assertEquals("printer fixed", updated.title());
    assertEquals(1L, updated.views(), "start + delta");
    assertEquals(95, updated.stock(), "100 - 5");
    assertEquals(saved.createdAt(), updated.createdAt(), "if_not_exists keeps the creation time");
    assertEquals(saved.traceId(), updated.traceId());
    assertTrue(updated.updatedAt().isAfter(saved.updatedAt()));

    tickets.update(saved.id()).executeWithoutResult(); // an update with no action of its own
    Map<String, AttributeValue> item = rawTicket(saved.id());
    assertEquals("2", item.get("views").n());
    assertEquals("90", item.get("stock").n());
    assertEquals(saved.createdAt(), Instant.parse(item.get("createdAt").s()));
  }

  @Test
  void anUpdateThatCreatesTheItemStoresTheStartAndStampsTheCreation() {
    UUID id = UUID.randomUUID();
    Ticket created = tickets.update(id).set(TicketAttributes.title, "upserted").execute();
    assertEquals(id, created.id());
    assertEquals(0L, created.views(), "the first update stores start");
    assertEquals(100, created.stock());
    assertNotNull(created.createdAt());
    assertEquals(created.createdAt(), created.updatedAt());
    assertNotNull(created.traceId());
    Map<String, AttributeValue> item = rawTicket(id);
    assertEquals("0", item.get("views").n());
    assertEquals(created.traceId(), item.get("traceId").s());
  }

  @Test
  void anUpdateThatNamesAGeneratedAttributeIsLeftAsWritten() {
    Ticket saved = tickets.save(Ticket.open("printer"));
    Instant chosen = Instant.parse("2030-01-01T00:00:00Z");
    Ticket updated =
        tickets
            .update(saved)
            .set(TicketAttributes.updatedAt, chosen)
            .increment(TicketAttributes.views, 10)
            .remove(TicketAttributes.traceId)
            .execute();
    assertEquals(chosen, updated.updatedAt());
    assertEquals(10L, updated.views(), "the caller's increment only");
    assertNull(updated.traceId());
    assertEquals(95, updated.stock(), "the counter the update does not name still counts");
  }

  @Test
  void concurrentUpdatesAllCount() throws Exception {
    Ticket saved = tickets.save(Ticket.open("popular"));
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> done =
          java.util.stream.IntStream.range(0, 20)
              .<Future<?>>mapToObj(
                  i -> pool.submit(() -> tickets.update(saved.id()).executeWithoutResult()))
              .toList();
      for (Future<?> f : done) {
        f.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals("20", rawTicket(saved.id()).get("views").n());
    assertEquals(String.valueOf(100 - 20 * 5), rawTicket(saved.id()).get("stock").n());
  }

  // batch writes and transactions

  @Test
  void aBatchPutFillsEachEntity() {
    try (BatchWriter writer = BatchWriter.of(client)) {
      writer.put(tickets, Ticket.open("one"));
      writer.put(tickets, Ticket.open("two"));
    }
    List<Map<String, AttributeValue>> items =
        client.scan(ScanRequest.builder().tableName(ticketTable).build()).items();
    assertEquals(2, items.size());
    Set<String> ids = new HashSet<>();
    for (Map<String, AttributeValue> item : items) {
      ids.add(item.get("id").s());
      assertNotNull(item.get("createdAt"));
      assertEquals("0", item.get("views").n());
      assertEquals("100", item.get("stock").n());
    }
    assertEquals(2, ids.size(), "a UUID each");
  }

  @Test
  void aTransactionFillsItsPutsAndCountsItsUpdates() {
    Ticket saved = tickets.save(Ticket.open("existing"));
    Transaction.write(client)
        .put(tickets, Ticket.open("new in tx"))
        .update(tickets, tickets.update(saved).set(TicketAttributes.title, "updated in tx"))
        .execute();
    Map<String, AttributeValue> updated = rawTicket(saved.id());
    assertEquals("updated in tx", updated.get("title").s());
    assertEquals("1", updated.get("views").n());
    assertEquals("95", updated.get("stock").n());
    assertEquals(saved.createdAt(), Instant.parse(updated.get("createdAt").s()));
    List<Map<String, AttributeValue>> created =
        client.scan(ScanRequest.builder().tableName(ticketTable).build()).items().stream()
            .filter(item -> item.get("title").s().equals("new in tx"))
            .toList();
    assertEquals(1, created.size());
    assertNotNull(created.get(0).get("id"));
    assertNotNull(created.get(0).get("createdAt"));
    assertEquals("0", created.get(0).get("views").n());
  }

  // beans and item collections

  @Test
  void aBeanIsSavedAndReturnedAsStored() {
    Sticker sticker = new Sticker();
    sticker.setLabel("fragile");
    Sticker saved = stickers.save(sticker);
    assertNotNull(saved.getCode());
    assertNotNull(saved.getPrintedAt());
    assertNull(sticker.getCode(), "the bean given is left as it was; the one returned is stored");
    stickers.update(saved).executeWithoutResult();
    assertEquals(1L, stickers.get(saved.getCode()).orElseThrow().getCopies(), "0, then one update");
  }

  @Test
  void aCollectionFillsTheMembersThatGenerateValues() {
    board.put(new Post("b1", "hello", "hi all", null, null));
    board.put(new Pin("b1", "hello"));
    Post post = posts.get("b1", "hello").orElseThrow();
    assertNotNull(post.postedAt());
    assertEquals(0L, post.likes());
    Post liked = (Post) board.update(post).execute();
    assertEquals(1L, liked.likes());
    assertEquals(post.postedAt(), liked.postedAt());
    assertEquals(Set.of("POST#hello", "PIN#hello"), sortKeys());
    Post viaMember = posts.update("b1", "hello").execute();
    assertEquals(2L, viaMember.likes());
    assertFalse(board.query(BoardItemKeys.partition("b1")).stream().toList().isEmpty());
  }

  @Test
  void aCreationTimestampCanBeTheSortKeyThatPutsFill() {
    events.put(new Event("s", null, "started"));
    Event started = events.query(EventKeys.partition("s")).stream().findFirst().orElseThrow();
    assertNotNull(started.at());
    assertEquals("started", started.what());
    Event stopped = events.save(new Event("s", null, "stopped"));
    assertTrue(stopped.at().isAfter(started.at()));
    // an update names its item by its key, which it cannot generate
    Event renamed = events.update("s", started.at()).set(EventAttributes.what, "began").execute();
    assertEquals(new Event("s", started.at(), "began"), renamed);
  }

  @Test
  void aVersionedEntityIsStampedAndVersionedByOneSave() {
    Revision first = revisions.save(new Revision("r", "one", null, 0));
    assertEquals(1, first.version());
    assertNotNull(first.savedAt());
    Revision second = revisions.save(new Revision("r", "two", first.savedAt(), first.version()));
    assertEquals(2, second.version());
    assertTrue(second.savedAt().isAfter(first.savedAt()));
    Revision third = revisions.update(second).set(RevisionAttributes.text, "three").execute();
    assertEquals(3, third.version());
    assertTrue(third.savedAt().isAfter(second.savedAt()));
    assertEquals(third, revisions.get("r").orElseThrow());
  }

  private Set<String> sortKeys() {
    Set<String> keys = new HashSet<>();
    for (Map<String, AttributeValue> item :
        client.scan(ScanRequest.builder().tableName(boardTable).build()).items()) {
      keys.add(item.get(board.schema().key().sortKey().name()).s());
    }
    return keys;
  }

  private Map<String, AttributeValue> rawTicket(UUID id) {
    return client
        .getItem(
            GetItemRequest.builder()
                .tableName(ticketTable)
                .key(Map.of("id", AttributeValue.fromS(id.toString())))
                .consistentRead(true)
                .build())
        .item();
  }

  private Map<String, AttributeValue> onlyItem(String table) {
    List<Map<String, AttributeValue>> items =
        client.scan(ScanRequest.builder().tableName(table).build()).items();
    assertEquals(1, items.size(), items.toString());
    return items.get(0);
  }
}
