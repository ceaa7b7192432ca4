package io.dynamap.runtime.key;

/** The conditions DynamoDB allows on a sort key in a key condition expression. */
public enum SortOperator {
  /** Equal to one value. */
  EQ("="),
  /** Less than one value. */
  LT("<"),
  /** Less than or equal to one value. */
  LE("<="),
  /** Greater than one value. */
  GT(">"),
  /** Greater than or equal to one value. */
  GE(">="),
  /** Between two values, both included. */
  BETWEEN("BETWEEN"),
  /** Starts with a prefix; only for string and binary sort keys. */
  BEGINS_WITH("begins_with");

  private final String symbol;

  SortOperator(String symbol) {
    this.symbol = symbol;
  }

  /**
   * The operator as it appears in an expression.
   *
   * @return such as {@code =} or {@code BETWEEN}
   */
  public String symbol() {
    return symbol;
  }
}
