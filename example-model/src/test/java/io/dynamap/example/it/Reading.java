package io.dynamap.example.it;

import io.dynamap.annotations.PartitionKey;
import io.dynamap.annotations.SortKey;
import io.dynamap.annotations.Table;

/** Reserved words as key names and a numeric sort key: {@code name} and {@code year}. */
@Table(name = "Readings")
public record Reading(@PartitionKey String name, @SortKey int year, double value, String text) {}
