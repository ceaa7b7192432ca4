package io.dynamap.example.it.single;

import io.dynamap.annotations.SingleTable;

/**
 * A table whose index {@code gsi2} two types overload with the same sort key format: invoices and
 * order items, each by customer and date ({@code CUSTOMER#<id>} / {@code <date>}), as in AWS's
 * online shop model.
 */
@SingleTable(name = "Books", indexes = @SingleTable.GlobalIndex(name = "gsi2"))
interface BooksTable {}
