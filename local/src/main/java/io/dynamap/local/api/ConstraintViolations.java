package io.dynamap.local.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the violations of a request's declared constraints (lengths, patterns, enums, required
 * members) and reports them as DynamoDB does: one {@code ValidationException} listing at most ten,
 * {@code 2 validation errors detected: Value 'x' at 'path' failed to satisfy constraint: ...}.
 */
final class ConstraintViolations {
  private static final int MAX_REPORTED = 10;
  private final List<String> violations = new ArrayList<>();

  /** Records a violation of the member at {@code path} whose value is {@code value} (may be null). */
  void add(String path, Object value, String constraint) {
    if (violations.size() >= MAX_REPORTED) {
      return;
    }
    String shown = value == null ? "null" : "'" + text(value) + "'";
    violations.add(
        "Value " + shown + " at '" + path + "' failed to satisfy constraint: " + constraint);
  }

  void notNull(String path, Object value) {
    if (value == null) {
      add(path, null, "Member must not be null");
    }
  }

  void enumValue(String path, String value, String... allowed) {
    if (value != null && !List.of(allowed).contains(value)) {
      add(path, value, "Member must satisfy enum value set: [" + String.join(", ", allowed) + "]");
    }
  }

  /** Length bounds of a string, list or map (its size), checked only where present. */
  void length(String path, Object value, int length, int min, int max) {
    if (value == null) {
      return;
    }
    if (length < min) {
      add(path, value, "Member must have length greater than or equal to " + min);
    }
    if (length > max) {
      add(path, value, "Member must have length less than or equal to " + max);
    }
  }

  /** A table name member: pattern, then length, in DynamoDB's order. */
  void tableName(String path, String name) {
    if (name == null) {
      return;
    }
    if (!RequestShapes.TABLE_NAME.matcher(name).matches()) {
      add(path, name, "Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+");
    }
    length(path, name, name.length(), 3, 255);
  }

  /** Throws the collected violations, if any. */
  void throwIfAny() {
    if (violations.isEmpty()) {
      return;
    }
    int count = violations.size();
    throw DynamoException.validation(
        count + " validation error" + (count > 1 ? "s" : "") + " detected: "
            + String.join("; ", violations));
  }

  /** DynamoDB's rendering of a value in a message: strings bare, lists bracketed, maps as JSON. */
  static String text(Object value) {
    if (value instanceof JsonNode node) {
      if (node.isTextual()) {
        return node.textValue();
      }
      if (node.isArray()) {
        List<String> members = new ArrayList<>();
        node.forEach(member -> members.add(member.isNull() ? "null" : text(member)));
        return "[" + String.join(", ", members) + "]";
      }
      return node.toString();
    }
    if (value instanceof List<?> list) {
      List<String> members = new ArrayList<>();
      list.forEach(member -> members.add(member == null ? "null" : text(member)));
      return "[" + String.join(", ", members) + "]";
    }
    return String.valueOf(value);
  }
}
