package io.dynamap.example.it.version;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamap.runtime.batch.BatchWriter;
import io.dynamap.runtime.error.OptimisticLockException;
import io.dynamap.runtime.error.TransactionCancelledException;
import io.dynamap.runtime.error.TransactionCancelledException.Outcome;
import io.dynamap.runtime.tx.Transaction;
import io.dynamap.testing.DynamapLocalTest;
import io.dynamap.testing.TestTables;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * One rule for every write path of a {@code @Version}ed entity, against Dynamap Local: the
 * repository, transactions (put, delete, update), the batch writer and item collections each
 * condition the write on the version read and store the version plus one, or (the batch writer,
 * which cannot carry a condition) refuse it unless told to write unchecked. Each path's stale
 * write fails and writes nothing.
 */
@DynamapLocalTest
class VersionedWritePathsTest {
  private DynamoDbClient client;
  private CounterRepository counters;
  private VaultItemRepository vault;
  private AccountRepository accounts;
  private MemoRepository memos;

  @BeforeEach
  void createTables(DynamoDbClient client, TestTables tables) {
    this.client = client;
    counters = new CounterRepository(client, tables.create(CounterSchema.INSTANCE));
    String vaultTable = tables.create(VaultItemSchema.INSTANCE);
    vault = new VaultItemRepository(client, vaultTable);
    accounts = new AccountRepository(client, vaultTable);
    memos = new MemoRepository(client, vaultTable);
  }

  // Transactions

  @Test
  void aTransactionalPutCreatesVersionOneAndAStalePutIsCancelled() {
    Transaction.write(client).put(counters, new Counter("a", 1, 0)).execute();
    assertEquals(new Counter("a", 1, 1), counters.get("a").orElseThrow());

    // creating what exists: the other writer's item is there
    TransactionCancelledException created =
        assertThrows(
            TransactionCancelledException.class,
            () ->
                Transaction.write(client)
                    .put(counters, new Counter("a", 99, 0))
                    .put(counters, new Counter("b", 1, 0))
                    .execute());
    Outcome failed = created.outcome(0);
    assertTrue(failed.conditionFailed(), failed.toString());
    assertTrue(failed.action().endsWith("at Counter version 0 (new)"), failed.action());
    assertEquals(Optional.of(new Counter("a", 1, 1)), failed.item(CounterSchema.INSTANCE));
    assertFalse(created.outcome(1).failed());
    assertEquals(Optional.empty(), counters.get("b"), "all or nothing");

    Transaction.write(client).put(counters, new Counter("a", 2, 1)).execute();
    assertEquals(new Counter("a", 2, 2), counters.get("a").orElseThrow());

    // a stale put: read at version 1, the item is at 2
    TransactionCancelledException stale =
        assertThrows(
            TransactionCancelledException.class,
            () -> Transaction.write(client).put(counters, new Counter("a", 100, 1)).execute());
    assertTrue(stale.outcome(0).conditionFailed());
    assertEquals(
        Optional.of(new Counter("a", 2, 2)), stale.outcome(0).item(CounterSchema.INSTANCE));
    assertEquals(new Counter("a", 2, 2), counters.get("a").orElseThrow(), "nothing was written");
  }

  @Test
  void aTransactionalPutCombinesAUserConditionWithTheVersion() {
    Counter saved = counters.save(new Counter("a", 5, 0));
    TransactionCancelledException e =
        assertThrows(
            TransactionCancelledException.class,
            () ->
                Transaction.write(client)
                    .put(counters, saved.withCount(6), CounterAttributes.count.gt(10L))
                    .execute());
    assertTrue(e.outcome(0).conditionFailed());
    Transaction.write(client)
        .put(counters, saved.withCount(6), CounterAttributes.count.lt(10L))
        .execute();
    assertEquals(new Counter("a", 6, 2), counters.get("a").orElseThrow());
  }

  @Test
  void aStaleTransactionalDeleteIsCancelledAndACurrentOneDeletes() {
    Counter first = counters.save(new Counter("a", 0, 0));
    Counter second = counters.save(first.withCount(1));
    TransactionCancelledException e =
        assertThrows(
            TransactionCancelledException.class,
            () -> Transaction.write(client).delete(counters, first).execute());
    assertTrue(e.outcome(0).conditionFailed());
    assertEquals(Optional.of(second), e.outcome(0).item(CounterSchema.INSTANCE));
    assertTrue(counters.get("a").isPresent());
    Transaction.write(client).delete(counters, second).execute();
    assertEquals(Optional.empty(), counters.get("a"));
    // by key, a delete is not versioned
    counters.save(new Counter("k", 0, 0));
    Transaction.write(client).deleteByKey(counters, CounterSchema.INSTANCE.key("k")).execute();
    assertEquals(Optional.empty(), counters.get("k"));
  }

  @Test
  void aStaleTransactionalUpdateIsCancelledAndACurrentOneIncrements() {
    Counter first = counters.save(new Counter("a", 0, 0));
    Transaction.write(client)
        .update(counters, counters.update(first).increment(CounterAttributes.count, 5))
        .execute();
    assertEquals(new Counter("a", 5, 2), counters.get("a").orElseThrow());
    TransactionCancelledException e =
        assertThrows(
            TransactionCancelledException.class,
            () ->
                Transaction.write(client)
                    .update(counters, counters.update(first).increment(CounterAttributes.count, 5))
                    .execute());
    assertTrue(e.outcome(0).conditionFailed());
    assertEquals(new Counter("a", 5, 2), counters.get("a").orElseThrow());
  }

  // The batch writer

  @Test
  void aBatchRefusesVersionedEntitiesAndWritesNothing() {
    Counter saved = counters.save(new Counter("a", 1, 0));
    try (BatchWriter writer = BatchWriter.of(client)) {
      IllegalArgumentException put =
          assertThrows(IllegalArgumentException.class, () -> writer.put(counters, saved));
      assertTrue(put.getMessage().contains("withoutVersionChecks()"), put.getMessage());
      assertThrows(IllegalArgumentException.class, () -> writer.delete(counters, saved));
      assertThrows(
          IllegalArgumentException.class,
          () -> writer.putAll(counters, List.of(new Counter("b", 1, 0))));
    }
    assertEquals(saved, counters.get("a").orElseThrow());
    assertEquals(Optional.empty(), counters.get("b"));
  }

  @Test
  void aBulkLoadWithoutVersionChecksStoresWhatSaveWouldAndCanBeSavedAfter() {
    counters.save(new Counter("taken", 7, 0)); // at version 1
    try (BatchWriter writer = BatchWriter.builder(client).withoutVersionChecks().build()) {
      writer.putAll(counters, List.of(new Counter("new", 1, 0), new Counter("copied", 2, 5)));
      writer.put(counters, new Counter("taken", 8, 0)); // unchecked: overwrites, last writer wins
    }
    assertEquals(new Counter("new", 1, 1), counters.get("new").orElseThrow());
    assertEquals(new Counter("copied", 2, 6), counters.get("copied").orElseThrow());
    assertEquals(new Counter("taken", 8, 1), counters.get("taken").orElseThrow());
    // what the batch stored is a saved entity: read, it saves again, and a stale copy conflicts
    Counter loaded = counters.get("new").orElseThrow();
    assertEquals(new Counter("new", 2, 2), counters.save(loaded.withCount(2)));
    assertThrows(OptimisticLockException.class, () -> counters.save(loaded));
    try (BatchWriter writer = BatchWriter.builder(client).withoutVersionChecks().build()) {
      writer.delete(counters, loaded); // stale, and deleted anyway: unchecked
    }
    assertEquals(Optional.empty(), counters.get("new"));
  }

  // Item collections

  @Test
  void aCollectionVersionsItsVersionedMemberAsItsOwnRepositoryDoes() {
    VaultItem saved = vault.save(new Account("ada", 100, null));
    assertEquals(new Account("ada", 100, 1L), saved);
    assertEquals(saved, accounts.get("ada").orElseThrow());
    Account current = (Account) vault.save(((Account) saved).withBalance(90));
    assertEquals(new Account("ada", 90, 2L), current);

    // stale put, delete and update through the collection
    Account stale = (Account) saved;
    OptimisticLockException put =
        assertThrows(OptimisticLockException.class, () -> vault.put(stale.withBalance(0)));
    assertEquals(Optional.of(current), put.item(vault.schema()));
    assertThrows(OptimisticLockException.class, () -> vault.delete(stale));
    assertThrows(OptimisticLockException.class, () -> vault.update(stale).execute());
    assertThrows(OptimisticLockException.class, () -> vault.save(new Account("ada", 5, null)));
    assertEquals(current, accounts.get("ada").orElseThrow(), "nothing was written");

    // the member's own repository agrees on the version the collection stored
    Account viaMember = accounts.save(current.withBalance(80));
    assertEquals(3L, viaMember.version());
    assertEquals(new Account("ada", 80, 4L), vault.update(viaMember).execute());
    vault.delete(new Account("ada", 80, 4L));
    assertEquals(Optional.empty(), accounts.get("ada"));
  }

  @Test
  void aCollectionWritesAMemberWithoutAVersionAsIs() {
    vault.put(new Memo("ada", "todo", "one"));
    vault.put(new Memo("ada", "todo", "two"));
    assertEquals(new Memo("ada", "todo", "two"), memos.get("ada", "todo").orElseThrow());
    assertEquals(new Memo("ada", "todo", "two"), vault.save(new Memo("ada", "todo", "two")));
    vault.delete(new Memo("ada", "todo", "stale text, no version"));
    assertEquals(Optional.empty(), memos.get("ada", "todo"));
  }

  @Test
  void aCollectionsTransactionsAndBatchesFollowTheSameRule() {
    Transaction.write(client)
        .put(vault, new Account("bob", 10, null))
        .put(vault, new Memo("bob", "note", "hi"))
        .execute();
    assertEquals(new Account("bob", 10, 1L), accounts.get("bob").orElseThrow());
    TransactionCancelledException e =
        assertThrows(
            TransactionCancelledException.class,
            () -> Transaction.write(client).put(vault, new Account("bob", 0, null)).execute());
    assertTrue(e.outcome(0).conditionFailed());
    assertTrue(e.outcome(0).action().endsWith("at Account version 0 (new)"), e.outcome(0).action());
    assertEquals(Optional.of(new Account("bob", 10, 1L)), e.outcome(0).currentItem());

    try (BatchWriter writer = BatchWriter.of(client)) {
      writer.put(vault, new Memo("bob", "batched", "fine")); // no version: accepted
      assertThrows(
          IllegalArgumentException.class, () -> writer.put(vault, new Account("bob", 0, 1L)));
    }
    assertTrue(memos.get("bob", "batched").isPresent());
    try (BatchWriter writer = BatchWriter.builder(client).withoutVersionChecks().build()) {
      writer.put(vault, new Account("cy", 3, null));
    }
    assertInstanceOf(Account.class, vault.query(VaultItemKeys.partition("cy")).stream().findFirst().orElseThrow());
    assertEquals(new Account("cy", 3, 1L), accounts.get("cy").orElseThrow());
  }

  @Test
  void deleteAllOfAQueryIsByKeyWhateverTheVersions() {
    vault.save(new Account("dee", 1, null));
    vault.save(new Memo("dee", "a", "x"));
    assertEquals(2, vault.deleteAll(vault.query(VaultItemKeys.partition("dee"))));
    assertEquals(Optional.empty(), accounts.get("dee"));
  }
}
