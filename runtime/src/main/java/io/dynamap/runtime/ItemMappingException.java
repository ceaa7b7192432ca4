package io.dynamap.runtime;

/**
 * An entity could not be converted to an item, or an item to an entity: a null key, a value
 * DynamoDB cannot store, an attribute of the wrong DynamoDB type. The message names the
 * attribute and, where known, the table and the item's key.
 */
public class ItemMappingException extends DynamapException {
  private static final long serialVersionUID = 1L;

  public ItemMappingException(String message) {
    super(message);
  }

  public ItemMappingException(String message, Throwable cause) {
    super(message, cause);
  }

  /** The same problem, with the table and the item's key added to the message. */
  public ItemMappingException inItem(String tableName, String keyDescription) {
    return new ItemMappingException(
        "table " + tableName + ", item " + keyDescription + ": " + getMessage(), this);
  }
}
