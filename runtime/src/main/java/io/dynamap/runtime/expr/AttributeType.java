package io.dynamap.runtime.expr;

/**
 * DynamoDB's attribute type tags, for {@link Attribute#attributeType} ({@code attribute_type(path,
 * :type)}).
 */
public enum AttributeType {
  /** String. */
  S,
  /** Number. */
  N,
  /** Binary. */
  B,
  /** Boolean. */
  BOOL,
  /** Null. */
  NULL,
  /** String set. */
  SS,
  /** Number set. */
  NS,
  /** Binary set. */
  BS,
  /** List. */
  L,
  /** Map. */
  M
}
