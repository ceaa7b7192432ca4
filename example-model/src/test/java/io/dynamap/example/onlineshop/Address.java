package io.dynamap.example.onlineshop;

import io.dynamap.annotations.Attribute;
import io.dynamap.annotations.Document;

/** A warehouse's or a shipment's address, a map as published. */
@Document
public record Address(
    @Attribute(name = "Country") String country,
    @Attribute(name = "County") String county,
    @Attribute(name = "City") String city,
    @Attribute(name = "Street") String street,
    @Attribute(name = "Number") String number,
    @Attribute(name = "ZipCode") String zipCode) {}
