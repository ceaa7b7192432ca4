package io.dynamap.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamap.runtime.schema.KeyDefinition;
import io.dynamap.runtime.schema.TableDefinitions;
import java.io.IOException;
import java.net.ConnectException;
import java.net.Socket;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
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
    db.client().listTables(); // so that the server has started a thread to answer it
    String threadPrefix = "dynamap-local-http-" + port;
    assertFalse(liveThreadsNamed(threadPrefix).isEmpty(), "the server's threads carry its port");

    db.close();
    db.close();

    assertThrows(IllegalStateException.class, db::client);
    assertThrows(IllegalStateException.class, db::newClient);
    assertThrows(ConnectException.class, () -> connect(port));
    long deadline = System.nanoTime() + 5_000_000_000L;
    while (!liveThreadsNamed(threadPrefix).isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertEquals(Set.of(), liveThreadsNamed(threadPrefix));
  }

  @Test
  void serverRefusesRequestsSignedWithAnotherAccessKey() {
    try (DynamoDbClient stranger =
        DynamoDbClient.builder()
            .endpointOverride(LocalDynamoDb.shared().endpoint())
            .region(Region.US_EAST_1)
            .credentialsProvider(
                StaticCredentialsProvider.create(AwsBasicCredentials.create("someone", "else")))
            .build()) {
      DynamoDbException e = assertThrows(DynamoDbException.class, stranger::listTables);
      assertEquals("UnrecognizedClientException", e.awsErrorDetails().errorCode());
    }
  }

  private static Set<String> liveThreadsNamed(String prefix) {
    return Thread.getAllStackTraces().keySet().stream()
        .map(Thread::getName)
        .filter(name -> name.startsWith(prefix))
        .collect(Collectors.toSet());
  }

  private static void connect(int port) throws IOException {
    new Socket("127.0.0.1", port).close();
  }
}
