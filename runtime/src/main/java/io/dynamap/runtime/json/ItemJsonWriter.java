package io.dynamap.runtime.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.dynamap.runtime.schema.DynamoNumbers;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Writes attribute values as DynamoDB JSON or plain JSON. Values DynamoDB cannot store (an
 * invalid number, an empty set, a set with duplicates, {@code NULL} false, a null or empty
 * AttributeValue) are refused with their path, so that whatever is written reads back.
 */
final class ItemJsonWriter {
  private final JsonGenerator out;
  private final boolean plain;

  private ItemJsonWriter(JsonGenerator out, boolean plain) {
    this.out = out;
    this.plain = plain;
  }

  static String dynamoItem(Map<String, AttributeValue> item, boolean pretty) {
    Objects.requireNonNull(item, "item");
    return generate(pretty, w -> w.map(item, AttributePath.ROOT), false);
  }

  static String dynamoValue(AttributeValue value, boolean pretty) {
    Objects.requireNonNull(value, "value");
    return generate(pretty, w -> w.value(value, AttributePath.ROOT), false);
  }

  static String plainItem(Map<String, AttributeValue> item, boolean pretty) {
    Objects.requireNonNull(item, "item");
    return generate(pretty, w -> w.map(item, AttributePath.ROOT), true);
  }

  private interface Body {
    void write(ItemJsonWriter writer) throws IOException;
  }

  private static String generate(boolean pretty, Body body, boolean plain) {
    StringWriter text = new StringWriter();
    try (JsonGenerator out = DynamoJson.FACTORY.createGenerator(text)) {
      if (pretty) {
        out.setPrettyPrinter(DynamoJson.PRETTY.createInstance());
      }
      body.write(new ItemJsonWriter(out, plain));
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does no I/O
    }
    return text.toString();
  }

  private void map(Map<String, AttributeValue> map, AttributePath path) throws IOException {
    start(path, true);
    for (Map.Entry<String, AttributeValue> e : map.entrySet()) {
      String name = e.getKey();
      if (name == null) {
        throw new DynamoJsonException(path.toString(), "null attribute name");
      }
      out.writeFieldName(name);
      value(e.getValue(), path.name(name));
    }
    out.writeEndObject();
  }

  private void value(AttributeValue v, AttributePath path) throws IOException {
    if (v == null) {
      throw new DynamoJsonException(
          path.toString(), "null AttributeValue: DynamoDB's null is AttributeValue.fromNul(true)");
    }
    String tag = tag(v, path);
    if (!plain) {
      start(path, true);
      out.writeFieldName(tag);
    }
    switch (tag) {
      case "S":
        out.writeString(v.s());
        break;
      case "N":
        number(v.n(), path);
        break;
      case "B":
        out.writeString(base64(v.b()));
        break;
      case "BOOL":
        out.writeBoolean(v.bool());
        break;
      case "NULL":
        if (!v.nul()) {
          throw new DynamoJsonException(
              path.toString(), "NULL is false: DynamoDB's null is AttributeValue.fromNul(true)");
        }
        if (plain) {
          out.writeNull();
        } else {
          out.writeBoolean(true);
        }
        break;
      case "SS":
      case "NS":
        stringSet(tag, tag.equals("SS") ? v.ss() : v.ns(), path);
        break;
      case "BS":
        binarySet(v.bs(), path);
        break;
      case "L":
        start(path, false);
        List<AttributeValue> list = v.l();
        for (int i = 0; i < list.size(); i++) {
          value(list.get(i), path.index(i));
        }
        out.writeEndArray();
        break;
      case "M":
        map(v.m(), path);
        break;
      default:
        throw new AssertionError(tag);
    }
    if (!plain) {
      out.writeEndObject();
    }
  }

  /**
   * The one member set in {@code v}, as its DynamoDB JSON tag. Counted here rather than taken from
   * {@code type()}, which reports null for two members and UNKNOWN_TO_SDK_VERSION for none.
   */
  private static String tag(AttributeValue v, AttributePath path) {
    String tag = null;
    int members = 0;
    if (v.s() != null) {
      tag = "S";
      members++;
    }
    if (v.n() != null) {
      tag = "N";
      members++;
    }
    if (v.b() != null) {
      tag = "B";
      members++;
    }
    if (v.bool() != null) {
      tag = "BOOL";
      members++;
    }
    if (v.nul() != null) {
      tag = "NULL";
      members++;
    }
    if (v.hasSs()) {
      tag = "SS";
      members++;
    }
    if (v.hasNs()) {
      tag = "NS";
      members++;
    }
    if (v.hasBs()) {
      tag = "BS";
      members++;
    }
    if (v.hasL()) {
      tag = "L";
      members++;
    }
    if (v.hasM()) {
      tag = "M";
      members++;
    }
    if (members == 0) {
      throw new DynamoJsonException(
          path.toString(), "AttributeValue has no value set, or only one this SDK does not know");
    }
    if (members > 1) {
      throw new DynamoJsonException(
          path.toString(), "AttributeValue has more than one member set: " + v);
    }
    return tag;
  }

  private void number(String n, AttributePath path) throws IOException {
    String problem = DynamoNumbers.problem(n);
    if (problem != null) {
      throw new DynamoJsonException(path.toString(), problem);
    }
    if (plain) {
      // Raw text, so no digit is lost; rewritten only where DynamoDB's syntax is looser than JSON's.
      out.writeNumber(DynamoNumbers.toJsonNumber(n));
    } else {
      out.writeString(n);
    }
  }

  private void stringSet(String tag, List<String> members, AttributePath path) throws IOException {
    if (members.isEmpty()) {
      throw new DynamoJsonException(path.toString(), ItemJsonReader.emptySet(tag));
    }
    boolean numbers = tag.equals("NS");
    Map<String, Integer> seen = new HashMap<>();
    List<String> texts = new ArrayList<>(members.size());
    start(path, false);
    for (int i = 0; i < members.size(); i++) {
      String member = members.get(i);
      AttributePath memberPath = path.index(i);
      if (member == null) {
        throw new DynamoJsonException(memberPath.toString(), "null member in " + tag);
      }
      if (numbers) {
        number(member, memberPath);
      } else {
        out.writeString(member);
      }
      texts.add(member);
      Integer earlier = seen.putIfAbsent(numbers ? DynamoNumbers.numericKey(member) : member, i);
      if (earlier != null) {
        throw new DynamoJsonException(
            memberPath.toString(), ItemJsonReader.duplicateMember(tag, member, earlier, texts));
      }
    }
    out.writeEndArray();
  }

  private void binarySet(List<SdkBytes> members, AttributePath path) throws IOException {
    if (members.isEmpty()) {
      throw new DynamoJsonException(path.toString(), ItemJsonReader.emptySet("BS"));
    }
    Map<ByteBuffer, Integer> seen = new HashMap<>();
    start(path, false);
    for (int i = 0; i < members.size(); i++) {
      SdkBytes member = members.get(i);
      AttributePath memberPath = path.index(i);
      if (member == null) {
        throw new DynamoJsonException(memberPath.toString(), "null member in BS");
      }
      Integer earlier = seen.putIfAbsent(member.asByteBuffer(), i);
      if (earlier != null) {
        throw new DynamoJsonException(
            memberPath.toString(), ItemJsonReader.duplicateMember("BS", null, earlier, null));
      }
      out.writeString(base64(member));
    }
    out.writeEndArray();
  }

  private static String base64(SdkBytes bytes) {
    return Base64.getEncoder().encodeToString(bytes.asByteArrayUnsafe());
  }

  /** Opens an object or array; past Jackson's nesting limit, fails naming the path. */
  private void start(AttributePath path, boolean object) throws IOException {
    try {
      if (object) {
        out.writeStartObject();
      } else {
        out.writeStartArray();
      }
    } catch (JsonProcessingException e) {
      throw new DynamoJsonException(
          path.toString(), "cannot write JSON: " + e.getOriginalMessage(), -1, -1, e);
    }
  }
}
