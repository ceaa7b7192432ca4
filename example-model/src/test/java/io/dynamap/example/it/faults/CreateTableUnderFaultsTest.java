package io.dynamap.example.it.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamap.example.OrderRepository;
import io.dynamap.local.fault.Fault;
import io.dynamap.runtime.error.DynamapException;
import io.dynamap.runtime.retry.RetryStatistics;
import io.dynamap.testing.DynamapLocalTest;
import io.dynamap.testing.LocalDynamoDb;
import io.dynamap.testing.fault.FaultyEndpoint;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

/**
 * createTable() when the answer to CreateTable is lost: the table was made, the client timed out
 * and sent the request again, and that second attempt found the table "in use".
 */
@DynamapLocalTest
class CreateTableUnderFaultsTest {
  @Test
  void aCreateTableWhoseAnswerWasLostFindsItsOwnTableOnTheRetry(DynamoDbClient direct) {
    String table = "Orders_" + UUID.randomUUID();
    RetryStatistics retries = new RetryStatistics();
    try (FaultyEndpoint proxy = LocalDynamoDb.shared().withFaults(Faults.proxy(5).delay(Duration.ofSeconds(4)).build());
        DynamoDbClient client =
            Faults.client(proxy)
                .socketTimeout(Duration.ofSeconds(1))
                .errorRetryBaseDelay(Duration.ofMillis(20))
                .errorRetryMaxDelay(Duration.ofMillis(40))
                .retryStatistics(retries)
                .build()) {
      OrderRepository orders = new OrderRepository(client, table);

      proxy.injectNext(Fault.DELAY); // CreateTable runs, its answer comes after the read timeout
      orders.createTable();

      // At least the CreateTable was retried (on a loaded machine, a poll may be too).
      assertTrue(retries.errorRetries() >= 1, retries.toString());
      assertEquals(TableStatus.ACTIVE, orders.describe().status());
      // A table that was there before the call is still refused, at the first attempt.
      DynamapException exists = assertThrows(DynamapException.class, orders::createTable);
      assertTrue(exists.getMessage().contains("the table exists already"), exists.getMessage());
    } finally {
      direct.deleteTable(delete -> delete.tableName(table));
    }
  }
}
