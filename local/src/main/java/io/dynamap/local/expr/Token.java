package io.dynamap.local.expr;

/**
 * One lexical token of an expression.
 *
 * @param kind what the token is
 * @param text the token as written
 * @param start offset of its first character in the expression
 * @param end offset just past its last character
 */
record Token(Kind kind, String text, int start, int end) {
  enum Kind {
    /** A bare word: an attribute name, function name or keyword. */
    WORD,
    /** {@code #name}. */
    NAME_PLACEHOLDER,
    /** {@code :value}. */
    VALUE_PLACEHOLDER,
    /** A run of digits (list indexes). */
    NUMBER,
    /** Punctuation and operators: {@code = <> < <= > >= ( ) [ ] , . + -}. */
    SYMBOL,
    /** A character no token may start with, or a lone {@code #} or {@code :}. */
    INVALID,
    /** The end of the expression. */
    EOF
  }

  boolean is(String symbol) {
    return kind == Kind.SYMBOL && text.equals(symbol);
  }

  /** A bare word equal, ignoring case, to a keyword. */
  boolean isKeyword(String keyword) {
    return kind == Kind.WORD && text.equalsIgnoreCase(keyword);
  }
}
