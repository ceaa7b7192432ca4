package io.dynamap.example.it;

import io.dynamap.annotations.PartitionKey;
import io.dynamap.annotations.Table;

/** A simple key (no sort key) of a numeric type, and a bean with package-private fields. */
@Table(name = "SimpleKeyed")
public class SimpleKeyed {
  @PartitionKey long id;
  String label;
  int hits = 7;
}
