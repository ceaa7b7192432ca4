package io.dynamap.example.it.single;

/** A stock keeping unit: a product code and a size, written {@code code/size}. */
record Sku(String code, int size) {}
