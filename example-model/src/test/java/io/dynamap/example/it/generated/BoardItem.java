package io.dynamap.example.it.generated;

import io.dynamap.annotations.ItemCollection;

/** Everything on one board. */
@ItemCollection(BoardTable.class)
public sealed interface BoardItem permits Post, Pin {}
