package io.dynamap.example.it.generated;

import io.dynamap.annotations.Item;

/** A member without generated values, written as is. */
@Item(table = BoardTable.class, type = "PIN", partition = "BOARD#{board}", sort = "PIN#{slug}")
public record Pin(String board, String slug) implements BoardItem {}
