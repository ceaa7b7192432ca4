package io.dynamap.runtime;

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

  public ItemMappingException(String message) {
    super(message);
    this.attributePath = null;
    this.detail = null;
  }

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
   */
  public static ItemMappingException atAttribute(String path, String detail) {
    return new ItemMappingException("", path, detail, null);
  }

  /** {@link #atAttribute(String, String)} with a cause. */
  public static ItemMappingException atAttribute(String path, String detail, Throwable cause) {
    return new ItemMappingException("", path, detail, cause);
  }

  /**
   * The path of the attribute that could not be mapped, from the item's top level ({@code
   * lines[2].sku}); empty if the problem is not about one attribute (a missing key, say).
   */
  public Optional<String> attributePath() {
    return Optional.ofNullable(attributePath);
  }

  /**
   * The primary key attributes of the stored item that could not be read, when the exception
   * comes from reading one; empty otherwise.
   */
  public Map<String, AttributeValue> itemKey() {
    return itemKey;
  }

  /**
   * The same problem in a stored item: the table and the item's key are added to the message, and
   * the key is kept ({@link #itemKey}).
   */
  public ItemMappingException inItem(String tableName, Map<String, AttributeValue> key) {
    ItemMappingException located = inItem(tableName, Values.describeKey(key));
    located.itemKey = Map.copyOf(key);
    return located;
  }

  /** The same problem, with the table and the item's key added to the message. */
  public ItemMappingException inItem(String tableName, String keyDescription) {
    String prefix = "table " + tableName + ", item " + keyDescription + ": ";
    return attributePath == null
        ? new ItemMappingException(prefix + getMessage(), this)
        : new ItemMappingException(prefix, attributePath, detail, this);
  }

  /**
   * The same problem, seen from the document (or map) stored at {@code documentPath}: {@code lat}
   * becomes {@code home.lat}. A problem that named no attribute is placed at the document.
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
   */
  public ItemMappingException atElement(String listPath, int index) {
    return filled(listPath, "[]", "[" + index + "]");
  }

  /**
   * The same problem, at the value of {@code key} in the map stored at {@code mapPath}: the path
   * {@code tags{}} becomes {@code tags.red}.
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
