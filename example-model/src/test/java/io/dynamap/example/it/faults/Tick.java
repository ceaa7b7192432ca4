package io.dynamap.example.it.faults;

import io.dynamap.annotations.PartitionKey;
import io.dynamap.annotations.Table;

/** A small item (about 20 bytes), for writing many quickly: a key and a value. */
@Table(name = "Ticks")
public record Tick(@PartitionKey String id, long value) {}
