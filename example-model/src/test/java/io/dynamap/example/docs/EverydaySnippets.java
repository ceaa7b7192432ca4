package io.dynamap.example.docs;

import static io.dynamap.example.OrderAttributes.status;
import static io.dynamap.example.OrderStatus.PLACED;
import static io.dynamap.example.OrderStatus.SHIPPED;

import io.dynamap.example.Order;
import io.dynamap.example.OrderKeys;
import io.dynamap.example.OrderRepository;
import io.dynamap.runtime.table.IndexDescription;
import io.dynamap.runtime.table.TableDescription;
import io.dynamap.runtime.table.TableMismatchException;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Snippets of docs/tables.md, docs/reading.md, docs/updates.md and docs/conditions.md. */
class EverydaySnippets {
  private static final Logger log = LoggerFactory.getLogger(EverydaySnippets.class);

  void describeAndVerify(OrderRepository orders) {
    // tag::describe-verify[]
    TableDescription table = orders.describe();
    log.info("{}: {} items, {} bytes, {}", table.name(), table.itemCount(), table.sizeBytes(), table.status());
    for (IndexDescription index : table.indexes()) {
      log.info("  index {} ({}): {}", index.name(), index.global() ? "global" : "local", index.status());
    }

    try {
      orders.verifyTable();            // at start-up: fail fast if the table drifted from the model
    } catch (TableMismatchException e) {
      e.differences().forEach(log::error);
      throw e;
    }
    // end::describe-verify[]
  }

  void scanIndex(OrderRepository orders) {
    // tag::scan-index[]
    long shipped = orders.scan(OrderKeys.BY_STATUS).filter(status.eq(SHIPPED)).stream().count();
    orders.scan(OrderKeys.BY_TOTAL).consistentRead().stream();    // a local index: consistent reads allowed
    orders.scanIndex("byStatus");                                  // by name, checked when called
    // end::scan-index[]
  }

  void keyOnlyUpdate(OrderRepository orders, Instant placedAt) {
    // tag::key-only-update[]
    orders.update("c-001", placedAt).executeWithoutResult();          // creates the item with just its key
    orders.update("c-001", placedAt).whenExists().executeWithoutResult();  // fails unless it exists
    // end::key-only-update[]
  }

  void returningOld(OrderRepository orders, Order paid, Order order) {
    // tag::returning-old[]
    Optional<Order> replaced = orders.putReturningOld(paid);          // ReturnValues=ALL_OLD
    Optional<Order> before = orders.putReturningOld(paid, status.eq(PLACED));
    Optional<Order> removed = orders.deleteReturningOld(order);       // empty if there was none
    Optional<Order> byKey = orders.deleteReturningOld("c-001", order.placedAt());
    // end::returning-old[]
  }

  void consistentGet(OrderRepository orders, Instant placedAt) {
    // tag::consistent-get[]
    Optional<Order> latest = orders.getConsistent("c-001", placedAt);   // ConsistentRead=true
    // end::consistent-get[]
  }
}
