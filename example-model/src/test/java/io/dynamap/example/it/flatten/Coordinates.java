package io.dynamap.example.it.flatten;

import io.dynamap.annotations.Document;

/**
 * A point, flattened into {@link Landmark}.
 *
 * @param lat the latitude
 * @param lon the longitude
 */
@Document
public record Coordinates(double lat, double lon) {}
