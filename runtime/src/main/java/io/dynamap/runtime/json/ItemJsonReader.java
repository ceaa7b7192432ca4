package io.dynamap.runtime.json;

import static io.dynamap.runtime.schema.DynamoNumbers.quote;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import io.dynamap.runtime.schema.DynamoNumbers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Reads one JSON document, DynamoDB JSON or plain JSON, into attribute values. One instance per
 * document, used by one thread. Every token is read through {@link #next}, so that a syntax error
 * anywhere is reported with the path of the value being read.
 */
final class ItemJsonReader implements AutoCloseable {
  static final String TAGS = "S, N, B, BOOL, NULL, SS, NS, BS, L, M";

  private static final Set<String> TAG_NAMES = Set.of(TAGS.split(", "));

  private static final AttributePath ROOT = AttributePath.ROOT;

  private final JsonParser parser;

  ItemJsonReader(String json) {
    Objects.requireNonNull(json, "json");
    try {
      this.parser = DynamoJson.FACTORY.createParser(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a String source does no I/O
    }
  }

  @Override
  public void close() {
    try {
      parser.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---- documents ----

  /** {@code {"name": {"S": "x"}, …}}. */
  Map<String, AttributeValue> dynamoItemDocument() {
    startDocument("a JSON object of attributes, such as {\"id\": {\"S\": \"x\"}}");
    Map<String, AttributeValue> item = dynamoMap(ROOT);
    endDocument();
    return item;
  }

  /** {@code {"S": "x"}}. */
  AttributeValue dynamoValueDocument() {
    startDocument("a DynamoDB JSON value, such as {\"S\": \"x\"}");
    AttributeValue value = dynamoValue(ROOT);
    endDocument();
    return value;
  }

  /** {@code {"Item": {"name": {"S": "x"}, …}, …}}: other members are skipped. */
  Map<String, AttributeValue> itemEnvelopeDocument() {
    startDocument("a JSON object such as {\"Item\": {\"id\": {\"S\": \"x\"}}}");
    Map<String, AttributeValue> item = null;
    String key = null;
    while (nextMember(ROOT, key) == JsonToken.FIELD_NAME) {
      key = name(ROOT);
      AttributePath path = ROOT.name(key);
      JsonToken token = next(path);
      if (!key.equals("Item")) {
        skip(path); // e.g. get-item's "ConsumedCapacity"
        continue;
      }
      if (item != null) {
        throw error(path, "duplicate key \"Item\"");
      }
      if (token != JsonToken.START_OBJECT) {
        throw error(path, "\"Item\" must be a JSON object of attributes, found " + describe(token));
      }
      item = dynamoMap(path);
    }
    if (item == null) {
      throw error(ROOT, "no \"Item\" member: expected {\"Item\": {…}}");
    }
    endDocument();
    return item;
  }

  /** {@code {"name": "x", …}}. */
  Map<String, AttributeValue> plainItemDocument() {
    startDocument("a JSON object of attributes, such as {\"id\": \"x\"}");
    Map<String, AttributeValue> item = plainMap(ROOT);
    endDocument();
    return item;
  }

  private void startDocument(String expected) {
    JsonToken token = next(ROOT);
    if (token == null) {
      throw error(ROOT, "empty input: expected " + expected);
    }
    if (token != JsonToken.START_OBJECT) {
      throw error(ROOT, "expected " + expected + ", found " + describe(token));
    }
  }

  private void endDocument() {
    JsonToken token;
    try {
      token = parser.nextToken();
    } catch (JsonProcessingException e) {
      throw withLocation(
          ROOT, "trailing content after the JSON document: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (token != null) {
      throw error(ROOT, "trailing content after the JSON document");
    }
  }

  // ---- DynamoDB JSON ----

  /** The members of an object whose current token is START_OBJECT, each a tagged value. */
  private Map<String, AttributeValue> dynamoMap(AttributePath path) {
    Map<String, AttributeValue> map = new LinkedHashMap<>();
    String name = null;
    while (nextMember(path, name) == JsonToken.FIELD_NAME) {
      name = name(path);
      AttributePath child = path.name(name);
      if (map.containsKey(name)) {
        throw error(child, "duplicate key " + quote(name));
      }
      next(child);
      map.put(name, dynamoValue(child));
    }
    return Collections.unmodifiableMap(map);
  }

  /** A value object {@code {"TAG": …}} whose first token is current. */
  private AttributeValue dynamoValue(AttributePath path) {
    JsonToken token = parser.currentToken();
    if (token != JsonToken.START_OBJECT) {
      throw error(
          path,
          "expected a DynamoDB JSON value object such as {\"S\": \"x\"}, found " + describe(token));
    }
    if (next(path) != JsonToken.FIELD_NAME) {
      throw error(path, "empty value object: expected exactly one type tag, one of " + TAGS);
    }
    String tag = name(path);
    if (!TAG_NAMES.contains(tag)) {
      throw error(path, "unknown type tag " + quote(tag) + ": expected one of " + TAGS);
    }
    next(path);
    AttributeValue value = tagged(tag, path);
    if (next(path) == JsonToken.FIELD_NAME) {
      String other = name(path);
      throw error(
          path,
          other.equals(tag)
              ? "duplicate type tag " + quote(tag)
              : "more than one type tag ("
                  + quote(tag)
                  + " and "
                  + quote(other)
                  + "): a value object has exactly one");
    }
    return value;
  }

  /** The content of a tag, whose first token is current. */
  private AttributeValue tagged(String tag, AttributePath path) {
    JsonToken token = parser.currentToken();
    switch (tag) {
      case "S":
        return AttributeValue.fromS(string(tag, path));
      case "N":
        if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
          // DynamoDB's wire format, the CLI and exports all quote numbers; a bare JSON number
          // means the text was not written as DynamoDB JSON, so say so rather than guess.
          throw error(
              path,
              "\"N\" must hold the number as a JSON string, such as {\"N\": \"42\"}, found a JSON"
                  + " number");
        }
        return AttributeValue.fromN(number(string(tag, path), path));
      case "B":
        return AttributeValue.fromB(SdkBytes.fromByteArrayUnsafe(base64(string(tag, path), path)));
      case "BOOL":
        if (token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
          throw wrongType(tag, "true or false", path);
        }
        return AttributeValue.fromBool(token == JsonToken.VALUE_TRUE);
      case "NULL":
        if (token == JsonToken.VALUE_FALSE) {
          throw error(path, "\"NULL\" must be true: DynamoDB writes a null as {\"NULL\": true}");
        }
        if (token != JsonToken.VALUE_TRUE) {
          throw wrongType(tag, "true", path);
        }
        return AttributeValue.fromNul(true);
      case "SS":
      case "NS":
      case "BS":
        return set(tag, path);
      case "L":
        return list(path);
      case "M":
        if (token != JsonToken.START_OBJECT) {
          throw wrongType(tag, "a JSON object", path);
        }
        return AttributeValue.fromM(dynamoMap(path));
      default:
        throw new AssertionError(tag); // checked by the caller
    }
  }

  private AttributeValue list(AttributePath path) {
    if (parser.currentToken() != JsonToken.START_ARRAY) {
      throw wrongType("L", "an array", path);
    }
    List<AttributeValue> list = new ArrayList<>();
    for (int i = 0; next(path.index(i)) != JsonToken.END_ARRAY; i++) {
      list.add(dynamoValue(path.index(i)));
    }
    return AttributeValue.fromL(list);
  }

  private AttributeValue set(String tag, AttributePath path) {
    if (parser.currentToken() != JsonToken.START_ARRAY) {
      throw wrongType(tag, "an array", path);
    }
    List<String> texts = new ArrayList<>();
    List<SdkBytes> bytes = new ArrayList<>();
    Map<Object, Integer> seen = new HashMap<>();
    int i = 0;
    for (; next(path.index(i)) != JsonToken.END_ARRAY; i++) {
      AttributePath member = path.index(i);
      if (parser.currentToken() != JsonToken.VALUE_STRING) {
        throw error(
            member,
            quote(tag)
                + " members must be JSON strings, found "
                + describe(parser.currentToken()));
      }
      String text = text(member);
      Object key;
      if (tag.equals("BS")) {
        byte[] b = base64(text, member);
        bytes.add(SdkBytes.fromByteArrayUnsafe(b));
        key = ByteBuffer.wrap(b);
      } else {
        key = tag.equals("NS") ? DynamoNumbers.numericKey(number(text, member)) : text;
        texts.add(text);
      }
      Integer earlier = seen.putIfAbsent(key, i);
      if (earlier != null) {
        throw error(member, duplicateMember(tag, text, earlier, tag.equals("BS") ? null : texts));
      }
    }
    if (i == 0) {
      throw error(path, emptySet(tag));
    }
    switch (tag) {
      case "SS":
        return AttributeValue.fromSs(texts);
      case "NS":
        return AttributeValue.fromNs(texts);
      default:
        return AttributeValue.fromBs(bytes);
    }
  }

  /** The text of a string token under {@code tag}. */
  private String string(String tag, AttributePath path) {
    if (parser.currentToken() != JsonToken.VALUE_STRING) {
      throw wrongType(tag, "a JSON string", path);
    }
    return text(path);
  }

  // ---- plain JSON ----

  private Map<String, AttributeValue> plainMap(AttributePath path) {
    Map<String, AttributeValue> map = new LinkedHashMap<>();
    String name = null;
    while (nextMember(path, name) == JsonToken.FIELD_NAME) {
      name = name(path);
      AttributePath child = path.name(name);
      if (map.containsKey(name)) {
        throw error(child, "duplicate key " + quote(name));
      }
      next(child);
      map.put(name, plainValue(child));
    }
    return Collections.unmodifiableMap(map);
  }

  private AttributeValue plainValue(AttributePath path) {
    JsonToken token = parser.currentToken();
    switch (token) {
      case VALUE_STRING:
        return AttributeValue.fromS(text(path));
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        // The token's text, exactly as written: never through double, which would round.
        return AttributeValue.fromN(number(text(path), path));
      case VALUE_TRUE:
        return AttributeValue.fromBool(true);
      case VALUE_FALSE:
        return AttributeValue.fromBool(false);
      case VALUE_NULL:
        return AttributeValue.fromNul(true);
      case START_ARRAY:
        List<AttributeValue> list = new ArrayList<>();
        for (int i = 0; next(path.index(i)) != JsonToken.END_ARRAY; i++) {
          list.add(plainValue(path.index(i)));
        }
        return AttributeValue.fromL(list);
      case START_OBJECT:
        return AttributeValue.fromM(plainMap(path));
      default:
        throw error(path, "unexpected " + describe(token));
    }
  }

  // ---- checks shared with the writer ----

  static String emptySet(String tag) {
    return "empty " + tag + ": DynamoDB does not store empty sets";
  }

  /**
   * A member equal to the one at {@code earlier}; {@code texts} holds the members' texts so far
   * (null for BS, whose members are shown by position only).
   */
  static String duplicateMember(String tag, String text, int earlier, List<String> texts) {
    switch (tag) {
      case "SS":
        return "duplicate member " + quote(text) + " in SS, the same as [" + earlier + "]";
      case "NS":
        return "duplicate member "
            + quote(text)
            + " in NS, numerically equal to ["
            + earlier
            + "] "
            + quote(texts.get(earlier));
      default:
        return "duplicate member in BS, the same bytes as [" + earlier + "]";
    }
  }

  private String number(String text, AttributePath path) {
    String problem = DynamoNumbers.problem(text);
    if (problem != null) {
      throw error(path, problem);
    }
    return text;
  }

  /**
   * Standard base64 with padding (RFC 4648 section 4), as the CLI and exports write it. Only the
   * canonical encoding is accepted, so that one byte string has one text and BS duplicates by
   * text and by bytes agree.
   */
  private byte[] base64(String text, AttributePath path) {
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(text);
    } catch (IllegalArgumentException e) {
      throw error(path, "invalid base64 " + quote(text) + ": " + e.getMessage());
    }
    if (!Base64.getEncoder().encodeToString(bytes).equals(text)) {
      throw error(
          path,
          "invalid base64 "
              + quote(text)
              + ": not in canonical form (standard alphabet, '=' padding, zero unused bits)");
    }
    return bytes;
  }

  // ---- tokens ----

  /** The next token; a syntax error is reported at {@code path}. Null at the end of input. */
  private JsonToken next(AttributePath path) {
    try {
      return parser.nextToken();
    } catch (JsonProcessingException e) {
      throw malformed(path, e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The next member's name in the object at {@code path}, after the member {@code previous}.
   * Jackson reads a scalar value together with its name, so a bad value (say {@code NaN}) fails
   * here; it is then reported at the member's own path, which Jackson has already recorded.
   */
  private JsonToken nextMember(AttributePath path, String previous) {
    try {
      return parser.nextToken();
    } catch (JsonProcessingException e) {
      String pending = parser.getParsingContext().getCurrentName();
      throw malformed(pending != null && !pending.equals(previous) ? path.name(pending) : path, e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The current token's text; strings are decoded lazily, so this too can find bad syntax. */
  private String text(AttributePath path) {
    try {
      return parser.getText();
    } catch (JsonProcessingException e) {
      throw malformed(path, e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String name(AttributePath path) {
    try {
      return parser.currentName();
    } catch (JsonProcessingException e) {
      throw malformed(path, e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void skip(AttributePath path) {
    try {
      parser.skipChildren();
    } catch (JsonProcessingException e) {
      throw malformed(path, e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---- errors ----

  private DynamoJsonException wrongType(String tag, String expected, AttributePath path) {
    return error(
        path,
        quote(tag) + " must hold " + expected + ", found " + describe(parser.currentToken()));
  }

  /** A problem at the current token. */
  private DynamoJsonException error(AttributePath path, String problem) {
    JsonLocation at = parser.currentTokenLocation();
    return new DynamoJsonException(
        path.toString(), problem, at.getLineNr(), at.getColumnNr(), null);
  }

  private DynamoJsonException malformed(AttributePath path, JsonProcessingException e) {
    String detail;
    if (e instanceof JsonEOFException
        || String.valueOf(e.getOriginalMessage()).startsWith("Unexpected end-of-input")) {
      detail = "malformed JSON: unexpected end of input";
    } else if (e instanceof StreamConstraintsException) {
      detail = "JSON exceeds a limit: " + e.getOriginalMessage();
    } else {
      detail = "malformed JSON: " + e.getOriginalMessage();
    }
    return withLocation(path, detail, e);
  }

  private static DynamoJsonException withLocation(
      AttributePath path, String problem, JsonProcessingException e) {
    JsonLocation at = e.getLocation();
    int line = at == null ? -1 : at.getLineNr();
    int column = at == null ? -1 : at.getColumnNr();
    return new DynamoJsonException(path.toString(), problem, line, column, e);
  }

  static String describe(JsonToken token) {
    if (token == null) {
      return "the end of input";
    }
    switch (token) {
      case START_OBJECT:
        return "a JSON object";
      case START_ARRAY:
        return "an array";
      case VALUE_STRING:
        return "a JSON string";
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "a JSON number";
      case VALUE_TRUE:
        return "true";
      case VALUE_FALSE:
        return "false";
      case VALUE_NULL:
        return "null";
      default:
        return token.asString() == null ? token.name() : "'" + token.asString() + "'";
    }
  }
}
