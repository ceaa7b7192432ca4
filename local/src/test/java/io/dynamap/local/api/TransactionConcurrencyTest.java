package io.dynamap.local.api;

import static io.dynamap.local.api.TxTestSupport.item;
import static io.dynamap.local.api.TxTestSupport.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dynamap.local.engine.Engine;
import io.dynamap.local.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Transactions against each other and against single-item writes ("Isolation levels for DynamoDB
 * transactions": serializable with TransactWriteItems, TransactGetItems and single-item writes).
 * Money moves between accounts by transactions while single writes rewrite the same accounts and
 * transactional reads watch the total: no update may be lost, no read may see half a transfer.
 */
class TransactionConcurrencyTest {
  private static final int ACCOUNTS = 8;
  private static final int INITIAL = 1000;

  private final Engine engine = TxTestSupport.engine();
  private final TransactWriteItems transactWrite = new TransactWriteItems(engine);
  private final TransactGetItems transactGet = new TransactGetItems(engine);
  private final UpdateItem updateItem = new UpdateItem(engine);

  private static String account(int i) {
    return "acct" + i;
  }

  private void transfer(int from, int to, int amount) {
    transactWrite.execute(json("{'TransactItems':["
        + "{'Update':{'TableName':'tx1','Key':{'pk':{'S':'" + account(from) + "'}},"
        + "'UpdateExpression':'SET balance = balance - :amount',"
        + "'ConditionExpression':'balance >= :amount',"
        + "'ExpressionAttributeValues':{':amount':{'N':'" + amount + "'}}}},"
        + "{'Update':{'TableName':'tx1','Key':{'pk':{'S':'" + account(to) + "'}},"
        + "'UpdateExpression':'SET balance = balance + :amount',"
        + "'ExpressionAttributeValues':{':amount':{'N':'" + amount + "'}}}}]}"));
  }

  /** A single-item read-modify-write by UpdateItem: counts a visit, keeps the balance. */
  private void touch(int i) {
    updateItem.execute(json("{'TableName':'tx1','Key':{'pk':{'S':'" + account(i) + "'}},"
        + "'UpdateExpression':'SET touches = touches + :one, balance = balance',"
        + "'ExpressionAttributeValues':{':one':{'N':'1'}}}"));
  }

  private int totalSeenByTransactGet() {
    StringBuilder gets = new StringBuilder();
    for (int i = 0; i < ACCOUNTS; i++) {
      gets.append(i == 0 ? "" : ",").append("{'Get':{'TableName':'tx1','Key':{'pk':{'S':'")
          .append(account(i)).append("'}}}}");
    }
    ObjectNode response = transactGet.execute(json("{'TransactItems':[" + gets + "]}"));
    int total = 0;
    for (JsonNode entry : response.get("Responses")) {
      total += Integer.parseInt(entry.at("/Item/balance/N").asText());
    }
    return total;
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  @DisplayName("transfers, single writes and transactional reads: the total is conserved")
  void moneyIsConserved() throws Exception {
    StringBuilder puts = new StringBuilder();
    for (int i = 0; i < ACCOUNTS; i++) {
      puts.append(i == 0 ? "" : ",").append("{'PutRequest':{'Item':{'pk':{'S':'")
          .append(account(i)).append("'},'balance':{'N':'").append(INITIAL)
          .append("'},'touches':{'N':'0'}}}}");
    }
    new BatchWriteItem(engine).execute(json("{'RequestItems':{'tx1':[" + puts + "]}}"));

    AtomicInteger committed = new AtomicInteger();
    AtomicInteger cancelled = new AtomicInteger();
    AtomicInteger touched = new AtomicInteger();
    List<Callable<Void>> workers = new ArrayList<>();
    for (int w = 0; w < 3; w++) {
      workers.add(() -> {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int n = 0; n < 150; n++) {
          int from = random.nextInt(ACCOUNTS);
          int to = (from + 1 + random.nextInt(ACCOUNTS - 1)) % ACCOUNTS;
          try {
            transfer(from, to, 1 + random.nextInt(400));
            committed.incrementAndGet();
          } catch (DynamoException e) {
            assertEquals("TransactionCanceledException", e.type(), e::toString);
            cancelled.incrementAndGet();
          }
        }
        return null;
      });
    }
    for (int w = 0; w < 2; w++) {
      workers.add(() -> {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int n = 0; n < 150; n++) {
          touch(random.nextInt(ACCOUNTS));
          touched.incrementAndGet();
        }
        return null;
      });
    }
    workers.add(() -> {
      for (int n = 0; n < 80; n++) {
        assertEquals(ACCOUNTS * INITIAL, totalSeenByTransactGet(), "a read saw half a transfer");
      }
      return null;
    });

    ExecutorService pool = Executors.newFixedThreadPool(workers.size());
    try {
      for (Future<Void> result : pool.invokeAll(workers)) {
        result.get();
      }
    } finally {
      pool.shutdownNow();
    }

    int total = 0;
    int touches = 0;
    for (int i = 0; i < ACCOUNTS; i++) {
      Map<String, Value> account = item(engine, account(i));
      int balance = ((Value.N) account.get("balance")).value().intValueExact();
      assertTrue(balance >= 0, "a condition let an account go negative");
      total += balance;
      touches += ((Value.N) account.get("touches")).value().intValueExact();
    }
    assertEquals(ACCOUNTS * INITIAL, total);
    assertEquals(touched.get(), touches, "a single write was lost");
    assertEquals(450, committed.get() + cancelled.get());
    assertTrue(committed.get() > 0);
  }
}
