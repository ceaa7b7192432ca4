package io.dynamap.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The keys of an {@code @Item} entity in a single table: physical key attributes declared once by
 * the table, and templates saying how this entity's fields compose them.
 *
 * @param tableType the interface annotated {@code @SingleTable}
 * @param partitionKeyName the table's partition key attribute ({@code pk})
 * @param sortKeyName the table's sort key attribute ({@code sk})
 * @param typeAttribute the attribute holding each item's entity type
 * @param typeName this entity's type, stored in {@code typeAttribute}
 * @param partition the partition key template
 * @param sort the sort key template
 * @param tableIndexes every global index of the table, for creating it
 * @param indexTemplates this entity's templates for some of those indexes
 * @param storeKeyFields whether the key templates' fields are also stored as attributes
 */
public record ItemKeys(
    ClassName tableType,
    String partitionKeyName,
    String sortKeyName,
    String typeAttribute,
    String typeName,
    KeyTemplate partition,
    KeyTemplate sort,
    List<TableIndex> tableIndexes,
    List<IndexTemplate> indexTemplates,
    boolean storeKeyFields) {

  public ItemKeys {
    tableIndexes = List.copyOf(tableIndexes);
    indexTemplates = List.copyOf(indexTemplates);
  }

  /** The fields a primary key is made of: the partition template's, then the sort template's. */
  public List<AttributeModel> keyFields() {
    List<AttributeModel> fields = new ArrayList<>(partition.fields());
    for (AttributeModel field : sort.fields()) {
      if (!fields.contains(field)) {
        fields.add(field);
      }
    }
    return fields;
  }

  /**
   * Whether an attribute of the entity is stored in items: every one but the key templates'
   * fields (primary and index) when the entity keeps those only in its keys.
   */
  public boolean stores(AttributeModel attribute) {
    return storeKeyFields || sourceOf(attribute).isEmpty();
  }

  /**
   * The template a field is read back from when an item lacks it: the first of the partition,
   * sort and index templates that composes it, with the key attribute holding it.
   */
  public Optional<Source> sourceOf(AttributeModel field) {
    if (partition.fields().contains(field)) {
      return Optional.of(new Source(partitionKeyName, partition));
    }
    if (sort.fields().contains(field)) {
      return Optional.of(new Source(sortKeyName, sort));
    }
    for (IndexTemplate index : indexTemplates) {
      if (index.partition().fields().contains(field)) {
        return Optional.of(new Source(index.index().partitionKeyName(), index.partition()));
      }
      if (index.sort().fields().contains(field)) {
        return Optional.of(new Source(index.index().sortKeyName(), index.sort()));
      }
    }
    return Optional.empty();
  }

  /** A key attribute and the template it is composed by. */
  public record Source(String keyAttribute, KeyTemplate template) {}

  /** A global index of the table and its string key attributes. */
  public record TableIndex(String name, String partitionKeyName, String sortKeyName) {}

  /**
   * How this entity composes the keys of one index.
   *
   * @param index the index
   * @param partition the index partition key template
   * @param sort the index sort key template
   * @param name the access pattern's name given by {@code @IndexKeys(name = …)}, or {@code ""}
   *     to name the key builder after the index
   */
  public record IndexTemplate(TableIndex index, KeyTemplate partition, KeyTemplate sort, String name) {
    /** The keys class's method starting a query on the index: the name, or the index's. */
    public String methodName() {
      return name.isEmpty() ? indexMethodName(index.name()) : name;
    }
  }

  /** {@code byStatus} for an index named "byStatus", {@code gsi1} for "gsi-1": a Java method name. */
  public static String indexMethodName(String indexName) {
    StringBuilder name = new StringBuilder();
    boolean upper = false;
    for (char c : indexName.toCharArray()) {
      if (Character.isLetterOrDigit(c)) {
        name.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      } else {
        upper = name.length() > 0;
      }
    }
    if (name.length() == 0 || !Character.isJavaIdentifierStart(name.charAt(0))) {
      name.insert(0, "index");
    }
    String result = name.toString();
    return result.equals("partition") ? "partitionIndex" : result;
  }


  /** This entity's templates for the index of this name, if it composes its keys. */
  public java.util.Optional<IndexTemplate> indexTemplate(String indexName) {
    return indexTemplates.stream().filter(t -> t.index().name().equals(indexName)).findFirst();
  }

  /** How a composed key is written: as its type dictates, sortable. */
  public enum Encoding {
    TEXT(false, true),
    ENUM(false, true),
    UUID(true, true),
    LONG(true, false),
    INT(true, false),
    SHORT(true, false),
    BYTE(true, false),
    INSTANT(true, true),
    DATE(true, true),
    DATE_TIME(true, true),
    /** Through a {@code @Convert} converter's string: neither known to be fixed-width nor ordered. */
    CONVERTED(false, false);

    private final boolean fixedWidth;
    private final boolean text;

    Encoding(boolean fixedWidth, boolean text) {
      this.fixedWidth = fixedWidth;
      this.text = text;
    }

    /** Whether every value is written with as many characters (so order holds mid-key). */
    public boolean fixedWidth() {
      return fixedWidth;
    }

    /** Whether the written form is meaningful text, so that a prefix of it selects. */
    public boolean text() {
      return text;
    }

    /** The encoding of a field's type, or null if it cannot be composed into a key. */
    static Encoding of(TypeMapping mapping) {
      if (mapping instanceof TypeMapping.Converted) {
        return CONVERTED;
      }
      if (!(mapping instanceof TypeMapping.Scalar scalar)) {
        return null;
      }
      return switch (scalar.kind()) {
        case STRING -> TEXT;
        case ENUM -> ENUM;
        case UUID -> UUID;
        case LONG -> LONG;
        case INT -> INT;
        case SHORT -> SHORT;
        case BYTE -> BYTE;
        case INSTANT -> INSTANT;
        case LOCAL_DATE -> DATE;
        case LOCAL_DATE_TIME -> DATE_TIME;
        default -> null;
      };
    }
  }

  /**
   * A key template: literal text and fields, in order.
   *
   * @param text the template as written
   * @param parts its pieces
   */
  public record KeyTemplate(String text, List<Part> parts) {
    public KeyTemplate {
      parts = List.copyOf(parts);
    }

    /** The fields, in order. */
    public List<AttributeModel> fields() {
      return parts.stream()
          .filter(Field.class::isInstance)
          .map(p -> ((Field) p).attribute())
          .toList();
    }

    /** Whether the template is constant text, without fields. */
    public boolean isConstant() {
      return parts.stream().noneMatch(Field.class::isInstance);
    }

    /** The text before the first field; the whole text for a constant template. */
    public String literalPrefix() {
      StringBuilder prefix = new StringBuilder();
      for (Part part : parts) {
        if (part instanceof Field) {
          break;
        }
        prefix.append(((Literal) part).text());
      }
      return prefix.toString();
    }

    /** The last field, which sort conditions are on; null for a constant template. */
    public Field lastField() {
      Field last = null;
      for (Part part : parts) {
        if (part instanceof Field field) {
          last = field;
        }
      }
      return last;
    }
  }

  /** A piece of a template. */
  public sealed interface Part {}

  /** Literal text. */
  public record Literal(String text) implements Part {}

  /**
   * A field's value, encoded.
   *
   * @param attribute the field
   * @param encoding how its type is written
   * @param pattern a {@code @KeyFormat} date-time pattern that replaces the encoding's form, or null
   * @param patternWidth the pattern's width when it is fixed-width and ordered, else -1
   * @param escaped whether text is percent-escaped (only text and enums are ever escaped)
   */
  public record Field(
      AttributeModel attribute, Encoding encoding, String pattern, int patternWidth, boolean escaped)
      implements Part {

    /** A field written in Dynamap's own form, escaped. */
    public Field(AttributeModel attribute, Encoding encoding) {
      this(attribute, encoding, null, -1, true);
    }

    /** Whether every value is written with as many characters (so order holds mid-key). */
    public boolean fixedWidth() {
      return pattern != null ? patternWidth >= 0 : encoding.fixedWidth();
    }

    /** Whether key order is value order, so that range conditions on it select values. */
    public boolean ordered() {
      return pattern != null ? patternWidth >= 0 : encoding != Encoding.CONVERTED;
    }

    /** Whether the written form is meaningful text, so that a prefix of it selects. */
    public boolean text() {
      return pattern != null || encoding.text();
    }

    /** Whether text is written escaped: text and enums, unless the table or field says not. */
    public boolean escapesText() {
      return escaped && (encoding == Encoding.TEXT || encoding == Encoding.ENUM);
    }

    /**
     * Whether the written text can hold {@code separator} (or end with its beginning), so that
     * it must be checked before it is written: never for fixed-width forms, which are read back
     * by their width, nor for escaped text before a separator starting with a character escaping
     * removes.
     */
    public boolean mayHold(String separator) {
      if (fixedWidth()) {
        return false;
      }
      return !(escapesText() && (separator.charAt(0) == '#' || separator.charAt(0) == '%'));
    }
  }
}
