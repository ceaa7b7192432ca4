package io.dynamap.runtime.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import io.dynamap.runtime.schema.DynamoNumbers;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Converts items ({@code Map<String, AttributeValue>}) to and from JSON text, in two forms.
 *
 * <h2>DynamoDB JSON</h2>
 *
 * <p>The form of DynamoDB's wire protocol, the AWS CLI and S3 exports: each value is an object
 * with exactly one type tag.
 *
 * <pre>
 * {"id": {"S": "c-001"}, "total": {"N": "42.50"}, "tags": {"SS": ["new", "vip"]},
 *  "photo": {"B": "iVBORw0K"}, "gift": {"BOOL": false}, "note": {"NULL": true},
 *  "lines": {"L": [{"M": {"sku": {"S": "A-1"}, "qty": {"N": "2"}}}]}}
 * </pre>
 *
 * <ul>
 *   <li>{@code S}: a JSON string. {@code N}: the number as a JSON string, such as {@code "42"}; a
 *       bare JSON number under {@code N} is refused, since no DynamoDB tool writes one. {@code B}:
 *       standard base64 with {@code =} padding.
 *   <li>{@code BOOL}: {@code true} or {@code false}. {@code NULL}: {@code true} only.
 *   <li>{@code SS}, {@code NS}, {@code BS}: non-empty arrays of strings (numbers and base64 as
 *       strings) with no duplicates: {@code NS} members are compared as numbers ({@code "1"} and
 *       {@code "1.0"} are duplicates), {@code BS} members by their bytes.
 *   <li>{@code L}: an array of values. {@code M}: an object of values. Either may be empty.
 * </ul>
 *
 * <h2>Plain JSON</h2>
 *
 * <p>What an application would write by hand: {@code {"id": "c-001", "total": 42.50, "tags":
 * ["new", "vip"]}}. Written: {@code S} as a string, {@code N} as a JSON number with exactly the
 * text of the {@code N} (only text JSON forbids is respelled: {@code "+1"}, {@code ".5"}, {@code
 * "007"} become {@code 1}, {@code 0.5}, {@code 7}), {@code B} as a base64 string, {@code BOOL} as a boolean, {@code
 * NULL} as {@code null}, sets and {@code L} as arrays, {@code M} as an object. Read without a
 * schema: a string is {@code S}, a number is {@code N} (its text exactly, never through {@code
 * double}), a boolean is {@code BOOL}, {@code null} is {@code NULL}, an array is {@code L}, an
 * object is {@code M}.
 *
 * <p>Plain JSON loses types: a binary cannot be told from a string, nor a set from a list, so
 * {@code B} reads back as {@code S} (its base64 text), and {@code SS}, {@code NS}, {@code BS} read
 * back as {@code L}. Only DynamoDB JSON round-trips every item exactly. (Reading plain JSON with
 * an entity's schema, which knows which attributes are sets or binaries, is for generated
 * schemas.)
 *
 * <h2>Numbers</h2>
 *
 * <p>Both readers, and both writers, accept only numbers DynamoDB can store (see {@link
 * DynamoNumbers}): at most 38 significant digits, magnitude from 1E-130 to
 * 9.9999999999999999999999999999999999999E+125, or zero. {@code NaN} and {@code Infinity} are
 * never numbers. Number text is kept as written ({@code "1.50"} stays {@code "1.50"}); DynamoDB
 * itself normalizes stored numbers.
 *
 * <h2>Output</h2>
 *
 * <p>Compact by default; the {@code pretty} overloads indent by two spaces with {@code "\n"} line
 * ends on every platform. Members are written in the map's iteration order, so the same map gives
 * the same text: pass a {@code TreeMap} (or a {@code LinkedHashMap} in a chosen order) for output
 * that is stable across runs; the readers return maps in document order. Non-ASCII characters are
 * written as they are, control characters escaped.
 *
 * <h2>Errors</h2>
 *
 * <p>Every problem is a {@link DynamoJsonException} whose message starts with the JSON path of the
 * offending value ({@code $.order.lines[2].qty}) and, when reading, ends with the line and column:
 * malformed JSON, an unknown or missing type tag, more than one tag, a wrong JSON type under a tag
 * ({@code {"S": 1}}), an invalid number, invalid base64, an empty set or one with duplicates, a
 * duplicate key in any object, content after the document. Writing refuses what DynamoDB cannot
 * store (an invalid number, an empty set, duplicate set members, {@code NULL} false, a null or
 * empty {@code AttributeValue}), so all this class writes, it reads back. Jackson's default limits
 * apply when reading: nesting 1000 deep, strings of 20 million characters, numbers of 1000
 * characters (DynamoDB's own limits are far lower: 32 levels, 400 KB items). Attribute names are
 * not checked against DynamoDB's rules.
 *
 * <p>All methods are thread-safe: they share one immutable {@link JsonFactory} and keep no other
 * state. Null arguments throw {@link NullPointerException}.
 */
public final class DynamoJson {
  /** Thread-safe once built; shared so that its buffer recycling and symbol tables are reused. */
  static final JsonFactory FACTORY =
      JsonFactory.builder()
          // Names come from untrusted text; interning them would grow the JVM's string pool.
          .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
          .build();

  /** A template: printers keep nesting state, so each document gets {@code createInstance()}. */
  static final DefaultPrettyPrinter PRETTY =
      new DefaultPrettyPrinter(
              Separators.createDefaultInstance()
                  .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                  .withObjectEmptySeparator("")
                  .withArrayEmptySeparator(""))
          .withObjectIndenter(new DefaultIndenter("  ", "\n"))
          .withArrayIndenter(new DefaultIndenter("  ", "\n"));

  private DynamoJson() {}

  // ---- DynamoDB JSON ----

  /**
   * An item as compact DynamoDB JSON: {@code {"id":{"S":"c-001"}}}.
   *
   * @param item the item; not null
   * @return the JSON text
   * @throws DynamoJsonException if a value is not a valid DynamoDB value: no type or several, an
   *     empty set, a set with duplicates or a null member, an invalid number
   */
  public static String toDynamoJson(Map<String, AttributeValue> item) {
    return ItemJsonWriter.dynamoItem(item, false);
  }

  /**
   * An item as DynamoDB JSON, indented if {@code pretty}.
   *
   * @param item the item; not null
   * @param pretty {@code true} to indent by two spaces, one member per line; {@code false} for one
   *     line without spaces
   * @return the JSON text
   * @throws DynamoJsonException if a value is not a valid DynamoDB value: no type or several, an
   *     empty set, a set with duplicates or a null member, an invalid number
   */
  public static String toDynamoJson(Map<String, AttributeValue> item, boolean pretty) {
    return ItemJsonWriter.dynamoItem(item, pretty);
  }

  /**
   * One value as compact DynamoDB JSON: {@code {"S":"c-001"}}.
   *
   * @param value the value; not null
   * @return the JSON text
   * @throws DynamoJsonException if a value is not a valid DynamoDB value: no type or several, an
   *     empty set, a set with duplicates or a null member, an invalid number
   */
  public static String toDynamoJson(AttributeValue value) {
    return ItemJsonWriter.dynamoValue(value, false);
  }

  /**
   * One value as DynamoDB JSON, indented if {@code pretty}.
   *
   * @param value the value; not null
   * @param pretty {@code true} to indent by two spaces, one member per line; {@code false} for one
   *     line without spaces
   * @return the JSON text
   * @throws DynamoJsonException if a value is not a valid DynamoDB value: no type or several, an
   *     empty set, a set with duplicates or a null member, an invalid number
   */
  public static String toDynamoJson(AttributeValue value, boolean pretty) {
    return ItemJsonWriter.dynamoValue(value, pretty);
  }

  /**
   * An item from DynamoDB JSON: {@code {"id": {"S": "c-001"}, …}}. The map is unmodifiable, in
   * document order.
   *
   * @param json the JSON text; not null
   * @return the item, unmodifiable, attributes in document order
   * @throws DynamoJsonException if the text is not a DynamoDB JSON item
   */
  public static Map<String, AttributeValue> fromDynamoJson(String json) {
    try (ItemJsonReader reader = new ItemJsonReader(json)) {
      return reader.dynamoItemDocument();
    }
  }

  /**
   * One value from DynamoDB JSON: {@code {"S": "c-001"}}.
   *
   * @param json the JSON text; not null
   * @return the value
   * @throws DynamoJsonException if the text is not one DynamoDB JSON value
   */
  public static AttributeValue valueFromDynamoJson(String json) {
    try (ItemJsonReader reader = new ItemJsonReader(json)) {
      return reader.dynamoValueDocument();
    }
  }

  /**
   * An item from a document that holds it under {@code "Item"}: {@code {"Item": {"id": {"S":
   * "c-001"}}}}. That is one line of a DynamoDB export to S3 in DynamoDB JSON format (each line of
   * the export's gunzipped data files), and also the output of {@code aws dynamodb get-item}.
   * Other top-level members, such as get-item's {@code "ConsumedCapacity"}, are skipped; paths in
   * errors start with {@code $.Item}. Incremental exports' lines ({@code "Keys"}, {@code
   * "NewImage"}, {@code "OldImage"}) have no {@code "Item"} and are refused.
   *
   * @param json the JSON text; not null
   * @return the item under {@code "Item"}, unmodifiable, attributes in document order
   * @throws DynamoJsonException if the text is not such a document, or has no {@code "Item"}
   */
  public static Map<String, AttributeValue> fromDynamoJsonExportLine(String json) {
    try (ItemJsonReader reader = new ItemJsonReader(json)) {
      return reader.itemEnvelopeDocument();
    }
  }

  // ---- plain JSON ----

  /**
   * An item as compact plain JSON: {@code {"id":"c-001","total":42.50}}.
   *
   * @param item the item; not null
   * @return the JSON text
   * @throws DynamoJsonException if a value is not a valid DynamoDB value: no type or several, an
   *     empty set, a set with duplicates or a null member, an invalid number
   */
  public static String toPlainJson(Map<String, AttributeValue> item) {
    return ItemJsonWriter.plainItem(item, false);
  }

  /**
   * An item as plain JSON, indented if {@code pretty}.
   *
   * @param item the item; not null
   * @param pretty {@code true} to indent by two spaces, one member per line; {@code false} for one
   *     line without spaces
   * @return the JSON text
   * @throws DynamoJsonException if a value is not a valid DynamoDB value: no type or several, an
   *     empty set, a set with duplicates or a null member, an invalid number
   */
  public static String toPlainJson(Map<String, AttributeValue> item, boolean pretty) {
    return ItemJsonWriter.plainItem(item, pretty);
  }

  /**
   * An item from plain JSON, which must be an object; see the class documentation for how JSON
   * types map to DynamoDB types. The map is unmodifiable, in document order.
   *
   * @param json the JSON text; not null
   * @return the item, unmodifiable, attributes in document order
   * @throws DynamoJsonException if the text is not a JSON object, or holds a number DynamoDB
   *     cannot store
   */
  public static Map<String, AttributeValue> fromPlainJson(String json) {
    try (ItemJsonReader reader = new ItemJsonReader(json)) {
      return reader.plainItemDocument();
    }
  }
}
