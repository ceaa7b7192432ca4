package io.dynamap.runtime.tx;

import io.dynamap.runtime.TableRepository;
import io.dynamap.runtime.core.EntityTable;
import io.dynamap.runtime.core.TransactionCore;
import io.dynamap.runtime.error.ItemMappingException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The items a {@link GetTransaction} read, by position (the order they were asked for) and typed
 * by the repository they were asked through.
 */
public final class TransactGetResult {
  private final List<TransactionCore.Action> actions;
  /** The table each item was asked through, by position. */
  private final List<EntityTable<?>> tables;
  private final List<Map<String, AttributeValue>> items; // null where there was no item

  /**
   * Made by the read transactions (blocking and non-blocking, through their shared request core),
   * not by applications.
   *
   * @param actions the transaction's reads, in order
   * @param tables the table each item was asked through, by position
   * @param items the item read at each position, {@code null} where there was none
   */
  public TransactGetResult(
      List<TransactionCore.Action> actions,
      List<EntityTable<?>> tables,
      List<Map<String, AttributeValue>> items) {
    this.actions = List.copyOf(actions);
    this.tables = List.copyOf(tables);
    this.items = Collections.unmodifiableList(new ArrayList<>(items));
  }

  /**
   * The number of items asked for.
   *
   * @return the count of items asked for, whether found or not
   */
  public int size() {
    return actions.size();
  }

  /**
   * The item asked for at this position, through this repository; empty if there was no item
   * with that key.
   *
   * @param <T> the entity type
   * @param repository the repository the item was asked for through; not null
   * @param index the position the item was asked for at, from 0
   * @return the decoded item, or empty if there is none with that key
   * @throws IllegalArgumentException if the item at that position was asked for through another
   *     repository
   * @throws IndexOutOfBoundsException if there is no such position
   */
  public <T> Optional<T> item(TableRepository<T> repository, int index) {
    Objects.requireNonNull(repository, "repository");
    return item(WriteTransaction.table(repository), index);
  }

  /**
   * The item asked for at this position, through this entity table (as with the non-blocking
   * transaction); empty if there was no item with that key.
   *
   * @param <T> the entity type
   * @param table the entity table the item was asked for through; not null
   * @param index the position the item was asked for at, from 0
   * @return the decoded item, or empty if there is none with that key
   * @throws IllegalArgumentException if the item at that position was asked for through another
   *     entity's table
   * @throws IndexOutOfBoundsException if there is no such position
   */
  public <T> Optional<T> item(EntityTable<T> table, int index) {
    Objects.requireNonNull(table, "table");
    Objects.checkIndex(index, actions.size());
    EntityTable<?> asked = tables.get(index);
    if (!sameTable(asked, table)) {
      throw new IllegalArgumentException(
          actions.get(index).description()
              + " was asked for through the repository of "
              + asked.schema().entityName()
              + ", not of "
              + table.schema().entityName()
              + " on table "
              + table.tableName());
    }
    return decode(table, index);
  }

  /**
   * The item with this encoded primary key read through this repository; empty if there was no
   * such item.
   *
   * @param <T> the entity type
   * @param repository the repository the item was asked for through; not null
   * @param key the item's primary key attributes, as stored; not null
   * @return the decoded item, or empty if there is none with that key
   * @throws IllegalArgumentException if that key was not asked for through the repository's table
   */
  public <T> Optional<T> itemByKey(TableRepository<T> repository, Map<String, AttributeValue> key) {
    Objects.requireNonNull(repository, "repository");
    return itemByKey(WriteTransaction.table(repository), key);
  }

  /**
   * The item with this encoded primary key read through this entity table (as with the
   * non-blocking transaction); empty if there was no such item.
   *
   * @param <T> the entity type
   * @param table the entity table the item was asked for through; not null
   * @param key the item's primary key attributes, as stored; not null
   * @return the decoded item, or empty if there is none with that key
   * @throws IllegalArgumentException if that key was not asked for through the table
   */
  public <T> Optional<T> itemByKey(EntityTable<T> table, Map<String, AttributeValue> key) {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(key, "key");
    for (int i = 0; i < actions.size(); i++) {
      if (sameTable(tables.get(i), table) && actions.get(i).key().equals(key)) {
        return decode(table, i);
      }
    }
    throw new IllegalArgumentException(
        "the transaction did not read key " + TransactionCore.describeKey(key) + " from table "
            + table.tableName());
  }

  /**
   * The item with the entity's primary key read through this repository; only the key is read
   * from the entity.
   *
   * @param <T> the entity type
   * @param repository the repository the item was asked for through; not null
   * @param keyEntity an entity holding the key; not null
   * @return the decoded item, or empty if there is none with that key
   */
  public <T> Optional<T> item(TableRepository<T> repository, T keyEntity) {
    Objects.requireNonNull(keyEntity, "keyEntity");
    return itemByKey(repository, repository.schema().keyOf(keyEntity));
  }

  /**
   * The item with the entity's primary key read through this entity table (as with the
   * non-blocking transaction); only the key is read from the entity.
   *
   * @param <T> the entity type
   * @param table the entity table the item was asked for through; not null
   * @param keyEntity an entity holding the key; not null
   * @return the decoded item, or empty if there is none with that key
   */
  public <T> Optional<T> item(EntityTable<T> table, T keyEntity) {
    Objects.requireNonNull(keyEntity, "keyEntity");
    return itemByKey(table, table.schema().keyOf(keyEntity));
  }

  /**
   * The items read through this repository's table that exist, in the order they were asked for.
   *
   * @param <T> the entity type
   * @param repository the repository the item was asked for through; not null
   * @return the decoded items that exist, a new list
   */
  public <T> List<T> items(TableRepository<T> repository) {
    Objects.requireNonNull(repository, "repository");
    return items(WriteTransaction.table(repository));
  }

  /**
   * The items read through this entity table (as with the non-blocking transaction) that exist,
   * in the order they were asked for.
   *
   * @param <T> the entity type
   * @param table the entity table the items were asked for through; not null
   * @return the decoded items that exist, a new list
   */
  public <T> List<T> items(EntityTable<T> table) {
    Objects.requireNonNull(table, "table");
    List<T> found = new ArrayList<>();
    for (int i = 0; i < actions.size(); i++) {
      if (sameTable(tables.get(i), table)) {
        decode(table, i).ifPresent(found::add);
      }
    }
    return List.copyOf(found);
  }

  /**
   * Whether an item existed at this position.
   *
   * @param index the position the item was asked for at, from 0
   * @return {@code true} if DynamoDB returned an item for that position
   * @throws IndexOutOfBoundsException if there is no such position
   */
  public boolean exists(int index) {
    return items.get(index) != null;
  }

  private static boolean sameTable(EntityTable<?> a, EntityTable<?> b) {
    return a == b
        || (a.tableName().equals(b.tableName())
            && a.schema().entityName().equals(b.schema().entityName()));
  }

  private <T> Optional<T> decode(EntityTable<T> repository, int index) {
    Map<String, AttributeValue> item = items.get(index);
    if (item == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(repository.schema().fromItem(item));
    } catch (ItemMappingException e) {
      throw new ItemMappingException(
          "the item read by " + actions.get(index).description() + ": " + e.getMessage(), e);
    }
  }
}
