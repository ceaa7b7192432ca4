package io.dynamap.example.it.flatten;

import io.dynamap.annotations.Document;

// tag::flatten-document[]
/** Where a delivery goes: a document, flattened into the delivery's item. */
@Document
public record Place(String street, String city, int floor) {}
// end::flatten-document[]
