package io.dynamap.example.it.single;

import io.dynamap.annotations.SingleTable;

/**
 * A table written by other code, as published single-table designs write them: upper-case key
 * names, an {@code EntityType} attribute, text in keys as it is.
 */
@SingleTable(
    name = "Adopted",
    partitionKey = "PK",
    sortKey = "SK",
    typeAttribute = "EntityType",
    escapeKeys = false,
    indexes = @SingleTable.GlobalIndex(name = "GSI1", partitionKey = "GSI1PK", sortKey = "GSI1SK"))
interface AdoptedTable {}
