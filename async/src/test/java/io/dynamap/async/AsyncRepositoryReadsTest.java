package io.dynamap.async;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamap.runtime.TableRepository;
import io.dynamap.runtime.expr.Expression;
import io.dynamap.runtime.expr.StringAttribute;
import io.dynamap.runtime.key.KeyCondition;
import io.dynamap.runtime.page.Page;
import io.dynamap.runtime.page.PageRequest;
import io.dynamap.runtime.schema.IndexDefinition;
import io.dynamap.runtime.schema.ItemSchema;
import io.dynamap.runtime.schema.KeyDefinition;
import io.dynamap.runtime.schema.ProjectionSchema;
import io.dynamap.runtime.schema.SecondaryIndex;
import io.dynamap.testing.DynamapLocalTest;
import io.dynamap.testing.LocalDynamoDb;
import io.dynamap.testing.TestTables;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * {@link AsyncTableRepository#query}, {@link AsyncTableRepository#scan()}, {@link
 * AsyncTableRepository#scanIndex} and {@link AsyncTableRepository#scan(SecondaryIndex)} against
 * Dynamap Local, each compared with the blocking {@link TableRepository}'s answer on the same
 * table: a table shared with another entity type, whose items the scans leave out.
 */
@DynamapLocalTest
class AsyncRepositoryReadsTest {
  private static final long WAIT_SECONDS = 60;

  /** A note of an owner, tagged; stored with the type "NOTE" in a table shared with others. */
  record Note(String owner, String id, String tag, String text) {}

  static final StringAttribute<Note, String> TEXT =
      new StringAttribute<>("text") {
        @Override
        protected AttributeValue encode(String value) {
          return AttributeValue.fromS(value);
        }
      };

  static final SecondaryIndex<Note> BY_TAG = new SecondaryIndex<>("byTag", true);

  static final class NoteSchema implements ItemSchema<Note> {
    static final NoteSchema INSTANCE = new NoteSchema();

    @Override
    public String entityName() {
      return "Note";
    }

    @Override
    public String tableName() {
      return "Notes";
    }

    @Override
    public KeyDefinition key() {
      return KeyDefinition.of("owner", ScalarAttributeType.S, "id", ScalarAttributeType.S);
    }

    @Override
    public List<IndexDefinition> indexes() {
      return List.of(
          new IndexDefinition(
              "byTag",
              true,
              new KeyDefinition.KeyAttribute("tag", ScalarAttributeType.S),
              new KeyDefinition.KeyAttribute("id", ScalarAttributeType.S),
              ProjectionType.ALL,
              List.of()));
    }

    @Override
    public Optional<String> typeAttribute() {
      return Optional.of("_type");
    }

    @Override
    public Set<String> typeValues() {
      return Set.of("NOTE");
    }

    @Override
    public Map<String, AttributeValue> toItem(Note note) {
      return Map.of(
          "_type", AttributeValue.fromS("NOTE"),
          "owner", AttributeValue.fromS(note.owner()),
          "id", AttributeValue.fromS(note.id()),
          "tag", AttributeValue.fromS(note.tag()),
          "text", AttributeValue.fromS(note.text()));
    }

    @Override
    public Note fromItem(Map<String, AttributeValue> item) {
      return new Note(
          item.get("owner").s(), item.get("id").s(), item.get("tag").s(), item.get("text").s());
    }

    @Override
    public Map<String, AttributeValue> keyOf(Note note) {
      return Map.of(
          "owner", AttributeValue.fromS(note.owner()), "id", AttributeValue.fromS(note.id()));
    }
  }

  /** What the generated key class's conditions are: the table's partition, or the index's. */
  static final class NoteKey extends KeyCondition<Note> {
    NoteKey(String index, String partitionKey, String value) {
      super(index, partitionKey, AttributeValue.fromS(value));
    }
  }

  static final class BlockingNotes extends TableRepository<Note> {
    BlockingNotes(DynamoDbClient client, String tableName) {
      super(client, NoteSchema.INSTANCE, tableName);
    }
  }

  static final class AsyncNotes extends AsyncTableRepository<Note> {
    AsyncNotes(DynamoDbAsyncClient client, String tableName) {
      super(client, NoteSchema.INSTANCE, tableName);
    }
  }

  private final DynamoDbAsyncClient client =
      DynamapAsyncClientsTest.client(LocalDynamoDb.shared().endpoint()).build();
  private final DynamoDbClient blockingClient;
  private final String table;
  private final BlockingNotes blocking;
  private final AsyncNotes notes;

  AsyncRepositoryReadsTest(TestTables tables, DynamoDbClient blockingClient) {
    this.blockingClient = blockingClient;
    this.table = tables.create(NoteSchema.INSTANCE);
    this.blocking = new BlockingNotes(blockingClient, table);
    this.notes = new AsyncNotes(client, table);
  }

  @AfterEach
  void closeClient() {
    client.close();
  }

  private static <V> V await(CompletableFuture<V> future) throws Exception {
    return future.get(WAIT_SECONDS, TimeUnit.SECONDS);
  }

  /** Seven notes of two owners, and an item of another type in the same partitions and index. */
  private List<Note> store() throws Exception {
    List<Note> stored = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      stored.add(new Note("ann", "n" + i, i % 2 == 0 ? "even" : "odd", "note " + i));
    }
    stored.add(new Note("bob", "n0", "even", "bob's"));
    stored.add(new Note("bob", "n1", "odd", "bob's other"));
    for (Note note : stored) {
      await(notes.put(note));
    }
    blockingClient.putItem(
        request ->
            request
                .tableName(table)
                .item(
                    Map.of(
                        "_type", AttributeValue.fromS("REMINDER"),
                        "owner", AttributeValue.fromS("ann"),
                        "id", AttributeValue.fromS("r0"),
                        "tag", AttributeValue.fromS("even"),
                        "text", AttributeValue.fromS("not a note"))));
    return stored;
  }

  /** Every item a publisher publishes, requested all at once. */
  private static <T> List<T> collect(Flow.Publisher<T> publisher) throws Exception {
    CompletableFuture<List<T>> done = new CompletableFuture<>();
    List<T> items = new ArrayList<>();
    publisher.subscribe(
        new Flow.Subscriber<T>() {
          @Override
          public void onSubscribe(Flow.Subscription subscription) {
            subscription.request(Long.MAX_VALUE);
          }

          @Override
          public void onNext(T item) {
            items.add(item);
          }

          @Override
          public void onError(Throwable error) {
            done.completeExceptionally(error);
          }

          @Override
          public void onComplete() {
            done.complete(items);
          }
        });
    return await(done);
  }

  @Test
  void aQueryReadsWhatTheBlockingQueryReadsAndSharesItsCursors() throws Exception {
    store();
    NoteKey ann = new NoteKey(null, "owner", "ann");
    List<Note> expected = blocking.query(ann).stream().toList();
    // Ann's five notes and the reminder in her partition: this hand-made condition has no type
    // filter (a generated one of a single-table type has), so both APIs read all six.
    assertEquals(6, expected.size());
    assertEquals(expected, collect(notes.query(ann).items()));
    assertEquals(expected, await(notes.query(ann).toList()));
    assertEquals(
        blocking.query(ann).descending().limit(2).stream().toList(),
        await(notes.query(ann).descending().limit(2).toList()));
    assertEquals(Optional.of(expected.get(0)), await(notes.query(ann).first()));
    assertEquals(Optional.empty(), await(notes.query(new NoteKey(null, "owner", "eve")).first()));
    assertEquals(blocking.query(ann).count(), (long) await(notes.query(ann).count()));

    // A page read without blocking resumes with the blocking API, and the other way round.
    Page<Note> first = await(notes.query(ann).page(PageRequest.first(2)));
    assertEquals(expected.subList(0, 2), first.items());
    assertTrue(first.cursor().isPresent());
    Page<Note> second = blocking.query(ann).page(PageRequest.of(2, first.cursor().orElseThrow()));
    assertEquals(expected.subList(2, 4), second.items());
    Page<Note> third = await(notes.query(ann).page(PageRequest.of(2, second.cursor().orElseThrow())));
    assertEquals(expected.subList(4, 6), third.items());
  }

  @Test
  void scansKeepToTheSchemasOwnTypesAsTheBlockingScansDo() throws Exception {
    List<Note> stored = store();
    Comparator<Note> byKey = Comparator.comparing(Note::owner).thenComparing(Note::id);
    List<Note> all = stored.stream().sorted(byKey).toList();

    List<Note> scanned = await(notes.scan().toList());
    assertEquals(blocking.scan().stream().toList(), scanned);
    assertEquals(all, scanned.stream().sorted(byKey).toList(), "the reminder is left out");
    assertEquals(all.size(), (long) await(notes.scan().count()));
    assertEquals(
        blocking.scan().filter(TEXT.beginsWith("bob")).stream().toList(),
        collect(notes.scan().filter(TEXT.beginsWith("bob")).items()));

    List<Note> tagged = await(notes.scanIndex("byTag").toList());
    assertEquals(blocking.scanIndex("byTag").stream().toList(), tagged);
    assertEquals(all, tagged.stream().sorted(byKey).toList());
    assertEquals(tagged, await(notes.scan(BY_TAG).toList()));
    assertEquals(Optional.of("byTag"), notes.scan(BY_TAG).indexName());
  }

  @Test
  void aQueryOfAnIndexReadsItAndAGlobalIndexRefusesConsistentReadsAtOnce() throws Exception {
    store();
    NoteKey even = new NoteKey("byTag", "tag", "even");
    assertEquals(
        blocking.query(even).stream().toList(), await(notes.query(even).toList()));
    IllegalStateException refused =
        assertThrows(IllegalStateException.class, () -> notes.query(even).consistentRead());
    assertEquals(
        assertThrows(IllegalStateException.class, () -> blocking.query(even).consistentRead())
            .getMessage(),
        refused.getMessage());
    assertThrows(IllegalStateException.class, () -> notes.scan(BY_TAG).consistentRead());
    // The table reads consistently.
    assertEquals(
        blocking.query(new NoteKey(null, "owner", "bob")).stream().toList(),
        await(notes.query(new NoteKey(null, "owner", "bob")).consistentRead().toList()));
  }

  @Test
  void anUnknownIndexIsRefusedAtOnceAsTheBlockingRepositoryRefusesIt() {
    IllegalArgumentException refused =
        assertThrows(IllegalArgumentException.class, () -> notes.scanIndex("byColour"));
    assertEquals("Note has no index byColour; its indexes are [byTag]", refused.getMessage());
    assertEquals(
        refused.getMessage(),
        assertThrows(IllegalArgumentException.class, () -> blocking.scanIndex("byColour"))
            .getMessage());
    assertThrows(NullPointerException.class, () -> notes.query(null));
    assertThrows(NullPointerException.class, () -> notes.scanIndex(null));
    assertThrows(NullPointerException.class, () -> notes.scan((SecondaryIndex<Note>) null));
  }

  @Test
  void aFailedReadFailsTheFutureWithDynamapsExceptionItself() throws Exception {
    AsyncNotes missing = new AsyncNotes(client, table + "-missing");
    Throwable error =
        missing.scan().toList().handle((value, e) -> e).get(WAIT_SECONDS, TimeUnit.SECONDS);
    assertInstanceOf(io.dynamap.runtime.error.TableNotFoundException.class, error);
    error =
        missing
            .query(new NoteKey(null, "owner", "ann"))
            .first()
            .handle((value, e) -> e)
            .get(WAIT_SECONDS, TimeUnit.SECONDS);
    assertInstanceOf(io.dynamap.runtime.error.TableNotFoundException.class, error);
    assertTrue(error.getMessage().contains(table + "-missing"), error.getMessage());
  }

  /** The text of a note, as a generated projection schema of a one-component record reads it. */
  record NoteText(String text) {}

  static final ProjectionSchema<Note, NoteText> NOTE_TEXT =
      new ProjectionSchema<>() {
        private final Expression projection = ProjectionSchema.expressionOf("text");

        @Override
        public String projectionName() {
          return "NoteText";
        }

        @Override
        public Expression projection() {
          return projection;
        }

        @Override
        public NoteText fromItem(Map<String, AttributeValue> item) {
          // Only the projected attribute came back.
          assertEquals(Set.of("text"), item.keySet());
          return new NoteText(item.get("text").s());
        }
      };

  @Test
  void getWithAProjectionReadsOnlyItsAttributesAsTheBlockingGetDoes() throws Exception {
    store();
    Map<String, AttributeValue> key = NoteSchema.INSTANCE.keyOf(new Note("ann", "n3", "", ""));
    assertEquals(Optional.of(new NoteText("note 3")), await(notes.get(key, NOTE_TEXT)));
    assertEquals(blocking.get(key, NOTE_TEXT), await(notes.get(key, NOTE_TEXT)));
    Map<String, AttributeValue> absent = NoteSchema.INSTANCE.keyOf(new Note("eve", "n0", "", ""));
    assertEquals(Optional.empty(), await(notes.get(absent, NOTE_TEXT)));
    assertThrows(NullPointerException.class, () -> notes.get(key, null));
    assertInstanceOf(
        io.dynamap.runtime.error.TableNotFoundException.class,
        new AsyncNotes(client, table + "-missing")
            .get(key, NOTE_TEXT)
            .handle((value, e) -> e)
            .get(WAIT_SECONDS, TimeUnit.SECONDS));
  }

  @Test
  void deleteAllDeletesEveryItemAQueryReadsPageAfterPageAndCountsThem() throws Exception {
    store();
    // Sixty notes of one owner read seven a page: more pages and batches than one of each.
    for (int i = 0; i < 60; i++) {
      await(notes.put(new Note("cat", String.format("n%02d", i), "even", "cat's " + i)));
    }
    NoteKey cat = new NoteKey(null, "owner", "cat");
    assertEquals(60L, (long) await(notes.deleteAll(notes.query(cat).pageSize(7))));
    assertEquals(List.of(), blocking.query(cat).stream().toList());

    // What the blocking deleteAll deletes, and only that: Ann's notes and the reminder (this
    // condition has no type filter); Bob's stay.
    NoteKey ann = new NoteKey(null, "owner", "ann");
    assertEquals(6L, (long) await(notes.deleteAll(notes.query(ann))));
    assertEquals(0L, (long) await(notes.query(ann).count()));
    assertEquals(2, blocking.query(new NoteKey(null, "owner", "bob")).stream().count());
    assertEquals(0L, (long) await(notes.deleteAll(notes.query(ann))), "nothing left to delete");

    // Another table's query is refused at once, with the blocking repository's message.
    AsyncNotes other = new AsyncNotes(client, table + "-other");
    IllegalArgumentException refused =
        assertThrows(IllegalArgumentException.class, () -> notes.deleteAll(other.query(ann)));
    assertEquals(
        assertThrows(
                IllegalArgumentException.class,
                () -> blocking.deleteAll(new BlockingNotes(blockingClient, table + "-other").query(ann)))
            .getMessage(),
        refused.getMessage());
    // A read that fails fails the future with the read's exception.
    assertInstanceOf(
        io.dynamap.runtime.error.TableNotFoundException.class,
        other.deleteAll(other.query(ann)).handle((value, e) -> e).get(WAIT_SECONDS, TimeUnit.SECONDS));
  }
}
