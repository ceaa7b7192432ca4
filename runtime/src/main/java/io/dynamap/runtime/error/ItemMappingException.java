package io.dynamap.runtime.error;

import io.dynamap.runtime.schema.Values;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * An entity could not be converted to an item, or an item to an entity: a null key, a value
 * DynamoDB cannot store, an attribute of the wrong DynamoDB type. The message names the
 * attribute by its whole path from the item's top level, as DynamoDB writes document paths
 * ({@code home.geo.lat}, {@code lines[2].sku}, {@code tags.red}), and, where known, the table and
 * the item's key.
 *
 * <p>The path is built only when something fails: the codecs of a nested document, list or map
 * report the attribute where they are, and each enclosing document, list and map adds its own
 * part as the exception passes through ({@link #within}, {@link #atElement}, {@link #atKey}).
 * Generated code writes list elements as {@code lines[]} and map values as {@code tags{}} in the
 * paths it passes; the enclosing list or map fills in the index or key.
 */
public class ItemMappingException extends DynamapException {
  private static final long serialVersionUID = 1L;

  /** The attribute's path, or null if the problem is not about one attribute. */
  private final String attributePath;

  /** What is wrong with the attribute, following its quoted path: {@code " should be N …"}. */
  private final String detail;

  /** The key of the stored item that could not be read, once known ({@link #inItem}). */
  private transient Map<String, AttributeValue> itemKey = Map.of();

  /**
   * A problem with a whole item or entity, not with one attribute.
   *
   * @param message the whole message
   */
  public ItemMappingException(String message) {
    super(message);
    this.attributePath = null;
    this.detail = null;
  }

  /**
   * A problem with a whole item or entity, not with one attribute, found through another failure.
   *
   * @param message the whole message
   * @param cause the failure that showed it
   */
  public ItemMappingException(String message, Throwable cause) {
    super(message, cause);
    this.attributePath = null;
    this.detail = null;
  }

  private ItemMappingException(String prefix, String path, String detail, Throwable cause) {
    super(prefix + "attribute '" + path + "'" + detail, cause);
    this.attributePath = path;
    this.detail = detail;
  }

  /**
   * A problem with one attribute: the message is {@code attribute 'path'} followed by {@code
   * detail}, so a detail starts with a space or a colon ({@code " should be N (number) …"}).
   *
   * @param path the attribute's path where it is known, from the entity or document being mapped
   * @param detail what is wrong, starting with a space or a colon
   * @return a new exception
   */
  public static ItemMappingException atAttribute(String path, String detail) {
    return new ItemMappingException("", path, detail, null);
  }

  /**
   * {@link #atAttribute(String, String)} with a cause.
   *
   * @param path the attribute's path where it is known, from the entity or document being mapped
   * @param detail what is wrong, starting with a space or a colon
   * @param cause the failure that showed the problem, such as a parse error
   * @return a new exception
   */
  public static ItemMappingException atAttribute(String path, String detail, Throwable cause) {
    return new ItemMappingException("", path, detail, cause);
  }

  /**
   * The path of the attribute that could not be mapped, from the item's top level ({@code
   * lines[2].sku}); empty if the problem is not about one attribute (a missing key, say).
   *
   * @return the path, or empty
   */
  public Optional<String> attributePath() {
    return Optional.ofNullable(attributePath);
  }

  /**
   * The primary key attributes of the stored item that could not be read, when the exception
   * comes from reading one; empty otherwise.
   *
   * @return the key attributes, or an empty map
   */
  public Map<String, AttributeValue> itemKey() {
    return itemKey;
  }

  /**
   * The same problem in a stored item: the table and the item's key are added to the message, and
   * the key is kept ({@link #itemKey}).
   *
   * @param tableName the table the item was read from
   * @param key the item's key attributes, as stored
   * @return a new exception with the longer message; this one is unchanged
   */
  public ItemMappingException inItem(String tableName, Map<String, AttributeValue> key) {
    ItemMappingException located = inItem(tableName, Values.describeKey(key));
    located.itemKey = Map.copyOf(key);
    return located;
  }

  /**
   * The same problem, with the table and the item's key added to the message.
   *
   * @param tableName the table the item was read from
   * @param keyDescription the key in readable form
   * @return a new exception with the longer message; this one is unchanged
   */
  public ItemMappingException inItem(String tableName, String keyDescription) {
    String prefix = "table " + tableName + ", item " + keyDescription + ": ";
    return attributePath == null
        ? new ItemMappingException(prefix + getMessage(), this)
        : new ItemMappingException(prefix, attributePath, detail, this);
  }

  /**
   * The same problem, seen from the document (or map) stored at {@code documentPath}: {@code lat}
   * becomes {@code home.lat}. A problem that named no attribute is placed at the document.
   *
   * @param documentPath the path of the document holding the attribute
   * @return a new exception with the longer path; this one is unchanged
   */
  public ItemMappingException within(String documentPath) {
    if (attributePath == null) {
      return moved(documentPath, ": " + getMessage());
    }
    return moved(documentPath + "." + attributePath, detail);
  }

  /**
   * The same problem, at element {@code index} of the list stored at {@code listPath}: the path
   * {@code lines[].sku} becomes {@code lines[2].sku}.
   *
   * @param listPath the path of the list, ending with {@code []} where the element's position goes
   * @param index the element's position, from 0
   * @return a new exception with the position filled in; this one is unchanged
   */
  public ItemMappingException atElement(String listPath, int index) {
    return filled(listPath, "[]", "[" + index + "]");
  }

  /**
   * The same problem, at the value of {@code key} in the map stored at {@code mapPath}: the path
   * {@code tags{}} becomes {@code tags.red}.
   *
   * @param mapPath the path of the map, ending with {@code {}} where the key goes
   * @param key the map key
   * @return a new exception with the key filled in; this one is unchanged
   */
  public ItemMappingException atKey(String mapPath, String key) {
    return filled(mapPath, "{}", "." + key);
  }

  /** Fills the placeholder that follows {@code containerPath} in the path. */
  private ItemMappingException filled(String containerPath, String placeholder, String part) {
    if (attributePath == null) {
      return moved(containerPath + part, ": " + getMessage());
    }
    if (!attributePath.startsWith(placeholder, containerPath.length())
        || !attributePath.startsWith(containerPath)) {
      return this; // not from inside this container: leave the path as it is
    }
    return moved(
        containerPath + part + attributePath.substring(containerPath.length() + placeholder.length()),
        detail);
  }

  /** A copy at another path, thrown from where the original was. */
  private ItemMappingException moved(String path, String newDetail) {
    ItemMappingException moved =
        new ItemMappingException("", path, newDetail, attributePath == null ? this : getCause());
    moved.setStackTrace(getStackTrace());
    return moved;
  }
}
