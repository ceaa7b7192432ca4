package io.dynamap.example.it.flatten;

import io.dynamap.annotations.Flatten;
import io.dynamap.annotations.PartitionKey;
import io.dynamap.annotations.Table;

/**
 * Stored as id, at_name, at_gps_lat, at_gps_lon (two documents flattened one in the other), and
 * previous, a map of name, gps_lat and gps_lon.
 *
 * @param id the partition key
 * @param at where the visit is, flattened into the item
 * @param previous where the visitor came from, a nested map
 */
@Table(name = "Visits")
public record Visit(@PartitionKey String id, @Flatten(prefix = "at_") Landmark at, Landmark previous) {}
