package io.dynamap.example.it.async;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.dynamap.async.DynamapAsyncClients;
import io.dynamap.example.it.version.Account;
import io.dynamap.example.it.version.Memo;
import io.dynamap.example.it.version.VaultItem;
import io.dynamap.example.it.version.VaultItemAsyncRepository;
import io.dynamap.example.it.version.VaultItemKeys;
import io.dynamap.example.it.version.VaultItemRepository;
import io.dynamap.example.it.version.VaultItemSchema;
import io.dynamap.runtime.error.OptimisticLockException;
import io.dynamap.testing.DynamapLocalTest;
import io.dynamap.testing.LocalDynamoDb;
import io.dynamap.testing.TestTables;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The generated async repository of an item collection ({@code VaultItemAsyncRepository}) against
 * Dynamap Local: writes of any member, and a partition read back with each item as its own type,
 * as the blocking {@link VaultItemRepository} reads it.
 */
@DynamapLocalTest
class AsyncItemCollectionTest {
  private static final long WAIT_SECONDS = 60;

  private final DynamoDbAsyncClient asyncClient =
      DynamapAsyncClients.builder()
          .endpoint(LocalDynamoDb.shared().endpoint())
          .credentials(LocalDynamoDb.credentials())
          .socketTimeout(Duration.ofSeconds(10))
          .apiCallAttemptTimeout(Duration.ofSeconds(15))
          .apiCallTimeout(Duration.ofSeconds(60))
          .build();
  private final VaultItemRepository blocking;
  private final VaultItemAsyncRepository vault;

  AsyncItemCollectionTest(DynamoDbClient client, TestTables tables) {
    String table = tables.create(VaultItemSchema.INSTANCE);
    blocking = new VaultItemRepository(client, table);
    vault = new VaultItemAsyncRepository(asyncClient, table);
  }

  @AfterEach
  void closeClient() {
    asyncClient.close();
  }

  private static <V> V await(CompletableFuture<V> future) throws Exception {
    return future.get(WAIT_SECONDS, TimeUnit.SECONDS);
  }

  @Test
  void membersAreWrittenAndAPartitionIsReadBackAsTheirOwnTypes() throws Exception {
    VaultItem saved = await(vault.save(new Account("ada", 100, null)));
    assertEquals(new Account("ada", 100, 1L), saved, "a versioned member is saved with version 1");
    await(vault.put(new Memo("ada", "plan", "buy low")));
    await(vault.put(new Memo("ada", "zeal", "sell high")));
    await(vault.put(new Memo("bob", "other", "not Ada's")));

    List<VaultItem> ada = await(vault.query(VaultItemKeys.partition("ada")).toList());
    assertEquals(blocking.query(VaultItemKeys.partition("ada")).stream().toList(), ada);
    assertEquals(3, ada.size());
    assertInstanceOf(Account.class, ada.get(0));
    assertInstanceOf(Memo.class, ada.get(1));

    // Optimistic locking of the member holds through the collection's repository too.
    assertInstanceOf(
        OptimisticLockException.class,
        vault
            .save(new Account("ada", 5, null))
            .handle((value, e) -> e)
            .get(WAIT_SECONDS, TimeUnit.SECONDS));
    assertEquals(3L, (long) await(vault.deleteAll(vault.query(VaultItemKeys.partition("ada")))));
    assertEquals(1, blocking.query(VaultItemKeys.partition("bob")).stream().count());
  }
}
