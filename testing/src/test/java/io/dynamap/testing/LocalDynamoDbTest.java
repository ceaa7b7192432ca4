package io.dynamap.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamap.runtime.KeyDefinition;
import io.dynamap.runtime.TableDefinitions;
import java.io.IOException;
import java.net.ConnectException;
import java.net.Socket;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

class LocalDynamoDbTest {

  @Test
  void sharedServerAnswersOnLoopback() {
    LocalDynamoDb db = LocalDynamoDb.shared();

    assertEquals("http", db.endpoint().getScheme());
    assertEquals("127.0.0.1", db.endpoint().getHost());
    assertTrue(db.endpoint().getPort() > 0, db.endpoint().toString());
    assertTrue(db.client().listTables().hasTableNames());
  }

  @Test
  void sharedReturnsTheSameServerAndClientEveryTime() {
    LocalDynamoDb first = LocalDynamoDb.shared();
    LocalDynamoDb second = LocalDynamoDb.shared();

    assertSame(first, second);
    assertSame(first.client(), second.client());
  }

  @Test
  void closingTheSharedServerLeavesItRunning() {
    LocalDynamoDb db = LocalDynamoDb.shared();

    db.close();

    assertTrue(db.client().listTables().hasTableNames());
    assertSame(db, LocalDynamoDb.shared());
  }

  @Test
  void privateServerHasItsOwnPortAndTables() {
    LocalDynamoDb shared = LocalDynamoDb.shared();
    try (LocalDynamoDb db = LocalDynamoDb.start()) {
      assertNotEquals(shared.endpoint().getPort(), db.endpoint().getPort());

      db.client()
          .createTable(
              TableDefinitions.createTableRequest(
                  "PrivateOnly", KeyDefinition.of("id", ScalarAttributeType.S)));

      assertEquals(List.of("PrivateOnly"), db.client().listTables().tableNames());
      assertFalse(shared.client().listTables().tableNames().contains("PrivateOnly"));
      try (DynamoDbClient another = db.newClient()) {
        assertNotSame(db.client(), another);
        assertEquals(List.of("PrivateOnly"), another.listTables().tableNames());
      }
    }
  }

  @Test
  void closingAPrivateServerStopsItAndEndsAllItsThreads() throws InterruptedException {
    LocalDynamoDb db = LocalDynamoDb.start();
    int port = db.endpoint().getPort();
    String threadGroup = "dynamodb-local-" + port;
    assertFalse(liveThreadsIn(threadGroup).isEmpty(), "the server's threads are in its group");

    db.close();
    db.close();

    assertThrows(IllegalStateException.class, db::client);
    assertThrows(IllegalStateException.class, db::newClient);
    assertThrows(ConnectException.class, () -> connect(port));
    // DynamoDB Local's background jobs outlive stop() unless woken; they would block JVM exit.
    long deadline = System.nanoTime() + 5_000_000_000L;
    while (!liveThreadsIn(threadGroup).isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertEquals(Set.of(), liveThreadsIn(threadGroup));
  }

  private static Set<String> liveThreadsIn(String threadGroup) {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(thread -> thread.getThreadGroup() != null)
        .filter(thread -> thread.getThreadGroup().getName().equals(threadGroup))
        .map(Thread::getName)
        .collect(Collectors.toSet());
  }

  private static void connect(int port) throws IOException {
    new Socket("127.0.0.1", port).close();
  }
}
