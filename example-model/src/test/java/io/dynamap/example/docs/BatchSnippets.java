package io.dynamap.example.docs;

import io.dynamap.example.Customer;
import io.dynamap.example.CustomerRepository;
import io.dynamap.example.Order;
import io.dynamap.example.OrderRepository;
import io.dynamap.example.OrderSchema;
import io.dynamap.runtime.batch.BatchWriteException;
import io.dynamap.runtime.batch.BatchWriteStatistics;
import io.dynamap.runtime.batch.BatchWriter;
import io.dynamap.runtime.batch.UnwrittenItem;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

class BatchSnippets {
  private static final Logger log = LoggerFactory.getLogger(BatchSnippets.class);

  BatchWriteStatistics write(
      DynamoDbClient client, OrderRepository orders, CustomerRepository customers,
      List<Order> manyOrders, Customer customer, Instant placedAt) {
    // tag::batch-writer[]
    BatchWriter writer = BatchWriter.of(client);           // or BatchWriter.builder(client)…build()
    try (writer) {
      writer.putAll(orders, manyOrders);
      writer.put(customers, customer);
      writer.deleteByKey(orders, OrderSchema.INSTANCE.key("c-001", placedAt));
    } catch (BatchWriteException e) {                      // close() waited for everything first
      for (UnwrittenItem item : e.unwrittenItems()) {      // exactly the items not written
        log.warn("not written: {} ({})", item, item.reason()); // item.entity() to write it again
      }
    }
    BatchWriteStatistics stats = writer.statistics();      // items written, requests, retries, throttles
    // end::batch-writer[]
    return stats;
  }
}
