package io.dynamap.example.it.generated;

import io.dynamap.annotations.SingleTable;

/** A single table whose collection has a member with generated values and one without. */
@SingleTable(name = "Board")
public interface BoardTable {}
