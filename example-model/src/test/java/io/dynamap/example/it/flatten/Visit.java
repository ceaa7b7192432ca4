package io.dynamap.example.it.flatten;

import io.dynamap.annotations.Flatten;
import io.dynamap.annotations.PartitionKey;
import io.dynamap.annotations.Table;

// tag::flatten-nested-entity[]
/** Stored as id, at_name, at_gps_lat, at_gps_lon, and previous: {name, gps_lat, gps_lon}. */
@Table(name = "Visits")
public record Visit(@PartitionKey String id, @Flatten(prefix = "at_") Landmark at, Landmark previous) {}
// end::flatten-nested-entity[]
