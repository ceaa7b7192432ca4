package io.dynamap.local.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The top-level attribute names a (valid, already parsed) condition expression reads, found from its
 * tokens: names not after a '.', not called as functions, not keywords, {@code #placeholders}
 * resolved. Values are always {@code :placeholders}, so no literal can look like a name.
 */
final class ExpressionHeads {
  private static final Set<String> KEYWORDS = Set.of("AND", "OR", "NOT", "BETWEEN", "IN");

  private ExpressionHeads() {}

  static Set<String> of(String expression, JsonNode names) {
    Set<String> heads = new LinkedHashSet<>();
    int i = 0;
    int length = expression.length();
    char previous = ' ';
    while (i < length) {
      char c = expression.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      boolean placeholder = c == '#' || c == ':';
      if (placeholder || isNameChar(c)) {
        int start = i;
        i++;
        while (i < length && isNameChar(expression.charAt(i))) {
          i++;
        }
        String token = expression.substring(start, i);
        int next = i;
        while (next < length && Character.isWhitespace(expression.charAt(next))) {
          next++;
        }
        boolean call = next < length && expression.charAt(next) == '(';
        boolean nested = previous == '.';
        if (c != ':' && !call && !nested
            && !KEYWORDS.contains(token.toUpperCase(Locale.ROOT))) {
          if (c == '#') {
            JsonNode resolved = names == null ? null : names.get(token);
            if (resolved != null) {
              heads.add(resolved.asText());
            }
          } else if (!Character.isDigit(c)) {
            heads.add(token);
          }
        }
        previous = 'a';
        continue;
      }
      previous = c;
      i++;
    }
    return heads;
  }

  private static boolean isNameChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }
}
