package io.dynamap.example.onlineshop;

import io.dynamap.annotations.Attribute;
import io.dynamap.annotations.Document;

/** A product's name and description, a map as published. */
@Document
public record ProductDetail(
    @Attribute(name = "Name") String name, @Attribute(name = "Description") String description) {}
