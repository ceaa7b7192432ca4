package io.dynamap.local.api;

import io.dynamap.local.value.Value;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * DynamoDB's checks of {@code ExpressionAttributeNames} and {@code ExpressionAttributeValues}
 * themselves, made before any expression is parsed: not empty, placeholders of the form {@code
 * #name} and {@code :value}.
 */
final class ExpressionParameters {
  private static final Pattern NAME_PLACEHOLDER = Pattern.compile("#[0-9a-zA-Z_]+");
  private static final Pattern VALUE_PLACEHOLDER = Pattern.compile(":[0-9a-zA-Z_]+");

  private ExpressionParameters() {}

  /** @param names or {@code values}: null where the request has none */
  static void check(Map<String, String> names, Map<String, Value> values) {
    if (names != null) {
      if (names.isEmpty()) {
        throw DynamoException.validation("ExpressionAttributeNames must not be empty");
      }
      for (String placeholder : names.keySet()) {
        if (!NAME_PLACEHOLDER.matcher(placeholder).matches()) {
          throw DynamoException.validation("ExpressionAttributeNames contains invalid key: Syntax"
              + " error; key: \"" + placeholder + "\"");
        }
      }
    }
    if (values != null) {
      if (values.isEmpty()) {
        throw DynamoException.validation("ExpressionAttributeValues must not be empty");
      }
      for (String placeholder : values.keySet()) {
        if (!VALUE_PLACEHOLDER.matcher(placeholder).matches()) {
          throw DynamoException.validation("ExpressionAttributeValues contains invalid key: Syntax"
              + " error; key: \"" + placeholder + "\"");
        }
      }
    }
  }
}
