package io.dynamap.example.it.flatten;

import io.dynamap.annotations.Document;
import io.dynamap.annotations.Flatten;

// tag::flatten-nested-document[]
/** A document that flattens another: its map holds name, gps_lat and gps_lon. */
@Document
public record Landmark(String name, @Flatten(prefix = "gps_") Coordinates gps) {}
// end::flatten-nested-document[]
