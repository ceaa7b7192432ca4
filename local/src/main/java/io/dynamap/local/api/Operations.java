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
    List<Operation> operations = new ArrayList<>(List.of(
        new CreateTable(engine),
        new DescribeTable(engine),
        new ListTables(engine),
        new UpdateTable(engine),
        new DeleteTable(engine),
        new UpdateTimeToLive(engine),
        new DescribeTimeToLive(engine)));
    operations.addAll(Tagging.operations(engine));
    return operations;
  }

  /** PutItem, GetItem, DeleteItem, UpdateItem, Query, Scan. */
  static List<Operation> itemOperations(Engine engine) {
    return List.of(
        new PutItem(engine),
        new GetItem(engine),
        new DeleteItem(engine),
        new UpdateItem(engine),
        new Query(engine),
        new Scan(engine));
  }

  /** Batch and transaction operations (the transactions helper's). */
  static List<Operation> transactionOperations(Engine engine) {
    return List.of(new BatchGetItem(engine), new BatchWriteItem(engine),
        new TransactGetItems(engine), new TransactWriteItems(engine));
  }
}
