package io.dynamap.example.docs.locking;

import io.dynamap.runtime.batch.BatchWriter;
import io.dynamap.runtime.error.OptimisticLockException;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

class LockingSnippets {
  Counter increment(CounterRepository counters) {
    // tag::retry-loop[]
    Counter c = counters.get("c").orElseGet(() -> new Counter("c", 0, 0));
    while (true) {
      try {
        c = counters.save(new Counter(c.id(), c.count() + 1, c.version()));
        break;
      } catch (OptimisticLockException e) {
        c = e.item(counters.schema()).orElseThrow();   // the current item: apply the change again
      }
    }
    // end::retry-loop[]
    return c;
  }

  void seed(DynamoDbClient client, CounterRepository counters, List<Counter> seed) {
    // tag::without-version-checks[]
    try (BatchWriter loader = BatchWriter.builder(client).withoutVersionChecks().build()) {
      loader.putAll(counters, seed);   // each stored at its version + 1, as save() would: readable and savable after
    }
    // end::without-version-checks[]
  }
}
