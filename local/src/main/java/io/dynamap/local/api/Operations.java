package io.dynamap.local.api;

import io.dynamap.local.engine.Engine;
import java.util.ArrayList;
import java.util.List;

/**
 * Every operation the engine answers, bound to one engine; the front dispatches on
 * {@link Operation#name()}.
 */
public final class Operations {
  private Operations() {}

  /** The operations on {@code engine}: tables, items, queries and scans. */
  public static List<Operation> all(Engine engine) {
    List<Operation> operations = new ArrayList<>();
    operations.addAll(tableOperations(engine));
    operations.addAll(itemOperations(engine));
    operations.addAll(transactionOperations(engine));
    return operations;
  }

  /** CreateTable, DescribeTable, ListTables, UpdateTable, DeleteTable, TTL and tags. */
  static List<Operation> tableOperations(Engine engine) {
    return List.of();
  }

  /** PutItem, GetItem, DeleteItem, UpdateItem, Query, Scan. */
  static List<Operation> itemOperations(Engine engine) {
    return List.of();
  }

  /** Batch and transaction operations (the transactions helper's). */
  static List<Operation> transactionOperations(Engine engine) {
    return List.of();
  }
}
