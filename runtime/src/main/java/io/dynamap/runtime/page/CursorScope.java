package io.dynamap.runtime.page;

import java.util.Objects;

/**
 * What a cursor belongs to: the kind of read, the table and the index. A cursor is accepted only by
 * a read of the same scope, since a key from elsewhere would either be refused by DynamoDB with an
 * obscure message or, worse, be accepted and resume at a meaningless place.
 *
 * @param kind {@link #QUERY} or {@link #SCAN}
 * @param table the table name
 * @param index the index name, or {@code null} for the table itself
 */
record CursorScope(byte kind, String table, String index) {
  static final byte QUERY = 'Q';
  static final byte SCAN = 'S';

  CursorScope {
    if (kind != QUERY && kind != SCAN) {
      throw new IllegalArgumentException("unknown kind " + kind);
    }
    Objects.requireNonNull(table, "table");
    if (index != null && index.isEmpty()) {
      index = null;
    }
  }

  /** "a query on index ByStatus of table Orders", "a scan of table Orders". */
  String describe() {
    String target = index == null ? "table " + table : "index " + index + " of table " + table;
    return kind == QUERY ? "a query on " + target : "a scan of " + target;
  }
}
