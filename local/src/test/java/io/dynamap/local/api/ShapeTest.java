package io.dynamap.local.api;

import static io.dynamap.local.api.Shape.member;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class ShapeTest {
  private static final Shape SHAPE = Shape.of(
      member("Name", Shape.STRING).notNull().minLength(3),
      member("Flag", Shape.BOOLEAN),
      member("Count", Shape.INTEGER).min(1).max(5),
      member("Items", Shape.list(member("member", Shape.struct(true, "Thing",
          member("Key", Shape.STRING).notNull().oneOf("A", "B"))))).maxLength(20));

  private static String error(String json) {
    DynamoException error = assertThrows(DynamoException.class,
        () -> SHAPE.validate(OperationHarness.parse(json)));
    return error.type() + ": " + error.getMessage();
  }

  @Test
  void normalizesKnownMembersAndDropsOthers() {
    ObjectNode normalized = SHAPE.validate(OperationHarness.parse(
        "{'Name': 'abc', 'Flag': 'yes', 'Count': 2.7, 'Other': 1, 'Items': null}"));
    assertEquals("{\"Name\":\"abc\",\"Flag\":true,\"Count\":2}", normalized.toString());
  }

  @Test
  void typeErrorsAreSerializationErrors() {
    assertEquals("SerializationException: TRUE_VALUE cannot be converted to String",
        error("{'Name': true}"));
    assertEquals("SerializationException: STRING_VALUE cannot be converted to Integer",
        error("{'Name': 'abc', 'Count': 'x'}"));
    assertEquals("SerializationException: Unrecognized collection type class"
        + " com.amazonaws.dynamodb.v20120810.Thing", error("{'Name': 'abc', 'Items': [[]]}"));
    assertEquals("SerializationException: Unexpected value type in payload",
        error("{'Name': 'abc', 'Items': [1]}"));
  }

  @Test
  void constraintErrorsAreCollectedWithPaths() {
    assertEquals("ValidationException: 4 validation errors detected: Value 'ab' at 'name' failed"
        + " to satisfy constraint: Member must have length greater than or equal to 3; Value '9'"
        + " at 'count' failed to satisfy constraint: Member must have value less than or equal to"
        + " 5; Value 'C' at 'items.1.member.key' failed to satisfy constraint: Member must satisfy"
        + " enum value set: [A, B]; Value null at 'items.2.member.key' failed to satisfy"
        + " constraint: Member must not be null",
        error("{'Name': 'ab', 'Count': 9, 'Items': [{'Key': 'C'}, {}]}"));
  }

  @Test
  void atMostTenErrorsAreReported() {
    StringBuilder items = new StringBuilder();
    for (int i = 0; i < 15; i++) {
      items.append(i == 0 ? "" : ", ").append("{}");
    }
    String message = error("{'Name': 'abc', 'Items': [" + items + "]}");
    assertEquals("ValidationException: 10 validation errors detected", message.substring(0,
        message.indexOf(':', message.indexOf(':') + 1)));
  }
}
