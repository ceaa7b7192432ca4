package io.dynamap.runtime.page;

import io.dynamap.runtime.error.ItemMappingException;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * An item a query or scan read but could not map to the entity, and left out because the read
 * was told to {@linkplain Query#skipUnmappable skip} such items: typically one written by another
 * service into a shared table.
 *
 * @param key the item's primary key attributes, as stored (empty if the item has none)
 * @param item the whole item, as stored
 * @param error why it could not be mapped; its message names the table, the key and the attribute
 */
public record UnmappableItem(
    Map<String, AttributeValue> key, Map<String, AttributeValue> item, ItemMappingException error) {

  /**
   * Copies the maps, so that the record is immutable.
   *
   * @param key the item's primary key attributes; copied
   * @param item the whole item; copied
   * @param error why the item could not be mapped
   * @throws NullPointerException if an argument is null
   */
  public UnmappableItem {
    key = Map.copyOf(key);
    item = Map.copyOf(item);
    Objects.requireNonNull(error, "error");
  }
}
