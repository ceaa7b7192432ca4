package io.dynamap.benchmarks.model;

/** An enum attribute of the mixed shape. */
public enum Status {
  ACTIVE,
  SUSPENDED,
  CLOSED
}
