package io.dynamap.local.expr;

import java.util.ArrayList;
import java.util.List;

/** Splits an expression into {@link Token}s; never fails (unknown characters become tokens). */
final class Lexer {
  private Lexer() {}

  static List<Token> tokenize(String expression) {
    List<Token> tokens = new ArrayList<>();
    int length = expression.length();
    int i = 0;
    while (i < length) {
      char c = expression.charAt(i);
      if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
        i++;
        continue;
      }
      int start = i;
      Token.Kind kind;
      if (isWordStart(c)) {
        i++;
        while (i < length && isWordPart(expression.charAt(i))) {
          i++;
        }
        kind = Token.Kind.WORD;
      } else if (isDigit(c)) {
        while (i < length && isDigit(expression.charAt(i))) {
          i++;
        }
        kind = Token.Kind.NUMBER;
      } else if (c == '#' || c == ':') {
        i++;
        while (i < length && isWordPart(expression.charAt(i))) {
          i++;
        }
        if (i == start + 1) {
          kind = Token.Kind.INVALID;
        } else {
          kind = c == '#' ? Token.Kind.NAME_PLACEHOLDER : Token.Kind.VALUE_PLACEHOLDER;
        }
      } else if (c == '<') {
        i++;
        if (i < length && (expression.charAt(i) == '=' || expression.charAt(i) == '>')) {
          i++;
        }
        kind = Token.Kind.SYMBOL;
      } else if (c == '>') {
        i++;
        if (i < length && expression.charAt(i) == '=') {
          i++;
        }
        kind = Token.Kind.SYMBOL;
      } else if ("=()[],.+-".indexOf(c) >= 0) {
        i++;
        kind = Token.Kind.SYMBOL;
      } else {
        // Keep surrogate pairs whole so the message quotes the character as written.
        i += Character.isHighSurrogate(c) && i + 1 < length ? 2 : 1;
        kind = Token.Kind.INVALID;
      }
      tokens.add(new Token(kind, expression.substring(start, i), start, i));
    }
    tokens.add(new Token(Token.Kind.EOF, "<EOF>", length, length));
    return tokens;
  }

  private static boolean isWordStart(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
  }

  private static boolean isWordPart(char c) {
    return isWordStart(c) || isDigit(c);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
