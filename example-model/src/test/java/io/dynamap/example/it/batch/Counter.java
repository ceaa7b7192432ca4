package io.dynamap.example.it.batch;

import io.dynamap.annotations.PartitionKey;
import io.dynamap.annotations.Table;

/**
 * A numeric partition key, to show that batch keys compare numbers by value ({@code 7} = {@code
 * 7.0}).
 */
@Table(name = "Counters")
public record Counter(@PartitionKey long id, String label) {}
