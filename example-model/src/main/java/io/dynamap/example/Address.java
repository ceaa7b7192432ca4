package io.dynamap.example;

import io.dynamap.annotations.Document;

/**
 * A postal address, stored as a map inside the customer's item.
 *
 * @param street street and number
 * @param city the city
 * @param postalCode the postal code, kept as text ("01000" keeps its zero)
 * @param country ISO 3166 country code
 */
@Document
public record Address(String street, String city, String postalCode, String country) {}
