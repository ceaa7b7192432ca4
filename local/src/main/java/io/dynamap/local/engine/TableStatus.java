package io.dynamap.local.engine;

/** A table's or index's status, as DescribeTable reports it. */
public enum TableStatus {
  CREATING, UPDATING, DELETING, ACTIVE
}
