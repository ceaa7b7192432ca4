package io.dynamap.runtime.key;

import io.dynamap.runtime.error.ItemMappingException;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Reads the fields of a composed key back, part by part along its template ({@code
 * CUSTOMER#{customerId}}): for fields that an item keeps only in its keys ({@code @Item(storeKeyFields
 * = false)}, or items written by other code without them). Generated schemas call it in template
 * order: {@link #literal} for literal text, then for each field {@link #fixed} or {@link #number}
 * (fixed-width forms), {@link #until} (a part ended by the next literal text) or {@link #rest} (the
 * last part), and finally {@link #end}. Any difference from the template is an {@link
 * ItemMappingException} naming the key attribute, the key and the template.
 */
public final class KeyReader {
  private final String key;
  private final String attribute;
  private final String template;
  private final String entity;
  private int position;

  private KeyReader(String key, String attribute, String template, String entity) {
    this.key = key;
    this.attribute = attribute;
    this.template = template;
    this.entity = entity;
  }

  /**
   * A reader of one key attribute of an item.
   *
   * @param item the stored item; not null
   * @param attribute the key attribute's name ({@code pk}, {@code sk}, {@code gsi1pk})
   * @param template the key's template, for messages
   * @param entity the entity's name, for messages
   * @return a reader at the key's start
   * @throws ItemMappingException if the item has no such string attribute
   */
  public static KeyReader of(
      Map<String, AttributeValue> item, String attribute, String template, String entity) {
    AttributeValue value = item.get(attribute);
    if (value == null || value.s() == null) {
      throw new ItemMappingException(
          entity + ": the item has " + (value == null ? "no" : "a non-string") + " key attribute "
              + attribute + " to read the fields of " + template + " from");
    }
    return new KeyReader(value.s(), attribute, template, entity);
  }

  /**
   * Reads literal text of the template.
   *
   * @param text the text the key must hold here
   * @throws ItemMappingException if it does not
   */
  public void literal(String text) {
    if (!key.startsWith(text, position)) {
      throw mismatch("\"" + text + "\" expected at character " + position);
    }
    position += text.length();
  }

  /**
   * Reads a part of a fixed number of characters.
   *
   * @param width the number of characters
   * @param field the field's name, for the message
   * @return the part
   * @throws ItemMappingException if the key is shorter
   */
  public String fixed(int width, String field) {
    if (position + width > key.length()) {
      throw mismatch("'" + field + "' needs " + width + " characters at character " + position);
    }
    String part = key.substring(position, position + width);
    position += width;
    return part;
  }

  /**
   * Reads a fixed-width integer ({@link KeyParts#number(long)} and the like): an optional {@code
   * -} and {@code digits} digits.
   *
   * @param digits the number of digits
   * @param field the field's name, for the message
   * @return the part, sign included
   * @throws ItemMappingException if the key holds no such number here
   */
  public String number(int digits, String field) {
    int start = position;
    boolean negative = position < key.length() && key.charAt(position) == '-';
    String part = fixed(digits + (negative ? 1 : 0), field);
    for (int i = negative ? 1 : 0; i < part.length(); i++) {
      if (part.charAt(i) < '0' || part.charAt(i) > '9') {
        position = start;
        throw mismatch("'" + field + "' is no " + digits + "-digit number at character " + start);
      }
    }
    return part;
  }

  /**
   * Reads a part that ends where {@code separator}, the template's next literal text, begins.
   *
   * @param separator the literal text after the part
   * @param field the field's name, for the message
   * @return the part, possibly empty
   * @throws ItemMappingException if the separator does not follow
   */
  public String until(String separator, String field) {
    int end = key.indexOf(separator, position);
    if (end < 0) {
      throw mismatch("no \"" + separator + "\" after '" + field + "' at character " + position);
    }
    String part = key.substring(position, end);
    position = end;
    return part;
  }

  /**
   * Reads the rest of the key: the template's last part.
   *
   * @return the part, possibly empty
   */
  public String rest() {
    String part = key.substring(position);
    position = key.length();
    return part;
  }

  /**
   * Checks that the whole key was read.
   *
   * @throws ItemMappingException if text is left over
   */
  public void end() {
    if (position != key.length()) {
      throw mismatch("text left over at character " + position);
    }
  }

  /**
   * The error for a part that does not read as its field's type.
   *
   * @param field the field's name
   * @param part the part read
   * @param cause why it does not read
   * @return the exception to throw, naming the key and the field
   */
  public ItemMappingException unreadable(String field, String part, RuntimeException cause) {
    return new ItemMappingException(
        describe() + ": '" + field + "' reads as \"" + part + "\", which is no value of it ("
            + cause.getMessage() + ")",
        cause);
  }

  private ItemMappingException mismatch(String problem) {
    return new ItemMappingException(describe() + ": " + problem);
  }

  private String describe() {
    return entity + ": the key " + attribute + " = \"" + key + "\" does not match its template "
        + template;
  }
}
