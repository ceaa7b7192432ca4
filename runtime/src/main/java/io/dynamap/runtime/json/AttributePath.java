package io.dynamap.runtime.json;

/**
 * Where a value sits in an item, for error messages: {@code $.order.lines[2].qty}. Immutable and
 * built as the readers and writers descend; the text is made only when an error needs it.
 */
final class AttributePath {
  static final AttributePath ROOT = new AttributePath(null, null, -1);

  /** Longer names are cut: a name in untrusted JSON can be megabytes long. */
  private static final int MAX_NAME_SHOWN = 200;

  private final AttributePath parent;
  private final String name;
  private final int index;

  private AttributePath(AttributePath parent, String name, int index) {
    this.parent = parent;
    this.name = name;
    this.index = index;
  }

  /** The member {@code name} of the map or item at this path. */
  AttributePath name(String name) {
    return new AttributePath(this, name, -1);
  }

  /** The element {@code index} of the list or set at this path. */
  AttributePath index(int index) {
    return new AttributePath(this, null, index);
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    append(out);
    return out.toString();
  }

  private void append(StringBuilder out) {
    if (parent == null) {
      out.append('$');
      return;
    }
    parent.append(out);
    if (name == null) {
      out.append('[').append(index).append(']');
    } else if (name.length() <= MAX_NAME_SHOWN && isPlainName(name)) {
      out.append('.').append(name);
    } else {
      // Bracket notation for names with dots, spaces, quotes…, so the path stays unambiguous.
      out.append("['");
      int shown = Math.min(name.length(), MAX_NAME_SHOWN);
      for (int i = 0; i < shown; i++) {
        char c = name.charAt(i);
        if (c == '\'' || c == '\\') {
          out.append('\\').append(c);
        } else if (c < 0x20 || c == 0x7f) {
          out.append(String.format("\\u%04x", (int) c));
        } else {
          out.append(c);
        }
      }
      if (shown < name.length()) {
        out.append('…');
      }
      out.append("']");
    }
  }

  private static boolean isPlainName(String name) {
    if (name.isEmpty()) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '$';
      boolean digit = c >= '0' && c <= '9';
      if (!letter && !(digit && i > 0)) {
        return false;
      }
    }
    return true;
  }
}
